import { test, expect } from './fixtures/lab';
import { IamPage } from './fixtures/iam-page';
import { chooseLanguage } from './fixtures/axe';

test('a saved alias replaces the account ID in the sign-in URL, and stays', async ({ page, signedInRoot }) => {
  const iam = new IamPage(page);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await iam.open();
  await expect(iam.signInUrl()).toHaveText(`https://${acct}.signin.aws.amazon.com/console`);
  await iam.saveAlias('my-training');
  await expect(page.getByRole('main').getByText('The account alias was saved.')).toBeVisible();
  await expect(iam.signInUrl()).toHaveText('https://my-training.signin.aws.amazon.com/console');
  await page.reload();
  await expect(iam.aliasBox()).toHaveValue('my-training');
  await expect(iam.signInUrl()).toHaveText('https://my-training.signin.aws.amazon.com/console');
});

test('a bad alias is refused beside the box with the rule it breaks, and the box keeps it', async ({ page, signedInRoot }) => {
  const iam = new IamPage(page);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await iam.open();
  for (const [alias, rule] of [
    ['My-Training', 'The account alias can contain only lowercase letters, digits and hyphens.'],
    ['ab', 'The account alias must be 3 to 63 characters.'],
    ['-training', 'The account alias cannot start or end with a hyphen.'],
    ['my--training', 'The account alias cannot contain two hyphens in a row.'],
    ['123456789012', 'The account alias cannot be a 12-digit number'],
  ]) {
    await iam.saveAlias(alias);
    await expect(iam.aliasBox(), alias).toHaveAccessibleDescription(new RegExp(rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(iam.aliasBox()).toHaveAttribute('aria-invalid', 'true');
    await expect(iam.aliasBox()).toHaveValue(alias);
    await expect(iam.signInUrl()).toHaveText(`https://${acct}.signin.aws.amazon.com/console`);
  }
});

test('an alias another account in this browser uses is refused', async ({ page, signedInRoot, signUp, signIn, console, secrets }) => {
  const iam = new IamPage(page);
  await iam.open();
  await iam.saveAlias('shared-name');
  await expect(iam.signInUrl()).toContainText('shared-name');
  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  const other = { email: `other-${Date.now()}@example.com`, accountName: 'Other', password: 'Other-Pass-1!' };
  secrets.push(other.password);
  await signUp.createAccount(other);
  await signIn.signInAsRoot(other.email, other.password);
  await iam.open();
  await iam.saveAlias('shared-name');
  await expect(iam.aliasBox()).toHaveAccessibleDescription(/already used by another AWS account in this browser/);
  await expect(iam.signInUrl()).not.toContainText('shared-name');
});

test('Delete alias goes back to the account ID', async ({ page, signedInRoot }) => {
  const iam = new IamPage(page);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await iam.open();
  await expect(page.getByRole('button', { name: 'Delete alias' })).toBeHidden();
  await iam.saveAlias('to-be-deleted');
  await page.getByRole('button', { name: 'Delete alias' }).click();
  await expect(page.getByRole('main').getByText('The account alias was deleted.')).toBeVisible();
  await expect(iam.aliasBox()).toHaveValue('');
  await expect(iam.signInUrl()).toHaveText(`https://${acct}.signin.aws.amazon.com/console`);
  await expect(page.getByRole('button', { name: 'Delete alias' })).toBeHidden();
});

test('in Japanese, the alias names and the refusal are Japanese', async ({ page, signedInRoot: _ }) => {
  await page.goto('./console/iam');
  await chooseLanguage(page, 'ja');
  await page.getByLabel('アカウントエイリアス').fill('My-Training');
  await page.getByRole('button', { name: 'エイリアスを保存' }).click();
  await expect(page.getByLabel('アカウントエイリアス')).toHaveAccessibleDescription(/小文字、数字、ハイフンのみ使用できます/);
});
