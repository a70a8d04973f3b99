import { test, expect } from './fixtures/lab';
import type { Page } from '@playwright/test';
import { SecurityCredentialsPage } from './fixtures/security-credentials-page';
import { ConsolePage } from './fixtures/console-page';

/**
 * Makes a tab deaf to other tabs' writes while `deaf` is set: its storage events
 * are swallowed before the app hears them, as when a background tab's event has
 * not arrived yet. Its copy of the lab then goes stale; only the compare-and-set
 * inside the shared lock keeps its next action from undoing the others'.
 */
async function deafenable(page: Page) {
  await page.addInitScript(() => {
    window.addEventListener(
      'storage',
      (e) => {
        if ((window as unknown as { deaf?: boolean }).deaf) e.stopImmediatePropagation();
      },
      true,
    );
  });
}

const setDeaf = (page: Page, deaf: boolean) =>
  page.evaluate((d) => {
    (window as unknown as { deaf?: boolean }).deaf = d;
  }, deaf);

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('rootkey-lab')!) as {
    data: { session: unknown; accounts: { root: { access_keys: { id: string; status: string }[] } }[] };
  });

test('three tabs acting in turn, one of them stale, end with exactly the state their actions imply', async ({
  page,
  context,
  signedInRoot,
  credentials,
  secrets,
}) => {
  // Three tabs, each opened through the root warning: longer than one tab's test.
  test.setTimeout(90_000);
  const [b, c] = [await context.newPage(), await context.newPage()];
  await deafenable(c);
  const [tabA, tabB, tabC] = [credentials, new SecurityCredentialsPage(b), new SecurityCredentialsPage(c)];
  for (const tab of [tabA, tabB, tabC]) await tab.openAccessKeys();
  const status = (tab: SecurityCredentialsPage, id: string, s: 'Active' | 'Inactive') =>
    expect(tab.row(id).getByRole('cell', { name: s, exact: true })).toBeVisible();

  // A creates the first key; every tab shows it.
  const k1 = await tabA.createKey();
  secrets.push(k1.secret);
  for (const tab of [tabB, tabC]) await expect(tab.row(k1.id)).toBeVisible();

  // C stops hearing the others. B creates the second key; C does not show it.
  await setDeaf(c, true);
  const k2 = await tabB.createKey();
  secrets.push(k2.secret);
  await expect(tabA.rows()).toHaveCount(2);
  await expect(tabC.rows()).toHaveCount(1);

  // C, stale, deactivates the first key: the second key B made survives, and C
  // now shows what it stored.
  await tabC.row(k1.id).getByRole('button', { name: 'Make Inactive' }).click();
  for (const tab of [tabA, tabB, tabC]) {
    await status(tab, k1.id, 'Inactive');
    await status(tab, k2.id, 'Active');
  }

  // A deletes the first key; C, deaf again to it, still shows it.
  await page.getByRole('row').filter({ hasText: k1.id }).getByRole('button', { name: 'Delete' }).click();
  const d = page.getByRole('dialog');
  await d.getByLabel('Type the access key ID to confirm').fill(k1.id);
  await d.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(d).toBeHidden();
  for (const tab of [tabA, tabB]) await expect(tab.rows()).toHaveCount(1);
  await expect(tabC.row(k1.id)).toBeVisible();

  // C makes the deleted key active: the deletion stands (no key comes back).
  await tabC.row(k1.id).getByRole('button', { name: 'Make Active' }).click();
  await expect(tabC.row(k1.id)).toHaveCount(0);
  await expect(tabC.rows()).toHaveCount(1);
  expect((await stored(page)).data.accounts[0].root.access_keys.map((k) => [k.id, k.status])).toEqual([
    [k2.id, 'Active'],
  ]);

  // B signs out; A follows at once, C (deaf) still shows the keys.
  await new ConsolePage(b).choose(signedInRoot.learner.accountName, 'Sign out');
  for (const p of [page, b]) await expect(p.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(tabC.row(k2.id)).toBeVisible();

  // C, stale, makes the second key inactive: nobody is signed in any more, so the
  // sign-out stands, the key stays active, and C shows the sign-in page too.
  await tabC.row(k2.id).getByRole('button', { name: 'Make Inactive' }).click();
  await expect(c.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  for (const p of [page, b]) await expect(p.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  const end = await stored(page);
  expect(end.data.session).toBeNull();
  expect(end.data.accounts[0].root.access_keys.map((k) => [k.id, k.status])).toEqual([[k2.id, 'Active']]);
});
