import { test, expect, type Page } from './fixtures/lab';
import { SecurityCredentialsPage } from './fixtures/security-credentials-page';

test('a second tab follows the first without a reload and never breaks the two-key rule', async ({ page, context, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const other = await context.newPage();
  const second = new SecurityCredentialsPage(other);
  await second.openAccessKeys();

  const first = await credentials.createKey();
  secrets.push(first.secret);
  // The other tab shows the key at once (the storage event), no reload.
  await expect(second.row(first.id)).toBeVisible();

  // Both tabs press Create at the same moment, each still showing one key:
  // only one key more is made.
  const press = () => (document.querySelector('.create-key button') as HTMLButtonElement).click();
  await Promise.all([page.evaluate(press), other.evaluate(press)]);
  const dialogs = [page.getByRole('dialog'), other.getByRole('dialog')];
  const refused = [page, other].map((p) => p.getByRole('alert').filter({ hasText: 'Cannot exceed quota for AccessKeysPerUser: 2' }));
  await expect(async () => {
    const open = (await Promise.all(dialogs.map((d) => d.isVisible()))).filter(Boolean).length;
    const denied = (await Promise.all(refused.map((r) => r.isVisible()))).filter(Boolean).length;
    // One tab made the key. The other either was told the limit or, if the
    // first tab's key reached it before its click, had Create disabled already.
    expect(open).toBe(1);
    expect(denied).toBeLessThanOrEqual(1);
  }).toPass();
  for (const d of dialogs) {
    if (await d.isVisible()) {
      await d.getByRole('button', { name: 'Download Key File' }).click();
      await d.getByRole('button', { name: 'Close', exact: true }).click();
    }
  }
  await expect(credentials.rows()).toHaveCount(2);
  await expect(second.rows()).toHaveCount(2);
  await expect(second.createButton()).toBeDisabled();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rootkey-lab')!));
  expect(stored.data.accounts[0].root.access_keys).toHaveLength(2);
});

/** Swallows this page's storage events before the app hears them, from its first
 * load: the page really misses other tabs' writes (as a background tab whose
 * event has not arrived), so only the compare-and-set can keep it from
 * overwriting them. */
async function missStorageEvents(page: Page) {
  await page.addInitScript(() => {
    window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true);
  });
}

const storedKeys = (page: Page) =>
  page.evaluate(() =>
    (JSON.parse(localStorage.getItem('rootkey-lab')!).data.accounts[0].root.access_keys as { id: string; status: string }[]).map(
      (k) => [k.id, k.status],
    ),
  );

