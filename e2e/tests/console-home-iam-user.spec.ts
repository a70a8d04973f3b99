import { test, expect } from './fixtures/lab';

// Console Home speaks to who is signed in: an IAM user is not told to manage
// the root user's access keys.
test('an IAM user\'s Console Home speaks of its own credentials, not the root user\'s', async ({ page, secrets }) => {
  secrets.push('Admin-Password-1');
  await page.goto('./signin?scenario=iam-user-remembered');
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();
  await page.getByLabel('IAM user name').fill('admin');
  await page.getByLabel('Password', { exact: true }).fill('Admin-Password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const home = page.getByRole('main');
  await expect(home.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await expect(home).toContainText('You are signed in as an IAM user. Open Security credentials from the account menu to manage your own password, access keys and MFA.');
  await expect(home).not.toContainText("root user's access keys");
});
