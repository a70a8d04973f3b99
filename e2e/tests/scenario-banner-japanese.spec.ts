import { test, expect } from './fixtures/lab';
import { chooseLanguage } from './fixtures/axe';

// A built-in scenario's notice follows the language chosen, description included.
test('a built-in scenario\'s banner is in Japanese when Japanese is chosen', async ({ page }) => {
  await page.goto('./signin');
  await chooseLanguage(page, 'ja');
  await page.goto('./signin?scenario=two-keys');
  await expect(page.locator('.scenario-notice')).toHaveText(
    'シナリオを読み込みました: two-keys. ルートユーザーがすでに 2 つのアクセスキー (うち 1 つは非アクティブ) を持つアカウントです。learner@example.com / Lab-Password-1 でサインインしてください。',
  );
  await chooseLanguage(page, 'en');
  await expect(page.locator('.scenario-notice')).toHaveText(
    'Scenario loaded: two-keys. One account whose root user already has two access keys, one of them inactive. Sign in with learner@example.com / Lab-Password-1.',
  );
});

test('a refused built-in scenario says why in Japanese', async ({ page }) => {
  await page.goto('./signin');
  await chooseLanguage(page, 'ja');
  await page.goto('./signin?scenario=nope');
  await expect(page.getByRole('alert')).toHaveText(
    'シナリオは読み込まれず、何も変更されていません: "nope" という名前の組み込みシナリオはありません。組み込みシナリオ: fresh, two-keys, mfa-enabled, iam-user-remembered, ready-to-delete, leaked-root-key。',
  );
});
