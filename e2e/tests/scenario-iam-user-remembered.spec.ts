import { test, expect } from './fixtures/lab';

// The scenario loads after the first page has drawn: the sign-in page must give
// way to the three-box page it remembers, in a browser that never saw the lab.
test('iam-user-remembered opens the three-box IAM user page on first load', async ({ page }) => {
  await page.goto('./signin?scenario=iam-user-remembered');
  await expect(page.locator('.scenario-notice')).toContainText('Scenario loaded: iam-user-remembered.');
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();
  await expect(page.getByLabel('Account ID (12 digits) or account alias')).toHaveValue('my-training-lab');
  await expect(page.getByLabel('IAM user name')).toBeVisible();
});
