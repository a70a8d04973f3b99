import { test, expect, newLearner } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';
import { ConsolePage } from './fixtures/console-page';
import { MfaSection } from './fixtures/mfa';
import { SignInPage } from './fixtures/sign-in-page';

// A shared training machine: nothing of one learner reaches the next (issue #13).

const EXPIRED = 'Your session has expired. Sign in again.';
// What aws-cli 2.36.7 prints with no credentials (src/domain/cli/golden/errors/no-credentials.stderr).
const NO_CREDENTIALS =
  '\naws: [ERROR]: An error occurred (NoCredentials): Unable to locate credentials. You can configure credentials by running "aws login".';

test('after sign-out, the next learner\'s CloudShell shows nothing of the first and answers as the second', async ({ page, signUp, signIn, console, secrets }) => {
  const first = newLearner();
  const second = newLearner();
  secrets.push(first.password, second.password);
  const secondId = (await signUp.createAccount(second)).replaceAll('-', '');
  await signUp.createAccount(first);
  await signIn.signInAsRoot(first.email, first.password);

  // The first learner, root, leaves a key configured, a variable and a secret on screen.
  await page.getByRole('link', { name: 'CloudShell' }).click();
  const shell = new CloudShellPage(page);
  const created = await shell.json('aws iam create-access-key');
  const { AccessKeyId: id, SecretAccessKey: secret } = created.AccessKey;
  secrets.push(secret);
  await shell.run(`aws configure set aws_access_key_id ${id}`);
  await shell.run(`aws configure set aws_secret_access_key ${secret}`);
  await shell.run('export LAB_NOTE=first-learner');
  await expect(shell.log()).toContainText(secret);
  await console.choose(first.accountName, 'Sign out');

  // The next learner signs in in the same tab, without a reload.
  await expect(signIn.heading()).toBeVisible();
  await page.getByLabel('Root user email address').fill(second.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(second.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.getByRole('link', { name: 'CloudShell' }).click();

  await expect(page.getByRole('textbox', { name: 'Command' })).toBeVisible();
  await expect(shell.log().locator('pre')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Command' }).press('ArrowUp');
  await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue('');
  expect(await shell.run('echo $LAB_NOTE')).toBe('');
  expect(await shell.run('aws configure get aws_access_key_id')).toBe('');
  expect(await shell.json('aws sts get-caller-identity')).toEqual({
    UserId: secondId,
    Account: secondId,
    Arn: `arn:aws:iam::${secondId}:root`,
  });
  await expect(shell.log()).not.toContainText(secret);
});

test('signing out in another tab ends this tab\'s CloudShell: signed out, it has no identity', async ({ page, context, signedInRoot, console }) => {
  const other = await context.newPage();
  await other.goto('./cloudshell');
  const shell = new CloudShellPage(other);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await shell.run('export LAB_NOTE=first-learner');
  expect(await shell.json('aws sts get-caller-identity')).toMatchObject({ Arn: `arn:aws:iam::${acct}:root` });

  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await expect(shell.log().locator('pre')).toHaveCount(0);
  expect(await shell.run('echo $LAB_NOTE')).toBe('');
  expect(await shell.run('aws sts get-caller-identity')).toBe(NO_CREDENTIALS);
  void page;
});

test('a root session expires an hour after sign-in, in every tab, and the console asks to sign in again', async ({ page, context, signUp, signIn, secrets }) => {
  await page.clock.install();
  const learner = newLearner();
  secrets.push(learner.password);
  await signUp.createAccount(learner);
  await signIn.signInAsRoot(learner.email, learner.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('./console/account');
  await expect(other.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();

  // Just under the hour, moving about the console keeps the session.
  await page.clock.fastForward('59:30');
  await page.getByRole('link', { name: 'CloudShell' }).click();
  await expect(page.getByRole('textbox', { name: 'Command' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'CloudShell' })).toBeVisible();
  await expect(signIn.heading()).toHaveCount(0);

  // Past the hour, every tab returns to sign-in and says why.
  await page.clock.fastForward('00:31');
  for (const tab of [page, other]) {
    await expect(tab.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
    await expect(tab.getByRole('alert')).toHaveText(EXPIRED);
  }
  await page.goto('./console');
  await expect(signIn.heading()).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rootkey-lab')!));
  expect(stored.data.session ?? null).toBeNull();

  // Signing in again starts a new hour, and the notice goes.
  await page.getByLabel('Root user email address').fill(learner.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(learner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await expect(page.getByText(EXPIRED)).toHaveCount(0);
});

test('a session left open in a closed tab has expired for whoever opens the lab next', async ({ page, signUp, signIn, secrets }) => {
  await page.clock.install();
  const learner = newLearner();
  secrets.push(learner.password);
  await signUp.createAccount(learner);
  await signIn.signInAsRoot(learner.email, learner.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.goto('about:blank');
  await page.clock.fastForward('01:00:01');
  await page.goto('./console/cloudshell');
  await expect(signIn.heading()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(EXPIRED);
});

test('Japanese: the expired session says so in Japanese', async ({ page, signUp, signIn, secrets }) => {
  await page.clock.install();
  const learner = newLearner();
  secrets.push(learner.password);
  await signUp.createAccount(learner);
  await signIn.signInAsRoot(learner.email, learner.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await page.clock.fastForward('01:00:01');
  await expect(page.getByRole('heading', { name: 'サインイン', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('セッションの有効期限が切れました。もう一度サインインしてください。');
});

test('once another tab signs out, this tab no longer holds the key to the MFA seeds, even when the same root signs in again there', async ({ page, context, signedInRoot, console, credentials }) => {
  const { learner } = signedInRoot;
  const mfa = new MfaSection(page);
  const passwordBox = mfa.dialog().getByLabel("Your password (it protects the device's secret)");
  const openAssign = async () => {
    await console.choose(learner.accountName, 'Security credentials');
    await credentials.continuePastWarning();
    await mfa.expand();
    await mfa.start('training-phone', 'Authenticator app');
    await expect(mfa.dialog().getByLabel('MFA code 1')).toBeVisible();
  };
  // Kept since this tab's own sign-in: no password asked.
  await openAssign();
  await expect(passwordBox).toHaveCount(0);
  await mfa.dialog().getByRole('button', { name: 'Cancel' }).click();

  const other = await context.newPage();
  await other.goto('./console');
  await new ConsolePage(other).choose(learner.accountName, 'Sign out');
  await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  await new SignInPage(other).signInAsRoot(learner.email, learner.password);
  await expect(other.getByRole('heading', { name: 'Console Home' })).toBeVisible();

  // Back in this tab, never reloaded: the key went with the session it came from.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await openAssign();
  await expect(passwordBox).toBeVisible();
});
