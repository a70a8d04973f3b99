import { test, expect } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';

for (const locale of ['en', 'ja'] as const) {
  test(`guided tasks panel, scenarios and their notices have no axe violations (${locale})`, async ({ page }) => {
    await page.goto('./signin?scenario=two-keys');
    await chooseLanguage(page, locale);
    await expect(page.locator('.scenario-notice')).toBeVisible();
    await page.locator('#training-toggle').click();
    await expect(page.locator('#training-tasks')).toBeVisible();
    await expectNoViolations(page, 'panel expanded with a loaded scenario');
    await page.goto('./lab-data?scenario=nope');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'lab data with a refused scenario');
  });
}
