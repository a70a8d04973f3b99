import { test, expect } from './fixtures/lab';
import { TrainingPanel } from './fixtures/training-panel';

// Opening the guided tasks lays a side panel over the page (a drawer from the
// bottom on a phone): the page below does not move.
for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`opening the panel does not push the page (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./signin?scenario=fresh');
    const heading = page.getByRole('heading', { name: 'Sign in', level: 1 });
    await expect(heading).toBeVisible();
    // The scenario loads on its own module: its banner is in place before measuring.
    await expect(page.getByRole('status').filter({ hasText: 'Scenario loaded' })).toBeVisible();
    const before = await heading.boundingBox();
    const panel = new TrainingPanel(page);
    await panel.expand();
    await expect(panel.drawer()).toBeVisible();
    expect(await heading.boundingBox()).toEqual(before);
    const drawer = (await panel.drawer().boundingBox())!;
    if (viewport.width < 600) {
      // A drawer: the full width, from the bottom edge.
      expect(Math.round(drawer.width)).toBe(viewport.width);
      expect(Math.round(drawer.y + drawer.height)).toBe(viewport.height);
    } else {
      // A side panel at the right edge.
      expect(Math.round(drawer.x + drawer.width)).toBe(viewport.width);
      expect(drawer.width).toBeLessThan(viewport.width / 2);
    }
    await page.keyboard.press('Escape');
    await expect(panel.drawer()).toBeHidden();
    await expect(panel.toggle()).toBeFocused();
  });
}
