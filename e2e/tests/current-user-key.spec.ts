import { test, expect } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { CurrentKeys, EN, JA } from './fixtures/current-console';
import { IamPage } from './fixtures/iam-page';
import { SignInPage } from './fixtures/sign-in-page';

// Today's console for an IAM user's key (IAM User Guide, id_credentials_access-keys):
// best practices and a use case, an optional description tag that IAM keeps as a
// user tag keyed by the access key ID, then the keys and USERNAME_accessKeys.csv.
for (const [w, description] of [[EN, 'CLI on my laptop'], [JA, '検証用 CLI キー']] as const) {
  test(`an administrator creates a user's key with a description tag (${w.lang})`, async ({ page, signedInRoot: _, secrets }) => {
    const iam = new IamPage(page);
    await iam.open();
    await iam.createUser({ name: 'dev-cli' });
    if (w.lang === 'ja') await chooseLanguage(page, 'ja');
    await page.goto('./console/iam/users/dev-cli?console=current');
    const keys = new CurrentKeys(page, w);
    await expect(page.getByRole('columnheader', { name: w.description, exact: true })).toBeVisible();
    await keys.createButton().click();

    await expect(page.getByRole('heading', { name: w.bestPractices, level: 1 })).toBeVisible();
    const next = page.getByRole('button', { name: w.next, exact: true });
    await expect(next).toBeDisabled();
    await page.getByRole('radio', { name: w.cli }).check();
    await expect(next).toBeDisabled();
    await page.getByRole('checkbox', { name: w.acknowledge }).check();
    await expectNoViolations(page, `best practices (${w.lang})`);
    await next.click();

    await expect(page.getByRole('heading', { name: w.descriptionHeading, level: 1 })).toBeVisible();
    const box = page.getByLabel(w.descriptionValue);
    await box.fill('50% off');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(keys.createButton()).toBeDisabled();
    await box.fill(description);
    await expect(box).toHaveAttribute('aria-invalid', 'false');
    await expectNoViolations(page, `description tag (${w.lang})`);
    await keys.createButton().click();

    await expect(page.getByRole('heading', { name: w.retrieveKeys, level: 1 })).toBeVisible();
    await expectNoViolations(page, `retrieve access keys (${w.lang})`);
    const { id, secret } = await keys.reveal();
    secrets.push(secret);
    await keys.downloadAndCheck('dev-cli_accessKeys.csv', id, secret);
    await page.getByRole('button', { name: w.done, exact: true }).click();

    await expect(page.getByRole('heading', { name: 'dev-cli', level: 1 })).toBeVisible();
    await expect(keys.row(id).getByRole('cell', { name: description, exact: true })).toBeVisible();
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain(JSON.stringify({ key: id, value: description }).replace(/"/g, '\\"'));
    await expectNoViolations(page, `user page, current edition (${w.lang})`);

    // Deleting the key from its Actions menu takes its description tag too.
    await keys.choose(id, w.delete);
    const d = page.getByRole('dialog', { name: w.deleteTitle(id) });
    await d.getByRole('button', { name: w.deactivate, exact: true }).click();
    await d.getByRole('textbox').fill(id);
    await d.getByRole('button', { name: w.delete, exact: true }).click();
    await expect(keys.row(id)).toHaveCount(0);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(description);
  });
}

test('an IAM user creates their own key on their Security credentials', async ({ page, secrets }) => {
  secrets.push('Lab-Password-1', 'Admin-Password-1');
  await page.goto('./signin?scenario=iam-user-remembered&console=current');
  await expect(page.getByRole('status').filter({ hasText: 'Scenario loaded: iam-user-remembered.' })).toBeVisible();
  await page.goto('./signin');
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();
  await new SignInPage(page).signInAsIamUser('my-training-lab', 'admin', 'Admin-Password-1');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.goto('./console/security-credentials');
  const keys = new CurrentKeys(page, EN);
  await expect(keys.heading()).toBeVisible();
  await keys.createButton().click();
  await page.getByRole('radio', { name: EN.cli }).check();
  await page.getByRole('checkbox', { name: EN.acknowledge }).check();
  await page.getByRole('button', { name: EN.next, exact: true }).click();
  await page.getByLabel(EN.descriptionValue).fill('my laptop');
  await keys.createButton().click();
  await expect(page.getByRole('heading', { name: EN.retrieveKeys, level: 1 })).toBeVisible();
  const { id, secret } = await keys.reveal();
  secrets.push(secret);
  await keys.downloadAndCheck('admin_accessKeys.csv', id, secret);
  await page.getByRole('button', { name: EN.done, exact: true }).click();
  await expect(keys.row(id).getByRole('cell', { name: 'my laptop', exact: true })).toBeVisible();
});
