import { readFile } from 'node:fs/promises';
import { test, expect, newLearner, type Page } from './fixtures/lab';

const KEY = 'rootkey-lab';
const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Puts `raw` under the lab's key, then loads the app over it. */
async function startWith(page: Page, raw: string) {
  await page.goto('./signin');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw]);
  await page.reload();
}

for (const [what, raw] of [
  ['truncated JSON', '{"app":"rootkey-lab","schema":1,"rev":4,"data":{"accounts":[{"id":"1234'],
  ["another app's JSON", '{"todos":[{"title":"buy milk","done":false}]}'],
] as const) {
  test(`${what} under our key is kept, offered for download, and replaced only on request`, async ({ page, signUp, secrets }) => {
    await startWith(page, raw);
    const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(banner).toBeVisible();
    expect(await stored(page, 'rootkey-lab:unreadable')).toBe(raw);

    // The lab still works, in memory, and the value is not overwritten.
    const l = newLearner();
    secrets.push(l.password);
    await signUp.createAccount(l);
    expect(await stored(page)).toBe(raw);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download unreadable data' }).click(),
    ]);
    expect((await readFile((await download.path())!)).toString('utf8')).toBe(raw);
    expect(await stored(page)).toBe(raw);

    await banner.getByRole('button', { name: 'Start fresh' }).click();
    await expect(banner).toBeHidden();
    const saved = JSON.parse((await stored(page))!);
    expect(saved.app).toBe('rootkey-lab');
    expect(saved.data.accounts[0].root.email).toBe(l.email);
    expect(await stored(page, 'rootkey-lab:unreadable')).toBe(raw);
  });
}

test('a newer schema makes the tab read-only with a request to reload', async ({ page, signUp, secrets }) => {
  const raw = '{"app":"rootkey-lab","schema":99,"rev":7,"data":{"accounts":[],"future":true}}';
  await startWith(page, raw);
  await expect(page.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible();
  const l = newLearner();
  secrets.push(l.password);
  await signUp.createAccount(l);
  expect(await stored(page)).toBe(raw);
});

test('a full storage keeps the change in memory and saves it on the next change', async ({ page, signUp, secrets }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if ((window as unknown as { full?: boolean }).full) throw new DOMException('quota', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  });
  await page.goto('./signin');
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
  const a = newLearner();
  const b = newLearner();
  secrets.push(a.password, b.password);
  await page.getByRole('link', { name: 'Create a new AWS account' }).click();
  await signUp.fill(a);
  await expect(page.getByText('Your AWS account is ready.')).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(banner).toBeVisible();
  expect(await stored(page)).toBeNull();

  await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
  await page.getByRole('link', { name: 'Sign in to the Console' }).click();
  await page.getByRole('link', { name: 'Create a new AWS account' }).click();
  await signUp.fill(b);
  await expect(page.getByText('Your AWS account is ready.')).toBeVisible();
  await expect(banner).toBeHidden();
  const emails = JSON.parse((await stored(page))!).data.accounts.map((x: { root: { email: string } }) => x.root.email);
  expect(emails).toEqual([a.email, b.email]);
});

test('with storage blocked the lab runs in memory and says so', async ({ page, signUp, signIn, secrets }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./signin');
  await expect(page.getByRole('alert').filter({ hasText: 'does not let the lab save' })).toBeVisible();
  const l = newLearner();
  secrets.length = 0; // nothing can be stored, and the scan itself cannot read storage
  await page.getByRole('link', { name: 'Create a new AWS account' }).click();
  await signUp.fill(l);
  await expect(page.getByText('Your AWS account is ready.')).toBeVisible();
  await page.getByRole('link', { name: 'Sign in to the Console' }).click();
  await page.getByLabel('Root user email address').fill(l.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(l.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  void signIn;
});
