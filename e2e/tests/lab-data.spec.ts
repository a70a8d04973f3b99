import { readFile, writeFile } from 'node:fs/promises';
import { test, expect, newLearner } from './fixtures/lab';
import { ReplaceLabDialog } from './fixtures/replace-lab-dialog';

test('export the lab, reset it, and import it back', async ({ page, signedInRoot, signIn, secrets }, testInfo) => {
  const { learner } = signedInRoot;
  await page.getByRole('link', { name: 'Lab data' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export lab' }).click()]);
  expect(download.suggestedFilename()).toBe('rootkey-lab-export.json');
  const exported = (await readFile((await download.path())!)).toString('utf8');
  expect(JSON.parse(exported).data.accounts[0].root.email).toBe(learner.email);
  for (const s of secrets) expect(exported).not.toContain(s);

  // The copy an unreadable lab leaves aside is this app's too: reset removes it.
  await page.evaluate(() => localStorage.setItem('rootkey-lab:unreadable', 'an old unreadable lab'));
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await new ReplaceLabDialog(page).replace();
  await expect(page.getByText('The lab was reset.').first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab:unreadable'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).toBeNull();
  await signIn.signInAsRoot(learner.email, learner.password);
  await expect(signIn.alert()).toContainText('incorrect');

  const file = testInfo.outputPath('export.json');
  await writeFile(file, exported);
  await page.goto('./lab-data');
  await page.getByLabel('Import lab file').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'The lab was imported' })).toBeVisible();
  await signIn.signInAsRoot(learner.email, learner.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('reset removes the lab and leaves other apps\' storage alone', async ({ page, signUp }) => {
  const learner = newLearner();
  await signUp.createAccount(learner);
  await page.goto('./lab-data');
  await page.evaluate(() => localStorage.setItem('some-other-app', 'keep me'));
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).toContain(learner.email);
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await new ReplaceLabDialog(page).replace();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('The lab was reset.');
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('some-other-app'))).toBe('keep me');
});

for (const [what, content, message] of [
  ['not JSON', 'hello', 'not a rootkey-lab export'],
  ['another app', '{"todos":[]}', 'not a rootkey-lab export'],
  ['a newer version', '{"app":"rootkey-lab","schema":42,"rev":1,"data":{}}', 'newer version'],
] as const) {
  test(`an import of ${what} is refused and changes nothing`, async ({ page, signUp, secrets }, testInfo) => {
    const l = newLearner();
    secrets.push(l.password);
    await signUp.createAccount(l);
    const before = await page.evaluate(() => localStorage.getItem('rootkey-lab'));
    const file = testInfo.outputPath('bad.json');
    await writeFile(file, content);
    await page.goto('./lab-data');
    await page.getByLabel('Import lab file').setInputFiles(file);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).toBe(before);
  });
}
