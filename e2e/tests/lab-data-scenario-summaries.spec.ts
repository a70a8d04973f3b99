import { test, expect } from './fixtures/lab';
import { chooseLanguage } from './fixtures/axe';

const SUMMARIES = {
  en: {
    fresh: 'An empty lab: start from creating an AWS account.',
    'two-keys': 'The root user already has two access keys: a third is refused.',
    'mfa-enabled': 'The root user has an authenticator app: sign-in asks for a code.',
    'iam-user-remembered': 'The sign-in page opens the IAM user page (three boxes) of an account with an admin user.',
    'ready-to-delete': 'Signed in as root with one inactive access key, ready to delete.',
  },
  ja: {
    fresh: '空のラボ: AWS アカウントの作成から始めます。',
    'two-keys': 'ルートユーザーにすでに 2 つのアクセスキーがあり、3 つ目は作成できません。',
    'mfa-enabled': 'ルートユーザーに認証アプリが設定されており、サインイン時にコードを求められます。',
    'iam-user-remembered': 'サインインページが、管理者ユーザーのいるアカウントの IAM ユーザーのサインインページ (3 つの入力欄) を開きます。',
    'ready-to-delete': 'ルートユーザーとしてサインイン済みで、削除できる非アクティブなアクセスキーが 1 つあります。',
  },
};

// Lab data says what each built-in scenario is before it is loaded.
for (const locale of ['en', 'ja'] as const) {
  test(`Lab data gives each built-in scenario a one-line summary (${locale})`, async ({ page }) => {
    await page.goto('./lab-data');
    await chooseLanguage(page, locale);
    for (const [name, summary] of Object.entries(SUMMARIES[locale])) {
      const button = page.getByRole('button', { name, exact: true });
      await expect(button).toHaveAccessibleDescription(summary);
      await expect(page.getByText(summary, { exact: true })).toBeVisible();
    }
  });
}
