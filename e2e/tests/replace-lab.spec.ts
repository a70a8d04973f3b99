import { readFile, writeFile } from 'node:fs/promises';
import { test, expect, newLearner } from './fixtures/lab';
import { ReplaceLabDialog, allStorage } from './fixtures/replace-lab-dialog';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';

const notice = (page: import('@playwright/test').Page) => page.locator('.scenario-notice');

test('a scenario link on a lab with an account asks first, and Keep my lab changes nothing', async ({ page, signedInRoot }) => {
  const { learner } = signedInRoot;
  const before = await allStorage(page);
  await page.goto('./signin?scenario=two-keys');
  const question = new ReplaceLabDialog(page);
  await expect(question.dialog()).toBeVisible();
  // It names what would go: the count and each account by name and email.
  await expect(question.dialog()).toContainText('Accounts that will be replaced: 1');
  await expect(question.dialog().getByRole('listitem')).toHaveText([`${learner.accountName} (${learner.email})`]);
  await expect(question.dialog().getByRole('button', { name: 'Keep my lab' })).toBeFocused();
  await question.keep();
  // A load hashes passwords in the background and disables the scenario buttons
  // meanwhile; in-app navigation keeps it running, so enabled buttons mean none is.
  await page.getByRole('link', { name: 'Lab data' }).click();
  await expect(page.getByRole('button', { name: 'two-keys' })).toBeEnabled();
  expect(await allStorage(page)).toBe(before);
  await expect(notice(page)).toHaveCount(0);
  // The link was used up: a reload asks nothing and loads nothing.
  expect(new URL(page.url()).search).toBe('');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
  await expect(question.dialog()).toHaveCount(0);
  expect(await allStorage(page)).toBe(before);
});

test('Esc on the question keeps the lab too', async ({ page, signedInRoot: _ }) => {
  const before = await allStorage(page);
  await page.goto('./signin?scenario=fresh');
  const question = new ReplaceLabDialog(page);
  await expect(question.dialog()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question.dialog()).toHaveCount(0);
  expect(await allStorage(page)).toBe(before);
});

test('Replace lab loads the scenario of the link', async ({ page, signedInRoot, secrets }) => {
  secrets.push('Lab-Password-1');
  await page.goto('./console?scenario=ready-to-delete');
  await new ReplaceLabDialog(page).replace();
  await expect(notice(page)).toContainText('Scenario loaded: ready-to-delete.');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('rootkey-lab')!);
  expect(stored).toContain('AKIARZPUZDIKGEXAMPLE');
  expect(stored).not.toContain(signedInRoot.learner.email);
});

