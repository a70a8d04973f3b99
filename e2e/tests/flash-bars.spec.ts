import { test, expect } from './fixtures/lab';
import { chooseLanguage } from './fixtures/axe';
import { assignAuthenticatorApp } from './fixtures/full-lab';
import { midStep } from './fixtures/totp';

// A completed action says so where a sighted learner looks, as AWS's green
// flash bar does, and a screen reader hears it too; Dismiss puts it away.
test('a flash bar after deleting a key and after assigning MFA, each dismissible', async ({ page, signedInRoot, credentials, secrets }) => {
  const at = midStep();
  await page.clock.setFixedTime(at);
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  await expect(page.getByRole('status').filter({ hasText: 'Access key created.' })).toBeVisible();

  await credentials.row(key.id).getByRole('button', { name: `Delete ${key.id}` }).click();
  const d = page.getByRole('dialog');
  await d.getByRole('button', { name: 'Deactivate' }).click();
  await d.getByLabel('Type the access key ID to confirm').fill(key.id);
  await d.getByRole('button', { name: 'Delete', exact: true }).click();
  const deleted = page.getByRole('status').filter({ hasText: 'The access key was deleted.' });
  await expect(deleted).toBeVisible();
  // At the top of the page, above the heading.
  const top = (await deleted.boundingBox())!.y;
  expect(top).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y);
  await deleted.getByRole('button', { name: 'Dismiss' }).click();
  await expect(deleted).toHaveCount(0);

  // The page was loaded since the sign-in: the dialog asks for the password again.
  secrets.push(await assignAuthenticatorApp(page, 'my-phone', signedInRoot.learner.password, at));
  await expect(page.getByRole('status').filter({ hasText: 'MFA device assigned.' })).toBeVisible();
  void signedInRoot;
});

test('the flash bar speaks Japanese', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  await chooseLanguage(page, 'ja');
  await page.getByRole('button', { name: '新しいアクセスキーの作成' }).click();
  const d = page.getByRole('dialog');
  await d.getByRole('button', { name: 'アクセスキーを表示' }).click();
  secrets.push((await d.locator('.key-reveal dd').nth(1).textContent())!);
  await d.getByRole('button', { name: '閉じる', exact: true }).click();
  const created = page.getByRole('status').filter({ hasText: 'アクセスキーを作成しました。' });
  await expect(created).toBeVisible();
  await created.getByRole('button', { name: '通知を閉じる' }).click();
  await expect(created).toHaveCount(0);
});
