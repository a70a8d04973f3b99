import { test, expect } from './fixtures/lab';
import { IamPage } from './fixtures/iam-page';
import { MfaSection } from './fixtures/mfa';
import { base32Decode, midStep, totp } from './fixtures/totp';
import { expectNoViolations } from './fixtures/axe';

const BOB_PW = 'Bob-Pass-123!';
// A virtual MFA device's serial is arn:aws:iam::ACCOUNT:mfa/NAME: its name is
// unique in the account, whoever holds it. IAM's answer to a second one is
// EntityAlreadyExists, "MFADevice entity at the same path and name already exists."
const EXISTS = 'MFADevice entity at the same path and name already exists.';

test("a virtual MFA device name the root user holds is refused to an IAM user of the same account with IAM's text", async ({ page, signedInRoot, credentials, console, signIn, secrets }) => {
  secrets.push(BOB_PW);
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  const acct = signedInRoot.accountId;
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('phone', 'Authenticator app');
  await mfa.dialog().getByRole('button', { name: 'Show secret key' }).click();
  const key = (await mfa.dialog().locator('.secret-key').textContent())!.replace(/\s/g, '');
  secrets.push(key);
  const seed = base32Decode(key);
  await mfa.enterCodes(totp(seed, t0), totp(seed, t0 + 30_000), signedInRoot.learner.password);
  await expect(mfa.row('phone')).toContainText('Authenticator app');

  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'bob', password: BOB_PW });
  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await signIn.open();
  await signIn.chooseIamUser(acct);
  await signIn.signInAsIamUser(acct, 'bob', BOB_PW);
  const bob = `bob @ ${acct}`;
  await expect(console.accountButton(bob)).toBeVisible();
  await console.choose(bob, 'Security credentials');
  await mfa.expand();
  await mfa.start('phone', 'Authenticator app');
  const d = mfa.dialog();
  await expect(d).toContainText('EntityAlreadyExists');
  await expect(d).toContainText(EXISTS);
  await expect(d.getByRole('button', { name: 'Show secret key' })).toHaveCount(0);
  await expectNoViolations(page, 'MFA wizard refusing a name taken in the account');
  // Case does not make it another name; another name goes on.
  await d.getByLabel('Device name').fill('PHONE');
  await d.getByRole('button', { name: 'Next' }).click();
  await expect(d).toContainText(EXISTS);
  await d.getByLabel('Device name').fill('bob-phone');
  await d.getByRole('button', { name: 'Next' }).click();
  await expect(d.getByRole('button', { name: 'Show secret key' })).toBeVisible();
});
