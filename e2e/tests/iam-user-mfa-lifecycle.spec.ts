import { test, expect } from './fixtures/lab';
import { IamPage } from './fixtures/iam-page';
import { MfaSection, answerMfa } from './fixtures/mfa';
import { base32Decode, midStep, totp } from './fixtures/totp';

const BOB_PW = 'Bob-Pass-123!';
const RESET_PW = 'Bob-Reset-456!';

test("an IAM user's own MFA and password: assigned by the user, asked at sign-in, gone with an admin's reset", async ({ page, signedInRoot, signIn, console, secrets }) => {
  secrets.push(BOB_PW, RESET_PW);
  const acct = signedInRoot.accountId;
  const bob = `bob @ ${acct}`;
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'bob', password: BOB_PW });
  await console.choose(signedInRoot.learner.accountName, 'Sign out');

  // bob signs in and, in the same tab (which keeps the key that seals seeds),
  // assigns his own authenticator app: no password asked.
  await signIn.open();
  await signIn.chooseIamUser(acct);
  await signIn.signInAsIamUser(acct, 'bob', BOB_PW);
  await expect(console.accountButton(bob)).toBeVisible();
  await console.choose(bob, 'Security credentials');
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('bob-phone', 'Authenticator app');
  await mfa.dialog().getByRole('button', { name: 'Show secret key' }).click();
  const secretKey = (await mfa.dialog().locator('.secret-key').textContent())!.replace(/\s/g, '');
  secrets.push(secretKey);
  const seed = base32Decode(secretKey);
  await mfa.enterCodes(totp(seed, t0), totp(seed, t0 + 30_000), null);
  await expect(mfa.dialog()).toBeHidden();
  await expect(mfa.row('bob-phone')).toContainText('Authenticator app');

  // His next sign-in asks for a code from it; a wrong one is refused.
  await console.choose(bob, 'Sign out');
  await page.goto('./signin');
  await signIn.signInAsIamUser(acct, 'bob', BOB_PW);
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
  const t1 = t0 + 90_000;
  await page.clock.setFixedTime(t1);
  const right = totp(seed, t1);
  await answerMfa(page, right === '123456' ? '654321' : '123456');
  await expect(page.getByRole('alert')).toHaveText('The MFA code is incorrect. Check the device and try again.');
  await expect(page.locator('.account-button')).toHaveCount(0);
  await answerMfa(page, right);
  await expect(console.accountButton(bob)).toBeVisible();
  await console.choose(bob, 'Sign out');

  // The root user sees bob's device on his page, and resets his console password:
  // the device goes with the password that sealed it.
  await page.goto('./signin');
  await page.getByRole('link', { name: 'Sign in using root user email' }).click();
  await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
  await iam.openUser('bob');
  const bobsDevice = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'bob-phone', exact: true }) });
  await expect(bobsDevice).toBeVisible();
  await page.getByRole('button', { name: 'Set console password' }).click();
  const d = page.getByRole('dialog');
  await d.getByLabel('Console password').fill(RESET_PW);
  await d.getByRole('button', { name: 'Apply' }).click();
  await expect(d).toBeHidden();
  await expect(bobsDevice).toHaveCount(0);
  await console.choose(signedInRoot.learner.accountName, 'Sign out');

  // The old password no longer works; the new one signs in with no MFA step.
  await signIn.open();
  await signIn.chooseIamUser(acct);
  await signIn.signInAsIamUser(acct, 'bob', BOB_PW);
  await expect(signIn.alert()).toHaveText('Your authentication information is incorrect. Please try again.');
  await signIn.signInAsIamUser(acct, 'bob', RESET_PW);
  await expect(console.accountButton(bob)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toHaveCount(0);

  // With no device left, bob assigns one again, sealed under his new password.
  await console.choose(bob, 'Security credentials');
  await mfa.expand();
  await expect(page.getByText('No MFA devices are assigned.')).toBeVisible();
  await mfa.start('bob-phone', 'Authenticator app');
  await mfa.dialog().getByRole('button', { name: 'Show secret key' }).click();
  const again = (await mfa.dialog().locator('.secret-key').textContent())!.replace(/\s/g, '');
  secrets.push(again);
  const seed2 = base32Decode(again);
  const t2 = t1 + 60_000;
  await page.clock.setFixedTime(t2);
  await mfa.enterCodes(totp(seed2, t2), totp(seed2, t2 + 30_000), null);
  await expect(mfa.row('bob-phone')).toContainText('Authenticator app');
  await console.choose(bob, 'Sign out');
  await page.goto('./signin');
  await signIn.signInAsIamUser(acct, 'bob', RESET_PW);
  const t3 = t2 + 90_000;
  await page.clock.setFixedTime(t3);
  await answerMfa(page, totp(seed2, t3));
  await expect(console.accountButton(bob)).toBeVisible();
});
