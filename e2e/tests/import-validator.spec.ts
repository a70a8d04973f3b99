// Imports pass one validator: a lab file that breaks a console rule, a stored-value
// bound or a size cap is refused with an alert naming the rule, and storage is
// left exactly as it was.
import { writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures/lab';

type Lab = { accounts: Array<Record<string, any>> };

// Each case edits the stored lab of the two-keys scenario (one account, two root
// keys) into a file the import must refuse, and names what the alert says.
const cases: Array<[string, (data: Lab) => void, RegExp]> = [
  [
    'three root access keys',
    (d) => {
      const keys = d.accounts[0].root.access_keys;
      keys.push({ ...keys[0], id: 'AKIAAAAAAAAAAAAAAAAB' });
    },
    /accounts\[0\]\.root\.access_keys: has 3 access keys; the cap is 2/,
  ],
  [
    'duplicate account IDs',
    (d) => {
      d.accounts.push(structuredClone(d.accounts[0]));
    },
    /accounts\[1\]\.id: repeats an earlier account ID/,
  ],
  [
    'a user named with markup and /../',
    (d) => {
      d.accounts[0].users = [{ name: '<img src=x>/../admin', user_id: 'AIDAAAAAAAAAAAAAAAAAA', created: 1 }];
    },
    /accounts\[0\]\.users\[0\]\.name: breaks the user name rule/,
  ],
  [
    'a one-byte password hash',
    (d) => {
      const [scheme, iterations, salt] = d.accounts[0].root.password.split('$');
      d.accounts[0].root.password = [scheme, iterations, salt, 'ab'].join('$');
    },
    /accounts\[0\]\.root\.password: password hash must be 32 bytes/,
  ],
  [
    'a 4,000,000,000-iteration password hash',
    (d) => {
      const [scheme, , salt, hash] = d.accounts[0].root.password.split('$');
      d.accounts[0].root.password = [scheme, '4000000000', salt, hash].join('$');
    },
    /accounts\[0\]\.root\.password: password hash iterations must be 100000 to 10000000/,
  ],
  [
    'a string over 1 KiB',
    (d) => {
      d.accounts[0].name = 'n'.repeat(1025);
    },
    /accounts\[0\]\.name: is longer than the cap of 1 KiB/,
  ],
  [
    'a file over 1 MiB',
    (d) => {
      d.accounts[0].padding = Array.from({ length: 1100 }, () => 'p'.repeat(1000));
    },
    /the file is larger than the cap of 1 MiB/,
  ],
];

for (const [what, edit, reason] of cases) {
  test(`an import with ${what} is refused with an alert and storage unchanged`, async ({ page, signIn, secrets }, testInfo) => {
    secrets.push('Lab-Password-1');
    await page.goto('./signin?scenario=two-keys');
    await expect(page.locator('.scenario-notice')).toContainText('Scenario loaded: two-keys.');
    const before = await page.evaluate(() => localStorage.getItem('rootkey-lab'));
    expect(before).not.toBeNull();
    const file = JSON.parse(before!);
    edit(file.data);
    const path = testInfo.outputPath('bad-lab.json');
    await writeFile(path, JSON.stringify(file));

    await page.goto('./lab-data');
    await page.getByLabel('Import lab file').setInputFiles(path);
    const alert = page.getByRole('alert').filter({ hasText: 'That file was not imported, and nothing was changed.' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(reason);
    expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).toBe(before);
    // The lab in the tab is unchanged too: its account still signs in.
    await signIn.signInAsRoot('learner@example.com', 'Lab-Password-1');
    await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  });
}

test('a stored lab that breaks a rule is quarantined like unreadable data, never used', async ({ page }) => {
  await page.goto('./signin?scenario=two-keys');
  await expect(page.locator('.scenario-notice')).toContainText('Scenario loaded: two-keys.');
  const file = JSON.parse((await page.evaluate(() => localStorage.getItem('rootkey-lab')))!);
  const [scheme, , salt, hash] = file.data.accounts[0].root.password.split('$');
  file.data.accounts[0].root.password = [scheme, '4000000000', salt, hash].join('$');
  const raw = JSON.stringify(file);
  await page.evaluate((v) => localStorage.setItem('rootkey-lab', v), raw);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab:unreadable'))).toBe(raw);
  expect(await page.evaluate(() => localStorage.getItem('rootkey-lab'))).toBe(raw);
});
