import { test, expect } from './fixtures/lab';
import { chooseLanguage } from './fixtures/axe';
import { IamPage } from './fixtures/iam-page';

// Every page names the tab as the console does, so a screen reader hears which
// page opened: `Page | Service | rootkey-lab`, in the chosen language.
const signedOut: [string, string, string][] = [
  ['signin', 'Sign in | rootkey-lab', 'サインイン | rootkey-lab'],
  ['signin/iam', 'Sign in as IAM user | rootkey-lab', 'IAM ユーザーとしてサインイン | rootkey-lab'],
  ['signup', 'Sign up for AWS | rootkey-lab', 'AWS にサインアップ | rootkey-lab'],
  ['cloudshell', 'CloudShell | rootkey-lab', 'CloudShell | rootkey-lab'],
  ['lab-data', 'Lab data | rootkey-lab', 'ラボのデータ | rootkey-lab'],
  ['nowhere', 'Page not found | rootkey-lab', 'ページが見つかりません | rootkey-lab'],
];
const signedIn: [string, string, string][] = [
  ['console', 'Console Home | rootkey-lab', 'コンソールのホーム | rootkey-lab'],
  ['console/security-credentials', 'Security credentials | IAM | rootkey-lab', 'セキュリティ認証情報 | IAM | rootkey-lab'],
  ['console/account', 'Account | rootkey-lab', 'アカウント | rootkey-lab'],
  ['console/iam', 'IAM | rootkey-lab', 'IAM | rootkey-lab'],
  ['console/iam/create-user', 'Create user | IAM | rootkey-lab', 'ユーザーを作成 | IAM | rootkey-lab'],
  ['console/iam/users/bob', 'bob | IAM | rootkey-lab', 'bob | IAM | rootkey-lab'],
  ['console/root-tasks', 'Tasks that require root user credentials | IAM | rootkey-lab', 'ルートユーザー認証情報が必要なタスク | IAM | rootkey-lab'],
  ['console/cloudshell', 'CloudShell | rootkey-lab', 'CloudShell | rootkey-lab'],
];

test('every page names the tab, in English and Japanese', async ({ page, signUp, signIn, secrets }) => {
  test.setTimeout(60_000);
  for (const [path, en, ja] of signedOut) {
    await page.goto(`./${path}`);
    await chooseLanguage(page, 'en');
    await expect(page).toHaveTitle(en);
    await chooseLanguage(page, 'ja');
    await expect(page).toHaveTitle(ja);
  }
  await chooseLanguage(page, 'en');
  const { newLearner } = await import('./fixtures/lab');
  const l = newLearner();
  secrets.push(l.password, 'Bob-Pass-123!');
  await signUp.createAccount(l);
  await signIn.signInAsRoot(l.email, l.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  const iam = new IamPage(page);
  await iam.open();
  await iam.createUser({ name: 'bob', password: 'Bob-Pass-123!' });
  for (const [path, en, ja] of signedIn) {
    await page.goto(`./${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await chooseLanguage(page, 'en');
    await expect(page).toHaveTitle(en);
    await chooseLanguage(page, 'ja');
    await expect(page).toHaveTitle(ja);
  }
});
