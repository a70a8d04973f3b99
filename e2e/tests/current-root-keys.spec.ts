import { test, expect } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { CurrentKeys, EN, JA } from './fixtures/current-console';

// Today's console (IAM User Guide, id_root-user_manage_add-key and _delete-key):
// the root user's key through the alternatives page, retrieved once, then managed
// from each row's Actions menu. Same lab operations as the Classic dialog.
for (const w of [EN, JA]) {
  test(`current console root key: alternatives, retrieve, download, Actions (${w.lang})`, async ({ page, signedInRoot: _, secrets }) => {
    if (w.lang === 'ja') await chooseLanguage(page, 'ja');
    await page.goto('./console/security-credentials?console=current');
    await page.getByRole('dialog').getByRole('button', { name: w.continueToCredentials }).click();
    const keys = new CurrentKeys(page, w);
    await expect(keys.heading()).toBeVisible();
    await expect(page.locator('button[aria-expanded]').filter({ hasText: w.accessKeys })).toHaveCount(0);
    await expectNoViolations(page, `current access keys (${w.lang})`);

    await keys.createButton().click();
    await expect(page.getByRole('heading', { name: w.alternatives, level: 1 })).toBeVisible();
    const create = keys.createButton();
    await expect(create).toBeDisabled();
    const stored = () => page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(await stored()).not.toMatch(/AKIA/);
    await expectNoViolations(page, `alternatives (${w.lang})`);
    await page.getByRole('checkbox', { name: w.notBestPractice }).check();
    await expect(create).toBeEnabled();
    await create.click();

    await expect(page.getByRole('heading', { name: w.retrieveKey, level: 1 })).toBeVisible();
    await expectNoViolations(page, `retrieve access key (${w.lang})`);
    // Done before the secret was shown or downloaded asks first.
    await page.getByRole('button', { name: w.done, exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByRole('button', { name: w.goBack, exact: true }).click();
    await expect(page.getByRole('alert')).toBeHidden();
    const { id, secret } = await keys.reveal();
    secrets.push(secret);
    await keys.downloadAndCheck('rootkey.csv', id, secret);
    await page.getByRole('button', { name: w.done, exact: true }).click();

    await expect(keys.status(id, w.active)).toBeVisible();
    expect(await page.content()).not.toContain(secret);
    await expect(keys.keyRows()).toHaveCount(1);
    const menu = await keys.openMenu(id);
    await expect(menu.getByRole('menuitem', { name: w.activate, exact: true })).toHaveAttribute('aria-disabled', 'true');
    await expectNoViolations(page, `actions menu (${w.lang})`);
    await menu.getByRole('menuitem', { name: w.deactivate, exact: true }).click();
    await expect(keys.status(id, w.inactive)).toBeVisible();
    await keys.choose(id, w.activate);
    await expect(keys.status(id, w.active)).toBeVisible();

    await keys.choose(id, w.delete);
    const d = page.getByRole('dialog', { name: w.deleteTitle(id) });
    await expect(d).toBeVisible();
    await expectNoViolations(page, `delete dialog (${w.lang})`);
    const del = d.getByRole('button', { name: w.delete, exact: true });
    await d.getByRole('textbox').fill(id);
    await expect(del).toBeDisabled();
    await d.getByRole('button', { name: w.deactivate, exact: true }).click();
    await expect(d.getByRole('button', { name: w.deactivate, exact: true })).toBeHidden();
    await expect(del).toBeEnabled();
    await del.click();
    await expect(d).toBeHidden();
    await expect(keys.row(id)).toHaveCount(0);
  });
}

test('current console: Cancel on the alternatives page stores no key', async ({ page, signedInRoot: _ }) => {
  await page.goto('./console/security-credentials/create-access-key?console=current');
  await expect(page.getByRole('heading', { name: EN.alternatives, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  // Back from the steps, Security credentials opens without the root warning again.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const keys = new CurrentKeys(page, EN);
  await expect(keys.heading()).toBeVisible();
  await expect(keys.keyRows()).toHaveCount(0);
});
