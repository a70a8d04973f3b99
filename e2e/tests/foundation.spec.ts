import { test, expect } from './fixtures/lab';

test('the app loads under the sub-path and shows the sign-in page', async ({ page, signIn }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(signIn.heading()).toBeVisible();
  await expect(page).toHaveURL(/\/lab\/signin$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: '../docs/screenshots/en-sign-in.png' });
});

for (const path of ['signin', 'signup', 'signin/iam', 'console', 'console/security-credentials', 'console/account', 'console/iam', 'console/root-tasks']) {
  test(`a direct load of /lab/${path} renders the app on a host without rewrites`, async ({ page }) => {
    await page.goto(`./${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Training simulator')).toBeVisible();
  });
}

test('a deep link reloads in place once signed in', async ({ page, signedInRoot: _, credentials }) => {
  await credentials.open();
  await credentials.continuePastWarning();
  await page.reload();
  await expect(page).toHaveURL(/\/lab\/console\/security-credentials$/);
  await expect(page.getByRole('heading', { name: 'Security credentials', level: 1 })).toBeVisible();
});

test('an unknown path inside the app says so and leads back', async ({ page, signIn }) => {
  await page.goto('./no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the sign-in page' }).click();
  await expect(signIn.heading()).toBeVisible();
});
