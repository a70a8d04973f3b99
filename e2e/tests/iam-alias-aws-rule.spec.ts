import { test, expect } from './fixtures/lab';
import { IamPage } from './fixtures/iam-page';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { expectLabNote } from './fixtures/lab-note';

// IAM API reference, CreateAccountAlias: 3 to 63 characters matching
// ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$; the sign-in guide adds that an
// alias cannot be a 12-digit number. IAM answers a pattern or length failure
// with its standard ValidationError text, quoted beside the box.
const PATTERN = '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$';
const escape = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test("aliases follow IAM's rule: an all-digit alias is fine unless it is 12 digits", async ({ page, signedInRoot }) => {
  const iam = new IamPage(page);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await iam.open();
  for (const alias of ['1234', '12345678901', '1234567890123', 'examplecorp', 'a-b']) {
    await iam.saveAlias(alias);
    await expect(iam.signInUrl(), alias).toHaveText(`https://${alias}.signin.aws.amazon.com/console`);
    await expect(iam.aliasBox()).toHaveAttribute('aria-invalid', 'false');
  }
  await iam.saveAlias('123456789012');
  await expect(iam.aliasBox()).toHaveAccessibleDescription(/cannot be a 12-digit number/);
  await expect(iam.aliasBox()).toHaveAttribute('aria-invalid', 'true');
  await expect(iam.signInUrl()).toHaveText('https://a-b.signin.aws.amazon.com/console');
  expect(acct).toMatch(/^\d{12}$/);
});

test("a refused alias carries IAM's ValidationError text with the value quoted", async ({ page, signedInRoot: _ }) => {
  const iam = new IamPage(page);
  await iam.open();
  for (const [alias, constraint] of [
    ['My-Lab', `Member must satisfy regular expression pattern: ${PATTERN}`],
    ['my--lab', `Member must satisfy regular expression pattern: ${PATTERN}`],
    ['-lab', `Member must satisfy regular expression pattern: ${PATTERN}`],
    ['ab', 'Member must have length greater than or equal to 3'],
    ['a'.repeat(64), 'Member must have length less than or equal to 63'],
  ]) {
    await iam.saveAlias(alias);
    await expect(iam.aliasBox(), alias).toHaveAccessibleDescription(
      escape(`1 validation error detected: Value '${alias}' at 'accountAlias' failed to satisfy constraint: ${constraint}`),
    );
    await expect(iam.aliasBox()).toHaveValue(alias);
  }
  await expectNoViolations(page, 'IAM page with a refused alias');
  await chooseLanguage(page, 'ja');
  await page.getByLabel('アカウントエイリアス').fill('My-Lab');
  await page.getByRole('button', { name: 'エイリアスを保存' }).click();
  await expect(page.getByLabel('アカウントエイリアス')).toHaveAccessibleDescription(escape("Value 'My-Lab' at 'accountAlias'"));
  await expectNoViolations(page, 'IAM page with a refused alias, in Japanese');
});

test('an alias taken in this browser says, in a Lab note, that the lab checks only this browser', async ({ page, signedInRoot, signUp, signIn, console, secrets }) => {
  const iam = new IamPage(page);
  await iam.open();
  await iam.saveAlias('shared-name-14');
  await expect(iam.signInUrl()).toContainText('shared-name-14');
  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  const other = { email: `other14-${Date.now()}@example.com`, accountName: 'Other', password: 'Other-Pass-1!' };
  secrets.push(other.password);
  await signUp.createAccount(other);
  await signIn.signInAsRoot(other.email, other.password);
  await iam.open();
  await iam.saveAlias('shared-name-14');
  await expect(iam.aliasBox()).toHaveAccessibleDescription(/already used by another AWS account in this browser/);
  await expectLabNote(page, 'the lab can check only the accounts in this browser');
});
