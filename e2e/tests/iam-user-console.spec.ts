import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from './fixtures/lab';
import { IamPage, type NewUser } from './fixtures/iam-page';
import { CloudShellPage } from './fixtures/cloudshell-page';
import type { ConsolePage } from './fixtures/console-page';
import type { SignInPage } from './fixtures/sign-in-page';

const BOB_PW = 'Bob-Pass-123!';
const BOB: NewUser = { name: 'bob', password: BOB_PW, admin: true };

/** As the signed-in root user: an optional alias, the users, then sign out. */
async function prepare(page: Page, console: ConsolePage, rootName: string, users: NewUser[], alias?: string) {
  const iam = new IamPage(page);
  await iam.open();
  if (alias) {
    await iam.saveAlias(alias);
    await expect(iam.signInUrl()).toContainText(alias);
  }
  for (const u of users) {
    await iam.open();
    await iam.createUser(u);
  }
  await console.choose(rootName, 'Sign out');
}

/** The three-box page, reached the way a learner reaches it the first time. */
async function signInAs(signIn: SignInPage, account: string, user: string, password: string) {
  await signIn.open();
  await signIn.chooseIamUser(account);
  await signIn.signInAsIamUser(account, user, password);
  await expect(signIn.page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
}

test('the administrator signs in by account ID; the console names it bob @ account ID', async ({ page, signedInRoot, signIn, console, secrets }) => {
  secrets.push(BOB_PW);
  await prepare(page, console, signedInRoot.learner.accountName, [BOB]);
  await signInAs(signIn, signedInRoot.accountId, 'bob', BOB_PW);
  await expect(console.accountButton(`bob @ ${signedInRoot.accountId}`)).toBeVisible();
  // The page is remembered: after signing out it opens directly.
  await console.choose(`bob @ ${signedInRoot.accountId}`, 'Sign out');
  await page.goto('./signin');
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();
  await signIn.signInAsIamUser(signedInRoot.accountId.replaceAll('-', ''), 'BOB', BOB_PW);
  await expect(console.accountButton(`bob @ ${signedInRoot.accountId}`)).toBeVisible();
});

test('by alias; the console then names it bob @ alias', async ({ page, signedInRoot, signIn, console, secrets }) => {
  secrets.push(BOB_PW);
  await prepare(page, console, signedInRoot.learner.accountName, [BOB], 'bobs-lab');
  await signInAs(signIn, 'bobs-lab', 'bob', BOB_PW);
  await expect(console.accountButton('bob @ bobs-lab')).toBeVisible();
});

test('a root email typed as the IAM user name is refused with its own message', async ({ page, signedInRoot, signIn, console, secrets }) => {
  secrets.push(BOB_PW);
  await prepare(page, console, signedInRoot.learner.accountName, [BOB], 'bobs-lab');
  await signIn.open();
  await signIn.chooseIamUser('bobs-lab');
  await signIn.signInAsIamUser('bobs-lab', signedInRoot.learner.email, signedInRoot.learner.password);
  await expect(signIn.alert()).toContainText('That is a root user email address, not an IAM user name.');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeHidden();
});

test("an IAM user's menu has no Account, and the root-only pages refuse it", async ({ page, signedInRoot, signIn, console, secrets }) => {
  secrets.push(BOB_PW);
  await prepare(page, console, signedInRoot.learner.accountName, [BOB]);
  await signInAs(signIn, signedInRoot.accountId, 'bob', BOB_PW);
  await console.openMenu(`bob @ ${signedInRoot.accountId}`);
  await expect(page.getByRole('menuitem')).toHaveText(['Security credentials', 'Sign out']);
  await page.keyboard.press('Escape');
  await page.goto('./console/account');
  await expect(page.getByRole('alert')).toContainText('Only the root user can do this.');
  await expect(page.getByLabel('Current password')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Close account' })).toHaveCount(0);
  await page.goto('./console/root-tasks');
  await expect(page.getByRole('alert')).toContainText('Only the root user can do this.');
});

test("Security credentials shows the user's own keys, no root warning, and bob_accessKeys.csv", async ({ page, signedInRoot, signIn, console, credentials, secrets }) => {
  secrets.push(BOB_PW);
  await prepare(page, console, signedInRoot.learner.accountName, [BOB]);
  await signInAs(signIn, signedInRoot.accountId, 'bob', BOB_PW);
  await console.choose(`bob @ ${signedInRoot.accountId}`, 'Security credentials');
  await expect(page.getByRole('heading', { name: 'Security credentials', level: 1 })).toBeVisible();
  await expect(credentials.warning()).toHaveCount(0);
  await credentials.expandAccessKeys();
  await expect(page.getByText('No access keys.')).toBeVisible();
  await credentials.createButton().click();
  const d = page.getByRole('dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), d.getByRole('button', { name: 'Download Key File' }).click()]);
  expect(download.suggestedFilename()).toBe('bob_accessKeys.csv');
  const bytes = await readFile((await download.path())!);
  expect(bytes[0]).not.toBe(0xef);
  const m = /^Access key ID,Secret access key\r\n(AKIA[A-Z2-7]{16}),([A-Za-z0-9+/]{40})\r\n$/.exec(bytes.toString('utf8'));
  expect(m).not.toBeNull();
  secrets.push(m![2]);
  await d.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(credentials.row(m![1])).toBeVisible();

  // They are bob's keys, not the root user's: the root user's list stays empty.
  await console.choose(`bob @ ${signedInRoot.accountId}`, 'Sign out');
  await signIn.page.getByRole('link', { name: 'Sign in using root user email' }).click();
  await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
  await credentials.openAccessKeys();
  await expect(page.getByText("You don't have any root user access keys.")).toBeVisible();
});

test("CloudShell with the user's key answers as the user", async ({ page, signedInRoot, signIn, console, credentials, secrets }) => {
  secrets.push(BOB_PW);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await prepare(page, console, signedInRoot.learner.accountName, [BOB]);
  await signInAs(signIn, signedInRoot.accountId, 'bob', BOB_PW);
  await credentials.open();
  await credentials.expandAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  await page.getByRole('link', { name: 'CloudShell' }).click();
  const shell = new CloudShellPage(page);
  await shell.run(`aws configure set aws_access_key_id ${key.id}`);
  await shell.run(`aws configure set aws_secret_access_key ${key.secret}`);
  const who = await shell.json('aws sts get-caller-identity');
  expect(who).toEqual({ UserId: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/), Account: acct, Arn: `arn:aws:iam::${acct}:user/bob` });
  expect(await shell.run('aws sts get-caller-identity')).toContain(`"Arn": "arn:aws:iam::${acct}:user/bob"`);
});

test('a user outside Administrators is refused IAM user management', async ({ page, signedInRoot, signIn, console, secrets }) => {
  const carol: NewUser = { name: 'carol', password: 'Carol-Pass-1!' };
  secrets.push(carol.password!);
  await prepare(page, console, signedInRoot.learner.accountName, [carol]);
  await signInAs(signIn, signedInRoot.accountId, 'carol', carol.password!);
  const iam = new IamPage(page);
  await iam.open();
  await expect(iam.accessDenied()).toContainText('iam:ListUsers');
  await expect(iam.accessDenied()).toContainText(`arn:aws:iam::${signedInRoot.accountId.replaceAll('-', '')}:user/carol`);
  // The dashboard is refused too, as the console refuses it: no security recommendations.
  await expect(iam.accessDenied('iam:GetAccountSummary')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Security recommendations' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create user' })).toHaveCount(0);
  await expect(iam.aliasBox()).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.goto('./console/iam/create-user');
  await expect(iam.accessDenied()).toBeVisible();
  await expect(page.getByLabel('User name', { exact: true })).toHaveCount(0);
  await page.goto('./console/iam/users/carol');
  await expect(iam.accessDenied()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete user' })).toHaveCount(0);
});