test('Export lab beside the answers downloads the lab as it is', async ({ page, signedInRoot }) => {
  await page.goto('./signin?scenario=two-keys');
  const question = new ReplaceLabDialog(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    question.dialog().getByRole('link', { name: 'Export lab' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rootkey-lab-export.json');
  const exported = JSON.parse((await readFile((await download.path())!)).toString('utf8'));
  expect(exported.data.accounts[0].root.email).toBe(signedInRoot.learner.email);
  // Exporting is not an answer: the question still waits.
  await expect(question.dialog()).toBeVisible();
  await question.keep();
});

test('a scenario file and a built-in scenario on Lab data ask first; on an empty lab they load at once', async ({ page, signUp, secrets }, testInfo) => {
  secrets.push('Class-Pass-1', 'Lab-Password-1');
  const file = testInfo.outputPath('scenario.json');
  await writeFile(file, JSON.stringify({
    format: 'rootkey-lab-scenario',
    version: 2,
    name: 'my-class',
    accounts: [{ email: 'class@example.com', account_name: 'Class', password: 'Class-Pass-1' }],
  }));
  // Empty lab: no question.
  await page.goto('./lab-data');
  await page.getByLabel('Load scenario file').setInputFiles(file);
  await expect(notice(page)).toHaveText('Scenario loaded: my-class');
  const question = new ReplaceLabDialog(page);
  await expect(question.dialog()).toHaveCount(0);

  // Now the lab holds the class account: the same file asks, naming it.
  const before = await allStorage(page);
  await page.getByLabel('Load scenario file').setInputFiles(file);
  await expect(question.dialog().getByRole('listitem')).toHaveText(['Class (class@example.com)']);
  await question.keep();
  await expect(page.getByRole('button', { name: 'two-keys' })).toBeEnabled();
  expect(await allStorage(page)).toBe(before);

  await page.getByRole('button', { name: 'two-keys' }).click();
  await expect(question.dialog()).toBeVisible();
  await question.replace();
  await expect(notice(page)).toContainText('Scenario loaded: two-keys.');
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).not.toContain('class@example.com');
  void signUp;
});

test('an import and a reset ask first on a lab with an account, and act at once on an empty one', async ({ page, signUp, secrets }, testInfo) => {
  const first = newLearner();
  const second = newLearner();
  secrets.push(first.password, second.password);
  await signUp.createAccount(first);
  await page.goto('./lab-data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export lab' }).click()]);
  const file = testInfo.outputPath('export.json');
  await writeFile(file, await readFile((await download.path())!));
  await signUp.createAccount(second);
  await page.goto('./lab-data');
  const question = new ReplaceLabDialog(page);

  // Import: asks, naming both accounts; Keep my lab keeps both.
  const before = await allStorage(page);
  await page.getByLabel('Import lab file').setInputFiles(file);
  await expect(question.dialog()).toContainText('Accounts that will be replaced: 2');
  await expect(question.dialog().getByRole('listitem')).toHaveText([
    `${first.accountName} (${first.email})`,
    `${second.accountName} (${second.email})`,
  ]);
  await question.keep();
  expect(await allStorage(page)).toBe(before);
  await expect(page.getByText('The lab was imported')).toHaveCount(0);

  // Reset: asks; Replace lab empties the lab.
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(question.dialog()).toContainText('Accounts that will be replaced: 2');
  await question.replace();
  await expect(page.getByText('The lab was reset.').first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab') ?? '')).not.toContain(second.email);

  // Empty now: the import loads at once.
  await page.getByLabel('Import lab file').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'The lab was imported' })).toBeVisible();
  await expect(question.dialog()).toHaveCount(0);
  const stored = await page.evaluate(() => localStorage.getItem('rootkey-lab')!);
  expect(stored).toContain(first.email);
  expect(stored).not.toContain(second.email);

  // And an import asks when there is something to lose; Replace lab imports.
  await page.getByLabel('Import lab file').setInputFiles(file);
  await question.replace();
  await expect(page.getByRole('status').filter({ hasText: 'The lab was imported' })).toBeVisible();

  // A reset of an empty lab needs no question.
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await question.replace();
  await page.reload();
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'The lab was reset.' })).toBeVisible();
  await expect(question.dialog()).toHaveCount(0);
});

test('echoed address text is cut short', async ({ page, signedInRoot: _ }) => {
  const long = 'x'.repeat(300);
  await page.goto(`./signin?scenario=${long}`);
  const alert = page.getByRole('alert').filter({ hasText: 'no built-in scenario' });
  await expect(alert).toContainText(`named "${'x'.repeat(64)}…".`);
  await expect(alert).not.toContainText('x'.repeat(65));
  // An unknown name is refused at once: there is nothing to replace with.
  await expect(new ReplaceLabDialog(page).dialog()).toHaveCount(0);

  await page.goto(`./console/iam/users/${'y'.repeat(300)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${'y'.repeat(64)}…`);
});

for (const locale of ['en', 'ja'] as const) {
  test(`the question has no axe violations (${locale})`, async ({ page, signedInRoot: _ }) => {
    await chooseLanguage(page, locale);
    await page.goto('./signin?scenario=two-keys');
    const buttons = locale === 'en' ? ['Keep my lab', 'Replace lab'] : ['今のラボを残す', 'ラボを置き換える'];
    const dialog = page.getByRole('dialog');
    for (const name of buttons) await expect(dialog.getByRole('button', { name })).toBeVisible();
    await expect(dialog.getByRole('link', { name: locale === 'en' ? 'Export lab' : 'ラボをエクスポート' })).toBeVisible();
    await expectNoViolations(page, `the replace-lab question (${locale})`);
  });
}
