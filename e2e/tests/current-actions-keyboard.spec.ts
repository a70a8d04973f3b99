import { test, expect } from './fixtures/lab';
import { CurrentKeys, EN } from './fixtures/current-console';

// The Actions menu follows the WAI-ARIA menu button pattern: Enter opens it on its
// first item, the arrow keys move, Escape closes it and focus returns to the button.
test('the Actions menu works from the keyboard', async ({ page }) => {
  await page.goto('./console?scenario=ready-to-delete&console=current');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.goto('./console/security-credentials');
  await page.getByRole('dialog').getByRole('button', { name: EN.continueToCredentials }).click();
  const keys = new CurrentKeys(page, EN);
  const id = 'AKIARZPUZDIKGEXAMPLE';
  const button = keys.actions(id);
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: `Actions ${id}` });
  await expect(menu.getByRole('menuitem', { name: EN.activate, exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: EN.deactivate, exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: EN.delete, exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // Enter on an item acts: the inactive key becomes active.
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: EN.activate, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(keys.status(id, EN.active)).toBeVisible();
  await expect(button).toBeFocused();
});
