import { test, expect } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { CurrentKeys, EN, JA } from './fixtures/current-console';

// The edition is chosen on the Lab data page, or by ?console= on any address, or
// by a scenario file; it is saved in this browser like the language.
for (const w of [EN, JA]) {
  test(`the Console edition select switches and is kept over reload (${w.lang})`, async ({ page }) => {
    await page.goto('./lab-data');
    if (w.lang === 'ja') await chooseLanguage(page, 'ja');
    const select = page.getByRole('combobox', { name: w.edition });
    await expect(select).toHaveValue('classic');
    await expect(select.locator('option')).toHaveText([w.classic, w.current]);
    await expectNoViolations(page, `lab data with the edition select (${w.lang})`);
    await select.selectOption({ label: w.current });
    await expect(select).toHaveValue('current');
    await page.reload();
    await expect(page.getByRole('combobox', { name: w.edition })).toHaveValue('current');
    await page.getByRole('combobox', { name: w.edition }).selectOption({ label: w.classic });
    await page.reload();
    await expect(page.getByRole('combobox', { name: w.edition })).toHaveValue('classic');
  });
}

test('?console= on any address chooses the edition, kept over reload', async ({ page, signedInRoot: _ }) => {
  const keys = new CurrentKeys(page, EN);
  const classicToggle = page.getByRole('button', { name: 'Access keys (access key ID and secret access key)' });
  const continuePast = () => page.getByRole('dialog').getByRole('button', { name: EN.continueToCredentials }).click();
  await page.goto('./console/security-credentials?console=current');
  await continuePast();
  await expect(keys.heading()).toBeVisible();
  await expect(classicToggle).toHaveCount(0);
  await page.goto('./console/security-credentials');
  await continuePast();
  await expect(keys.heading()).toBeVisible();
  await page.goto('./console/security-credentials?console=classic');
  await continuePast();
  await expect(classicToggle).toBeVisible();
  await expect(page.getByRole('button', { name: EN.createAccessKey, exact: true })).toHaveCount(0);
  await page.goto('./lab-data');
  await expect(page.getByRole('combobox', { name: EN.edition })).toHaveValue('classic');
});

test('a scenario file may set the edition', async ({ page }) => {
  await page.goto('./lab-data');
  const scenario = {
    format: 'rootkey-lab-scenario',
    version: 2,
    name: 'current-edition',
    console_edition: 'current',
    accounts: [{ email: 'edition@example.com', account_name: 'Edition', password: 'Lab-Password-1' }],
  };
  await page.getByLabel('Load scenario file').setInputFiles({
    name: 'current-edition.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Scenario loaded:' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: EN.edition })).toHaveValue('current');
  await page.reload();
  await expect(page.getByRole('combobox', { name: EN.edition })).toHaveValue('current');
});
