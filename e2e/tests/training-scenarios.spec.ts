import { test, expect } from './fixtures/lab';
import { TrainingPanel, TASKS } from './fixtures/training-panel';
import { answerMfa } from './fixtures/mfa';
import { SecurityCredentialsPage } from './fixtures/security-credentials-page';
import { base32Decode, totp } from './fixtures/totp';

const notice = (page: import('@playwright/test').Page) => page.locator('.scenario-notice');

test('fresh: an empty lab, nothing ticked, the next step is to create an account', async ({ page }) => {
  await page.goto('./signin?scenario=fresh');
  await expect(notice(page)).toHaveText(/^Scenario loaded: fresh\./);
  // The scenario parameter is taken out of the address: a reload keeps progress.
  expect(new URL(page.url()).search).toBe('');
  const panel = new TrainingPanel(page);
  await panel.expectCount(0);
  await expect(page.locator('.training-next')).toContainText('Next step: Create an AWS account');
  for (const t of TASKS) await panel.expectNotDone(t);
});

test('two-keys: two keys, one inactive, and a third is refused', async ({ page, signIn, secrets }) => {
  secrets.push('Lab-Password-1', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await page.goto('./signin?scenario=two-keys');
  await expect(notice(page)).toContainText('Scenario loaded: two-keys.');
  const panel = new TrainingPanel(page);
  await panel.expectDone('Create an AWS account');
  await panel.expectDone('Sign in as the root user');
  await panel.expectNotDone('Create a root access key and save its secret');
  await signIn.signInAsRoot('learner@example.com', 'Lab-Password-1');
  const credentials = new SecurityCredentialsPage(page);
  await credentials.openAccessKeys();
  await expect(credentials.rows()).toHaveCount(2);
  await expect(credentials.row('AKIARZPUZDIKHEXAMPLE')).toContainText('Inactive');
  await expect(credentials.createButton()).toBeDisabled();
});

test('mfa-enabled: the password leads to the MFA step, and the published secret signs in', async ({ page, signIn, secrets }) => {
  secrets.push('Lab-Password-1', 'OJXW65DLMV4S23DBMIQHI4TBNFXGS3THEBZWKZLEHIQG433UEBQSA43FMNZGK5BB');
  await page.goto('./signin?scenario=mfa-enabled');
  await expect(notice(page)).toContainText('Scenario loaded: mfa-enabled.');
  await new TrainingPanel(page).expectDone('Enable MFA for the root user');
  await signIn.signInAsRoot('learner@example.com', 'Lab-Password-1');
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
  await answerMfa(page, totp(base32Decode('OJXW65DLMV4S23DBMIQHI4TBNFXGS3THEBZWKZLEHIQG433UEBQSA43FMNZGK5BB'), Date.now()));
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('iam-user-remembered: the sign-in page opens the three-box page for the alias, and the admin signs in', async ({ page, secrets }) => {
  secrets.push('Lab-Password-1', 'Admin-Password-1');
  await page.goto('./signin?scenario=iam-user-remembered');
  await expect(notice(page)).toContainText('Scenario loaded: iam-user-remembered.');
  // On the first load already (the page drawn before the scenario loaded gives way).
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();
  await expect(page.getByLabel('Account ID (12 digits) or account alias')).toHaveValue('my-training-lab');
  await page.getByLabel('IAM user name').fill('admin');
  await page.getByLabel('Password', { exact: true }).fill('Admin-Password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await new TrainingPanel(page).expectDone('Sign in as that user on the three-box page');
  await new TrainingPanel(page).expectDone('Create the first IAM admin user');
});

test('ready-to-delete: signed in, one inactive key whose deletion ticks the task', async ({ page }) => {
  await page.goto('./console?scenario=ready-to-delete');
  await expect(notice(page)).toContainText('Scenario loaded: ready-to-delete.');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  const panel = new TrainingPanel(page);
  await panel.expectCount(6);
  await panel.expectNotDone('Delete the key');
  const credentials = new SecurityCredentialsPage(page);
  await credentials.openAccessKeys();
  await credentials.row('AKIARZPUZDIKGEXAMPLE').getByRole('button', { name: /^Delete/ }).click();
  const d = page.getByRole('dialog');
  await d.getByLabel('Type the access key ID to confirm').fill('AKIARZPUZDIKGEXAMPLE');
  await d.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(credentials.rows()).toHaveCount(0);
  await panel.expectDone('Delete the key');
  await page.reload();
  await panel.expectCount(7);
});

test('a scenario file loads from Lab data', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('scenario.json');
  const scenario = {
    format: 'rootkey-lab-scenario',
    version: 2,
    name: 'my-class',
    description: 'Prepared for class.',
    accounts: [{ email: 'class@example.com', account_name: 'Class', password: 'Class-Pass-1', alias: 'my-class-lab', tasks_done: ['create-account'] }],
  };
  await (await import('node:fs/promises')).writeFile(file, JSON.stringify(scenario));
  await page.goto('./lab-data');
  await page.getByLabel('Load scenario file').setInputFiles(file);
  await expect(notice(page)).toHaveText('Scenario loaded: my-class. Prepared for class.');
  const stored = await page.evaluate(() => localStorage.getItem('rootkey-lab')!);
  expect(stored).not.toContain('Class-Pass-1');
  expect(stored).toContain('my-class-lab');
});

test('every kind of bad scenario is refused with its reason, and nothing changes', async ({ page, signedInRoot }, testInfo) => {
  const before = await page.evaluate(() => localStorage.getItem('rootkey-lab'));
  await page.goto('./signin?scenario=no-such-thing');
  await expect(page.getByRole('alert')).toHaveText(
    'The scenario was not loaded, and nothing was changed: There is no built-in scenario named "no-such-thing". Built-in scenarios: fresh, two-keys, mfa-enabled, iam-user-remembered, ready-to-delete, leaked-root-key.',
  );
  const { writeFile } = await import('node:fs/promises');
  const cases: [string, string | RegExp][] = [
    ['{ not json', /^The scenario was not loaded, and nothing was changed: The file is not valid JSON/],
    [JSON.stringify({ hello: 'world' }), 'The scenario was not loaded, and nothing was changed: The file is not a rootkey-lab scenario: it needs "format": "rootkey-lab-scenario".'],
    [JSON.stringify({ format: 'rootkey-lab-scenario', version: 99, accounts: [] }), /format version 99, but this version of rootkey-lab reads version 2 at most/],
    [JSON.stringify({ format: 'rootkey-lab-scenario', version: 2, accounts: [{ email: 'x@example.com', account_name: 'X', password: 'short' }] }), /accounts\[0\]\.password/],
  ];
  await page.goto('./lab-data');
  for (const [i, [text, reason]] of cases.entries()) {
    const file = testInfo.outputPath(`bad-${i}.json`);
    await writeFile(file, text);
    await page.getByLabel('Load scenario file').setInputFiles(file);
    await expect(page.getByRole('alert')).toHaveText(reason);
  }
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).toBe(before);
  await page.goto('./console');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  void signedInRoot;
});