test('a stale tab never writes its old copy back', async ({ page, context, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  const other = await context.newPage();
  await missStorageEvents(other);
  const stale = new SecurityCredentialsPage(other);
  await stale.openAccessKeys();
  await expect(stale.row(key.id).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();

  // The first tab deactivates the key; the stale tab never hears of it.
  await credentials.row(key.id).getByRole('button', { name: 'Make Inactive' }).click();
  await expect(credentials.row(key.id).getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
  await expect(stale.row(key.id).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();

  // The stale tab changes something else: a second key. Its old copy (the first
  // key still active) is not what it writes; it then shows what it stored.
  const second = await stale.createKey();
  secrets.push(second.secret);
  expect(await storedKeys(page)).toEqual([
    [key.id, 'Inactive'],
    [second.id, 'Active'],
  ]);
  await expect(stale.row(key.id).getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
  await expect(credentials.row(second.id)).toBeVisible();
});

test('a tab that missed a deletion cannot bring the key back, and says it is gone', async ({
  page,
  context,
  signedInRoot: _,
  credentials,
  secrets,
}) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  const other = await context.newPage();
  await missStorageEvents(other);
  const stale = new SecurityCredentialsPage(other);
  await stale.openAccessKeys();
  await expect(stale.row(key.id)).toBeVisible();

  // The first tab deactivates and deletes the key.
  await credentials.row(key.id).getByRole('button', { name: 'Make Inactive' }).click();
  await credentials.row(key.id).getByRole('button', { name: 'Delete' }).click();
  const d = page.getByRole('dialog');
  await d.getByLabel('Type the access key ID to confirm').fill(key.id);
  await d.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(credentials.rows()).toHaveCount(0);
  expect(await storedKeys(page)).toEqual([]);
  // The stale tab still lists the key it never heard was deleted.
  await expect(stale.row(key.id)).toBeVisible();

  await stale.row(key.id).getByRole('button', { name: 'Make Inactive' }).click();
  await expect(other.getByRole('alert')).toContainText('The access key cannot be found. It may have been deleted in another tab.');
  await expect(stale.rows()).toHaveCount(0);
  expect(await storedKeys(page)).toEqual([]);
});

test('signing out in one tab signs out the others', async ({ page, context, signedInRoot, console }) => {
  const other = await context.newPage();
  await other.goto('./console/account');
  await expect(other.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await expect(other.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  void page;
});

test('a tab that is only watching never saves, even when it is hidden', async ({ page, context, signedInRoot: _, credentials, secrets }) => {
  const tab = await context.newPage();
  // The watcher's clock is Playwright's: every timer the app sets there (a
  // delayed save, the session check every 5 s) can be run to its end below.
  await tab.clock.install();
  // Count this tab's own writes to localStorage.
  await tab.addInitScript(() => {
    const w = window as unknown as { writes: number };
    w.writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'rootkey-lab') w.writes += 1;
      return setItem.call(this, key, value);
    };
  });
  const watcher = new SecurityCredentialsPage(tab);
  await watcher.openAccessKeys();
  await tab.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // Opening the page (past the root warning) is the watcher's only action.
  const writesBefore = await tab.evaluate(() => (window as unknown as { writes: number }).writes);
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  await credentials.row(key.id).getByRole('button', { name: 'Make Inactive' }).click();
  await expect(credentials.row(key.id).getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
  // The watcher has taken in both changes (its storage events were handled) …
  await expect(watcher.row(key.id).getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
  // … every timer those events could have set has run (a minute of its clock),
  // and any write queued for the cross-tab lock has had its turn …
  await tab.clock.runFor(60_000);
  await tab.evaluate(() => navigator.locks.request('rootkey-lab', () => {}));
  // … and it wrote nothing.
  expect(await tab.evaluate(() => (window as unknown as { writes: number }).writes)).toBe(writesBefore);
  expect(await storedKeys(page)).toEqual([[key.id, 'Inactive']]);
});

test('when another tab signs in as an IAM user, a root page reopens for that user', async ({ page, context, secrets }) => {
  secrets.push('Lab-Password-1', 'Admin-Password-1');
  await page.goto('./signin?scenario=iam-user-remembered');
  await expect(page.locator('.scenario-notice')).toBeVisible();
  // The other tab waits on the remembered three-box page, signed out.
  const other = await context.newPage();
  await other.goto('./signin/iam');
  await expect(other.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();

  await page.goto('./signin/iam');
  await page.getByRole('link', { name: 'Sign in using root user email' }).click();
  await page.getByRole('radio', { name: 'Root user' }).check();
  await page.getByLabel('Root user email address').fill('learner@example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill('Lab-Password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.goto('./console/account');
  await expect(page.getByRole('button', { name: 'Close account' })).toBeVisible();

  await other.getByLabel('IAM user name').fill('admin');
  await other.getByLabel('Password', { exact: true }).fill('Admin-Password-1');
  await other.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Console Home' })).toBeVisible();

  await expect(page.getByRole('alert')).toContainText('Only the root user can do this.');
  await expect(page.getByRole('button', { name: 'Close account' })).toHaveCount(0);
});

test('two CloudShell tabs creating keys at once never make a third key', async ({ page, context, signedInRoot: _, secrets }) => {
  const other = await context.newPage();
  for (const p of [page, other]) {
    await p.goto('./console/cloudshell');
    await expect(p.getByRole('heading', { name: 'CloudShell' })).toBeVisible();
  }
  const boxes = [page, other].map((p) => p.getByRole('textbox', { name: 'Command' }));
  for (let round = 0; round < 2; round++) {
    await Promise.all(boxes.map((b) => b.fill('aws iam create-access-key')));
    await Promise.all(boxes.map((b) => b.press('Enter')));
    for (const p of [page, other]) {
      await expect(p.getByRole('log', { name: 'Terminal output' }).locator('pre.typed')).toHaveCount(round + 1);
    }
  }
  const logs = await Promise.all([page, other].map((p) => p.getByRole('log', { name: 'Terminal output' }).innerText()));
  for (const m of logs.join('\n').matchAll(/"SecretAccessKey": "([^"]+)"/g)) secrets.push(m[1]);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rootkey-lab')!));
  expect(stored.data.accounts[0].root.access_keys).toHaveLength(2);
  expect(logs.join('\n')).toContain('Cannot exceed quota for AccessKeysPerUser: 2');
});
