import { test, expect } from './fixtures/lab';
import { MfaSection, answerMfa } from './fixtures/mfa';
import { base32Decode, midStep, totp } from './fixtures/totp';

test('enrol an authenticator app from the shown secret, then sign in only with a right code', async ({ page, signedInRoot, credentials, console, signIn, secrets }) => {
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await expect(page.getByText('No MFA devices are assigned.')).toBeVisible();
  await mfa.start('my-phone', 'Authenticator app');

  const d = mfa.dialog();
  await d.getByRole('button', { name: 'Show QR code' }).click();
  await expect(d.getByRole('img', { name: 'QR code for the authenticator app' }).locator('svg')).toBeVisible();
  await d.getByRole('button', { name: 'Show secret key' }).click();
  const shown = (await d.locator('.secret-key').textContent())!;
  const secretKey = shown.replace(/\s/g, '');
  expect(secretKey).toMatch(/^[A-Z2-7]{64}$/);
  const seed = base32Decode(secretKey);
  expect(seed).toHaveLength(40);
  secrets.push(secretKey, seed.toString('hex'), seed.toString('base64'));

  // Two codes that are not consecutive are refused, and nothing is assigned.
  await mfa.enterCodes(totp(seed, t0), totp(seed, t0 + 60_000), signedInRoot.learner.password);
  await expect(d.getByRole('alert')).toHaveText('MFA code 2 is not the code that follows MFA code 1. Type two consecutive codes.');
  await mfa.enterCodes(totp(seed, t0), totp(seed, t0 + 30_000), signedInRoot.learner.password);
  await expect(d).toBeHidden();
  await expect(mfa.row('my-phone')).toContainText('Authenticator app');
  await expect(mfa.row('my-phone')).toContainText(`arn:aws:iam::${signedInRoot.accountId.replace(/-/g, '')}:mfa/my-phone`);

  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
  const later = t0 + 90_000;
  await page.clock.setFixedTime(later);
  const right = totp(seed, later);
  const wrong = right === '123456' ? '654321' : '123456';
  await answerMfa(page, wrong);
  await expect(page.getByRole('alert')).toHaveText('The MFA code is incorrect. Check the device and try again.');
  await expect(page.locator('.account-button')).toHaveCount(0);
  await answerMfa(page, right);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('a removed device no longer asks for a code', async ({ page, signedInRoot, credentials, console, signIn, secrets }) => {
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('old-phone', 'Authenticator app');
  await mfa.dialog().getByRole('button', { name: 'Show secret key' }).click();
  const secretKey = (await mfa.dialog().locator('.secret-key').textContent())!.replace(/\s/g, '');
  secrets.push(secretKey);
  const seed = base32Decode(secretKey);
  await mfa.enterCodes(totp(seed, t0), totp(seed, t0 + 30_000), signedInRoot.learner.password);
  await expect(mfa.row('old-phone')).toBeVisible();

  await mfa.row('old-phone').getByRole('button', { name: /^Remove/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove MFA device?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(mfa.row('old-phone')).toBeVisible();
  await mfa.row('old-phone').getByRole('button', { name: /^Remove/ }).click();
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(mfa.row('old-phone')).toHaveCount(0);
  await expect(page.getByText('No MFA devices are assigned.')).toBeVisible();

  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('after a password change the same authenticator app still signs in', async ({ page, signedInRoot, credentials, console, signIn, secrets }) => {
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('phone', 'Authenticator app');
  await mfa.dialog().getByRole('button', { name: 'Show secret key' }).click();
  const secretKey = (await mfa.dialog().locator('.secret-key').textContent())!.replace(/\s/g, '');
  secrets.push(secretKey);
  const seed = base32Decode(secretKey);
  await mfa.enterCodes(totp(seed, t0), totp(seed, t0 + 30_000), signedInRoot.learner.password);
  await expect(mfa.row('phone')).toBeVisible();

  // The seed was sealed under the old password; the change seals it again.
  const changed = `${signedInRoot.learner.password}-new`;
  secrets.push(changed);
  await console.choose(signedInRoot.learner.accountName, 'Account');
  await page.getByLabel('Current password').fill(signedInRoot.learner.password);
  await page.getByLabel('New password', { exact: true }).fill(changed);
  await page.getByLabel('Confirm new password').fill(changed);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed.').first()).toBeVisible();
  await console.choose(signedInRoot.learner.accountName, 'Sign out');

  await signIn.signInAsRoot(signedInRoot.learner.email, changed);
  const later = t0 + 90_000;
  await page.clock.setFixedTime(later);
  await answerMfa(page, totp(seed, later));
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});
