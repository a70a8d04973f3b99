import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/lab';
import { IamPage } from './fixtures/iam-page';
import { CloudShellPage } from './fixtures/cloudshell-page';

const BOB_PW = 'Bob-Pass-123!';

test('the first administrator: Administrators is created with AdministratorAccess', async ({ page, signedInRoot, secrets }) => {
  secrets.push(BOB_PW);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  const iam = new IamPage(page);
  await iam.open();
  await expect(page.getByText('No users yet.')).toBeVisible();
  await iam.createUser({ name: 'bob', password: BOB_PW, admin: true });
  // The sign-in details to hand over; the password is never shown back.
  await expect(page.getByText(`https://${acct}.signin.aws.amazon.com/console`)).toBeVisible();
  await expect(page.locator('dd').filter({ hasText: /^bob$/ })).toBeVisible();
  expect(await page.content()).not.toContain(BOB_PW);

  await page.getByRole('link', { name: 'Return to users list' }).click();
  const row = iam.userRow('bob');
  await expect(row.getByRole('cell').nth(0)).toHaveText('Administrators');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Enabled');
  await expect(row.getByRole('cell').nth(2)).toHaveText('0');
  await iam.openUser('bob');
  await expect(page.locator('.user-arn')).toHaveText(`arn:aws:iam::${acct}:user/bob`);
  await expect(page.locator('.user-groups')).toHaveText('Administrators');
  await expect(page.locator('.user-policies')).toHaveText('AdministratorAccess');

  const shell = new CloudShellPage(page);
  await shell.open();
  const groups = await shell.json('aws iam list-groups');
  expect(groups.Groups).toMatchObject([{ GroupName: 'Administrators', Arn: `arn:aws:iam::${acct}:group/Administrators` }]);
});

test('Create user names each bad field beside it and keeps what was typed', async ({ page, signedInRoot: _, secrets }) => {
  const iam = new IamPage(page);
  await iam.open();
  await page.getByRole('button', { name: 'Create user' }).click();
  await iam.fillCreateForm({ name: 'bob smith', password: 'short', admin: true });
  secrets.push('short');
  await page.getByRole('button', { name: 'Create user' }).click();
  const name = page.getByLabel('User name', { exact: true });
  const password = page.getByLabel('Console password');
  await expect(name).toHaveAccessibleDescription(/can contain only letters, digits and \+ = , \. @ _ -/);
  await expect(password).toHaveAccessibleDescription(/must be 8 to 128 characters/);
  await expect(name).toHaveValue('bob smith');
  await expect(password).toHaveValue('short');
  await expect(page.getByRole('checkbox', { name: 'Add to group Administrators (AdministratorAccess)' })).toBeChecked();

  // Console access turned off again: the password rules no longer apply.
  await page.getByRole('checkbox', { name: 'Provide user access to the AWS Management Console' }).uncheck();
  await name.fill('bob');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('This user has no console password')).toBeVisible();
  await iam.open();
  await expect(iam.userRow('bob').getByRole('cell').nth(1)).toHaveText('Disabled');
});

test('a user name already used, in any case, is refused', async ({ page, signedInRoot: _ }) => {
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'Bob' });
  await iam.open();
  await page.getByRole('button', { name: 'Create user' }).click();
  await iam.fillCreateForm({ name: 'bob' });
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByLabel('User name', { exact: true })).toHaveAccessibleDescription(/already exists in this account/);
});

test("a user's page adds to and removes from Administrators", async ({ page, signedInRoot: _ }) => {
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'carol' });
  await iam.openUser('carol');
  await expect(page.locator('.user-groups')).toHaveText('This user is not in any group.');
  await page.getByRole('button', { name: 'Add to Administrators' }).click();
  await expect(page.locator('.user-groups')).toHaveText('Administrators');
  await expect(page.locator('.user-policies')).toHaveText('AdministratorAccess');
  await page.getByRole('button', { name: 'Remove from Administrators' }).click();
  await expect(page.locator('.user-groups')).toHaveText('This user is not in any group.');
  await expect(page.locator('.user-policies')).toHaveText('None');
});

test('setting a console password warns that virtual MFA devices go; a weak one is refused', async ({ page, signedInRoot: _, secrets }) => {
  secrets.push(BOB_PW, 'weak');
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'bob' });
  await iam.openUser('bob');
  await page.getByRole('button', { name: 'Set console password' }).click();
  const d = page.getByRole('dialog');
  await expect(d.getByRole('note', { name: 'Lab note' })).toContainText('setting or removing it removes those devices');
  await d.getByLabel('Console password').fill('weak');
  await d.getByRole('button', { name: 'Apply' }).click();
  await expect(d.getByLabel('Console password')).toHaveAccessibleDescription(/must be 8 to 128 characters/);
  await d.getByLabel('Console password').fill(BOB_PW);
  await d.getByRole('button', { name: 'Apply' }).click();
  await expect(d).toBeHidden();
  await expect(page.locator('.details dd').filter({ hasText: /^Enabled$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Disable console access' }).click();
  await expect(d.getByRole('note', { name: 'Lab note' })).toContainText('setting or removing it removes those devices');
  await d.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(d).toBeHidden();
  await expect(page.locator('.details dd').filter({ hasText: /^Disabled$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Disable console access' })).toBeHidden();
});

test("an administrator manages a user's keys: bob_accessKeys.csv, two at most", async ({ page, signedInRoot: _, credentials, secrets }) => {
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'bob' });
  await iam.openUser('bob');
  await expect(page.getByText('No access keys.')).toBeVisible();
  await credentials.createButton().click();
  const d = page.getByRole('dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), d.getByRole('button', { name: 'Download Key File' }).click()]);
  expect(download.suggestedFilename()).toBe('bob_accessKeys.csv');
  const text = (await readFile((await download.path())!)).toString('utf8');
  const m = /^Access key ID,Secret access key\r\n(AKIA[A-Z2-7]{16}),([A-Za-z0-9+/]{40})\r\n$/.exec(text);
  expect(m, text).not.toBeNull();
  secrets.push(m![2]);
  await d.getByRole('button', { name: 'Close', exact: true }).click();
  const second = await credentials.createKey();
  secrets.push(second.secret);
  await expect(credentials.createButton()).toBeDisabled();
  await iam.open();
  await expect(iam.userRow('bob').getByRole('cell').nth(2)).toHaveText('2');
});

test('Delete user needs the name typed exactly', async ({ page, signedInRoot: _ }) => {
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'Dave' });
  await iam.openUser('Dave');
  await page.getByRole('button', { name: 'Delete user' }).click();
  const d = page.getByRole('dialog');
  const del = d.getByRole('button', { name: 'Delete user' });
  await expect(del).toBeDisabled();
  await d.getByLabel('Type the user name to confirm').fill('dave');
  await expect(del).toBeDisabled();
  await d.getByLabel('Type the user name to confirm').fill('Dave');
  await del.click();
  await expect(page.getByRole('heading', { name: 'Identity and Access Management (IAM)' })).toBeVisible();
  await expect(iam.userRow('Dave')).toHaveCount(0);
  await expect(page.getByText('No users yet.')).toBeVisible();
});
