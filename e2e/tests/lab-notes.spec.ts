import { test, expect } from './fixtures/lab';
import { IamPage } from './fixtures/iam-page';
import { MfaSection } from './fixtures/mfa';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { expectLabNote, labNote } from './fixtures/lab-note';

const BOB_PW = 'Bob-Pass-123!';

test("an admin setting or removing a user's console password is told first, in a Lab note, that the lab removes the user's TOTP devices", async ({ page, signedInRoot: _, secrets }) => {
  secrets.push(BOB_PW);
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'bob' });
  await iam.openUser('bob');
  // Users assign their own devices here: a lab rule, said as one.
  await expectLabNote(page.getByRole('main'), 'In this lab only the user does');
  await page.getByRole('button', { name: 'Set console password' }).click();
  const d = page.getByRole('dialog');
  // Before Apply: the note, and not as console text.
  await expectLabNote(d, "AWS keeps a user's MFA devices when an administrator sets or removes the console password. This lab does not");
  await expect(d.locator('.alert-warning')).toHaveCount(0);
  await expectNoViolations(page, 'set console password dialog with its Lab note');
  await d.getByLabel('Console password').fill(BOB_PW);
  await d.getByRole('button', { name: 'Apply' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Disable console access' }).click();
  await expectLabNote(d, 'setting or removing it removes those devices');
  await d.getByRole('button', { name: 'Cancel' }).click();
  await expect(d).toBeHidden();
});

test("the MFA wizard's password after a reload, the lab's hardware token, the simulated sign-in URL and closing are Lab notes", async ({ page, signedInRoot: _, credentials }) => {
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('phone', 'Authenticator app');
  const d = mfa.dialog();
  await expect(d.getByLabel("Your password (it protects the device's secret)")).toBeVisible();
  await expectLabNote(d, 'AWS does not ask for your password here');
  await expectNoViolations(page, 'MFA wizard asking the password, with its Lab note');
  await d.getByRole('button', { name: 'Cancel' }).click();
  await mfa.start('fob', 'Hardware TOTP token');
  await expectLabNote(d, 'The lab hands you this simulated token');
  await d.getByRole('button', { name: 'Cancel' }).click();

  const iam = new IamPage(page);
  await iam.open();
  await expectLabNote(page, 'the sign-in URL above does not open anything');
  await page.goto('./console/account');
  await expect(page.getByRole('button', { name: 'Close account' })).toBeVisible();
  await expectLabNote(page, 'This lab then removes the account from this browser');
  await expectNoViolations(page, 'account page with its Lab note');
});

test('in Japanese the notes are titled ラボの注記 and pass axe', async ({ page, signedInRoot: _ }) => {
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'bob' });
  await iam.openUser('bob');
  await chooseLanguage(page, 'ja');
  await page.getByRole('button', { name: 'コンソールパスワードを設定' }).click();
  const d = page.getByRole('dialog');
  await expectLabNote(d, 'AWS では、管理者がコンソールパスワードを設定または削除しても', 'ja');
  await expect(labNote(d)).toHaveCount(0);
  await expectNoViolations(page, 'set console password dialog in Japanese');
  await d.getByRole('button', { name: 'キャンセル' }).click();
  await page.goto('./console/iam');
  await expectLabNote(page, 'これはシミュレーターです', 'ja');
  await expectNoViolations(page, 'IAM page in Japanese');
});
