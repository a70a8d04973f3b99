import { readFile } from 'node:fs/promises';
import { test, expect, newLearner } from './fixtures/lab';

// The seed's steps as a Japanese learner reads them: every control found by its
// Japanese name from the UI contract. The browser says `ja-JP`, so the app starts
// in Japanese without a choice being made.
test.use({ locale: 'ja-JP' });

test('サインアップからアクセスキーの削除まで (the main flow in Japanese)', async ({ page, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: 'サインイン', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '言語' })).toHaveValue('ja');

  await page.getByRole('link', { name: '新しい AWS アカウントの作成' }).click();
  await expect(page.getByRole('heading', { name: 'AWS にサインアップ' })).toBeVisible();
  await page.getByLabel('ルートユーザーの E メールアドレス').fill(l.email);
  await page.getByLabel('AWS アカウント名').fill(l.accountName);
  await page.getByLabel('ルートユーザーのパスワード', { exact: true }).fill('short');
  await page.getByLabel('ルートユーザーのパスワードを確認').fill('short');
  await page.getByRole('button', { name: 'アカウントを作成' }).click();
  await expect(page.getByLabel('ルートユーザーのパスワード', { exact: true })).toHaveAccessibleDescription(/8～128 文字/);
  await page.getByLabel('ルートユーザーのパスワード', { exact: true }).fill(l.password);
  await page.getByLabel('ルートユーザーのパスワードを確認').fill(l.password);
  await page.getByRole('button', { name: 'アカウントを作成' }).click();
  await expect(page.getByText('AWS アカウントの準備ができました。')).toBeVisible();
  await page.screenshot({ path: '../docs/screenshots/ja-sign-up.png' });
  await page.getByRole('link', { name: 'コンソールにサインイン' }).click();

  await page.getByRole('radio', { name: 'ルートユーザー' }).check();
  await page.getByLabel('ルートユーザーの E メールアドレス').fill(l.email);
  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByLabel('パスワード', { exact: true }).fill('Wrong-Pass-1');
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('認証情報が正しくありません。もう一度お試しください。');
  await page.getByLabel('パスワード', { exact: true }).fill(l.password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();

  await page.getByRole('navigation').getByRole('button', { name: l.accountName }).click();
  await page.getByRole('menuitem', { name: 'セキュリティ認証情報' }).click();
  const warning = page.getByRole('dialog');
  await expect(warning).toContainText('AWS アカウントのセキュリティ認証情報ページにアクセスしています');
  await expect(warning.getByRole('checkbox', { name: '今後このメッセージを表示しない' })).toBeVisible();
  await expect(warning.getByRole('button', { name: 'IAM ユーザーの使用を開始' })).toBeVisible();
  await page.screenshot({ path: '../docs/screenshots/ja-root-warning.png' });
  await warning.getByRole('button', { name: 'セキュリティ認証情報に進む' }).click();

  const toggle = page.getByRole('button', { name: 'アクセスキー (アクセスキー ID とシークレットアクセスキー)' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['アクセスキー ID', '作成日', '最終使用日時', '最終使用リージョン', '最終使用サービス', 'ステータス', 'アクション']) {
    await expect(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: '新しいアクセスキーの作成' }).click();
  const create = page.getByRole('dialog');
  await expect(create).toContainText('シークレットアクセスキーを表示またはダウンロードできるのは今回のみです。');
  await create.getByRole('button', { name: 'アクセスキーを表示' }).click();
  await expect(create.getByRole('button', { name: 'アクセスキーを非表示' })).toBeVisible();
  const id = (await create.locator('.key-reveal dd').nth(0).textContent())!;
  secrets.push((await create.locator('.key-reveal dd').nth(1).textContent())!);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    create.getByRole('button', { name: 'キーファイルのダウンロード' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rootkey.csv');
  expect((await readFile((await download.path())!)).toString('utf8')).toMatch(/^Access key ID,Secret access key\r\n/);
  await page.screenshot({ path: '../docs/screenshots/ja-create-access-key.png' });
  await create.getByRole('button', { name: '閉じる' }).click();

  const row = page.getByRole('row').filter({ hasText: id });
  await expect(row.getByRole('cell', { name: 'アクティブ', exact: true })).toBeVisible();
  await expect(row).toContainText('JST');
  await row.getByRole('button', { name: '非アクティブ化' }).click();
  await expect(row.getByRole('cell', { name: '非アクティブ', exact: true })).toBeVisible();
  await row.getByRole('button', { name: /^アクティブ化/ }).click();
  await expect(row.getByRole('cell', { name: 'アクティブ', exact: true })).toBeVisible();

  await row.getByRole('button', { name: '削除' }).click();
  const del = page.getByRole('dialog');
  await del.getByRole('button', { name: '非アクティブ化' }).click();
  await del.getByLabel('確認のためアクセスキー ID を入力').fill(id);
  await expect(del.getByRole('button', { name: 'キャンセル' })).toBeVisible();
  await del.getByRole('button', { name: '削除', exact: true }).click();
  await expect(del).toBeHidden();
  await expect(page.getByText('ルートユーザーのアクセスキーはありません。')).toBeVisible();
  await page.screenshot({ path: '../docs/screenshots/ja-security-credentials.png' });

  await page.getByRole('navigation').getByRole('button', { name: l.accountName }).click();
  await page.getByRole('menuitem', { name: 'サインアウト' }).click();
  await expect(page.getByRole('heading', { name: 'サインイン', exact: true })).toBeVisible();
});

test('IAM ユーザーのサインインページ (the three-box page in Japanese)', async ({ page }) => {
  await page.goto('./signin');
  await page.getByRole('radio', { name: 'IAM ユーザー' }).check();
  await page.getByLabel('アカウント ID (12 桁) またはアカウントエイリアス').fill('123456789012');
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByRole('heading', { name: 'IAM ユーザーとしてサインイン' })).toBeVisible();
  await expect(page.getByLabel('IAM ユーザー名')).toBeVisible();
  await page.screenshot({ path: '../docs/screenshots/ja-sign-in-iam.png' });
  await page.getByRole('link', { name: 'ルートユーザーの E メールを使用したサインイン' }).click();
  await expect(page.getByRole('heading', { name: 'サインイン', exact: true })).toBeVisible();
});

test('the language switch keeps the page and its state', async ({ page }) => {
  await page.goto('./signup');
  await page.getByLabel('AWS アカウント名').fill('保持されるか');
  await page.getByRole('combobox', { name: '言語' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sign up for AWS' })).toBeVisible();
  await expect(page.getByLabel('AWS account name')).toHaveValue('保持されるか');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign up for AWS' })).toBeVisible();
});
