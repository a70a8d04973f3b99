import { test, expect } from './fixtures/lab';
import { ClosedAccount } from './fixtures/closed-account';

test('change password: a wrong current password changes nothing, a right one does', async ({ page, signedInRoot, console, signIn, secrets }) => {
  const { learner } = signedInRoot;
  const newPassword = 'Changed-Pass-42';
  secrets.push(newPassword);
  await console.choose(learner.accountName, 'Account');
  await page.getByLabel('Current password').fill('Wrong-Pass-1');
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription('The current password is incorrect.');

  await page.getByLabel('Current password').fill(learner.password);
  await page.getByLabel('New password', { exact: true }).fill('weak');
  await page.getByLabel('Confirm new password').fill('weak');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(/The password must be 8 to 128 characters\./);

  await page.getByLabel('Current password').fill(learner.password);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed.').first()).toBeVisible();

  await console.choose(learner.accountName, 'Sign out');
  await signIn.signInAsRoot(learner.email, learner.password);
  await expect(signIn.alert()).toContainText('incorrect');
  await signIn.signInAsRoot(learner.email, newPassword);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('update email: needs the password and a free address, then signs in with it', async ({ page, signedInRoot, console, signIn }) => {
  const { learner } = signedInRoot;
  const newEmail = `moved-${learner.email}`;
  await console.choose(learner.accountName, 'Account');
  await page.getByLabel('New email address').fill(newEmail);
  await page.getByLabel('Root user password to confirm').fill('Wrong-Pass-1');
  await page.getByRole('button', { name: 'Update email' }).click();
  await expect(page.getByRole('alert')).toHaveText('The password is incorrect.');
  await page.getByLabel('Root user password to confirm').fill(learner.password);
  await page.getByRole('button', { name: 'Update email' }).click();
  await expect(page.getByText('The root user email address has been updated.').first()).toBeVisible();
  await console.choose(learner.accountName, 'Sign out');
  await signIn.signInAsRoot(newEmail, learner.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('close account: typing the ID signs out and closes the account, kept for the post-closure period with its email', async ({ page, signedInRoot, console, signIn, signUp }) => {
  const { learner, accountId } = signedInRoot;
  await console.choose(learner.accountName, 'Account');
  await page.getByLabel('Type the account ID to confirm').fill('000000000000');
  await page.getByRole('button', { name: 'Close account' }).click();
  await expect(page.getByLabel('Type the account ID to confirm')).toHaveAccessibleDescription(/does not match/);
  await page.getByLabel('Type the account ID to confirm').fill(accountId);
  await page.getByRole('button', { name: 'Close account' }).click();
  await expect(signIn.heading()).toBeVisible();
  // As on AWS, the account is kept 90 days: its root user may sign in to reopen
  // it, and its email cannot sign up for another account meanwhile.
  const closed = new ClosedAccount(page);
  await closed.signInAsRoot(learner.email, learner.password);
  await expect(closed.offer()).toBeVisible();
  await expect(page.locator('.account-button')).toHaveCount(0);
  await signUp.open();
  await signUp.fill(learner);
  await expect(page.getByLabel('Root user email address')).toHaveAccessibleDescription(/belongs to a closed AWS account/);
});
