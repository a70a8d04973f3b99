import { test, expect } from './fixtures/lab';

test('a signed-in session survives a reload', async ({ page, signedInRoot, console }) => {
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.reload();
  await expect(console.accountButton(signedInRoot.learner.accountName)).toBeVisible();
});

test('Sign out ends the session; console pages then ask to sign in', async ({ page, signedInRoot, console, signIn }) => {
  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await expect(signIn.heading()).toBeVisible();
  await page.goto('./console');
  await expect(signIn.heading()).toBeVisible();
});

test('a console page opened signed out returns there after sign-in', async ({ page, signedInRoot, console, signIn }) => {
  const { learner } = signedInRoot;
  await console.choose(learner.accountName, 'Sign out');
  await page.goto('./console/account');
  await expect(signIn.heading()).toBeVisible();
  await page.getByLabel('Root user email address').fill(learner.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(learner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/lab\/console\/account$/);
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
});

test('the account menu offers Account, Security credentials and Sign out', async ({ page, signedInRoot, console }) => {
  await console.openMenu(signedInRoot.learner.accountName);
  const items = page.getByRole('menuitem');
  await expect(items).toHaveText(['Account', 'Security credentials', 'Sign out']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await console.choose(signedInRoot.learner.accountName, 'Security credentials');
  await expect(page).toHaveURL(/\/lab\/console\/security-credentials$/);
});
