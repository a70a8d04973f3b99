import { test, expect, newLearner } from './fixtures/lab';
import { MfaSection } from './fixtures/mfa';

// Focus moves as signin.aws.amazon.com and the console move it: to the new
// step's first field, to the first refused field, and back to what opened a
// dialog (or, when that is gone, to the next control).

test('Next moves to Password; a wrong password and Use a different email move back', async ({ page, signUp, signIn, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  await signUp.createAccount(l);
  await signIn.open();
  await page.getByLabel('Root user email address').fill('not an email');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('Root user email address')).toBeFocused();
  await page.getByLabel('Root user email address').fill(l.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Root user sign in' })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  // What is typed now goes into the password box.
  await page.keyboard.type('wrong-password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Your authentication information is incorrect');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Use a different email' }).click();
  await expect(page.getByLabel('Root user email address')).toBeFocused();
});

test('a refused sign-up focuses its first refused field; a done one its next step', async ({ page, signUp, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  await page.goto('./signup');
  await page.getByLabel('Root user email address').fill(l.email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('AWS account name')).toBeFocused();
  await expect(page.getByLabel('AWS account name')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('AWS account name').fill(l.accountName);
  await page.getByLabel('Root user password', { exact: true }).fill(l.password);
  await page.getByLabel('Confirm root user password').fill(l.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('link', { name: 'Sign in to the console' })).toBeFocused();
  void signUp;
});

test('focus goes back to the opener after each dialog, and on when the opener is gone', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  // Create: Close returns to Create New Access Key.
  await credentials.createButton().click();
  const d = page.getByRole('dialog');
  await d.getByRole('button', { name: 'Show Access Key' }).click();
  const first = (await d.locator('.key-reveal dd').nth(0).textContent())!;
  secrets.push((await d.locator('.key-reveal dd').nth(1).textContent())!);
  await d.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(d).toBeHidden();
  await expect(credentials.createButton()).toBeFocused();
  const second = await credentials.createKey();
  secrets.push(second.secret);

  // Delete, cancelled: back on that row's Delete.
  const deleteFirst = credentials.row(first).getByRole('button', { name: `Delete ${first}` });
  await deleteFirst.click();
  await d.getByRole('button', { name: 'Cancel' }).click();
  await expect(d).toBeHidden();
  await expect(deleteFirst).toBeFocused();

  // Deleted: the row is gone, so focus goes to the next key's first button.
  await deleteFirst.click();
  await d.getByRole('button', { name: 'Deactivate' }).click();
  await d.getByLabel('Type the access key ID to confirm').fill(first);
  await d.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(d).toBeHidden();
  await expect(credentials.row(first)).toHaveCount(0);
  await expect(credentials.row(second.id).getByRole('button').first()).toBeFocused();
});

test('the MFA wizard names the refused character, and step 2 takes focus inside the dialog', async ({ page, signedInRoot: _, credentials }) => {
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('my phone', 'Authenticator app');
  const name = mfa.dialog().getByLabel('Device name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/This character is not allowed: a space/);
  await expect(name).toBeFocused();
  await name.fill('my-phone');
  await mfa.dialog().getByRole('button', { name: 'Next' }).click();
  await expect(mfa.dialog().getByRole('button', { name: 'Show QR code' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mfa.dialog()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Assign MFA device' })).toBeFocused();
});
