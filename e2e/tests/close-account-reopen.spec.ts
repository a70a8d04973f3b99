import { test, expect } from './fixtures/lab';
import { ClosedAccount, DAY } from './fixtures/closed-account';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { expectLabNote } from './fixtures/lab-note';

// AWS Account Management Reference Guide, "Close an AWS account": reopenable
// within 90 days of closing (the post-closure period); the email of a closed
// account cannot be used for another AWS account.

test('a closed account can be reopened from the sign-in page within 90 days, and its email cannot sign up meanwhile', async ({ page, signedInRoot, signUp, console }) => {
  const { learner, accountId } = signedInRoot;
  const t0 = Date.now();
  await page.clock.setFixedTime(t0);
  const closed = new ClosedAccount(page);
  await closed.close(accountId);

  await signUp.open();
  await signUp.fill(learner);
  await expect(page.getByLabel('Root user email address')).toHaveAccessibleDescription(/belongs to a closed AWS account/);
  await expect(page.locator('.account-id')).toHaveCount(0);

  await page.clock.setFixedTime(t0 + 89 * DAY);
  await closed.signInAsRoot(learner.email, 'Wrong-Pass-1!');
  await expect(page.getByRole('alert')).toContainText('incorrect');
  await expect(closed.offer()).toHaveCount(0);
  await closed.signInAsRoot(learner.email, learner.password);
  await expect(closed.offer()).toBeVisible();
  await expect(closed.offer()).toContainText('within 90 days');
  await expectLabNote(closed.offer(), 'opening a case with AWS Support');
  await expectNoViolations(page, 'sign-in page offering to reopen');
  await closed.reopenButton().click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await expect(console.accountButton(learner.accountName)).toBeVisible();
});

test('after 90 days the closed account is gone: no reopening, and its email signs up anew', async ({ page, signedInRoot, signUp }) => {
  const { learner, accountId } = signedInRoot;
  const t0 = Date.now();
  await page.clock.setFixedTime(t0);
  const closed = new ClosedAccount(page);
  await closed.close(accountId);
  await page.clock.setFixedTime(t0 + 90 * DAY + 1000);
  await closed.signInAsRoot(learner.email, learner.password);
  await expect(page.getByRole('alert')).toContainText('incorrect');
  await expect(closed.offer()).toHaveCount(0);
  const again = await signUp.createAccount(learner);
  expect(again).not.toBe(accountId);
});

test('in Japanese the reopen offer and the sign-up refusal are Japanese and pass axe', async ({ page, signedInRoot }) => {
  const { learner, accountId } = signedInRoot;
  const closed = new ClosedAccount(page);
  await closed.close(accountId);
  await chooseLanguage(page, 'ja');
  await page.getByRole('radio', { name: 'ルートユーザー' }).check();
  await page.getByLabel('ルートユーザーの E メールアドレス').fill(learner.email);
  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByLabel('パスワード', { exact: true }).fill(learner.password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  await expect(page.getByRole('region', { name: 'この AWS アカウントは閉鎖されています' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'アカウントを再開' })).toBeVisible();
  await expectNoViolations(page, 'reopen offer in Japanese');
  await page.goto('./signup');
  await page.getByLabel('ルートユーザーの E メールアドレス').fill(learner.email);
  await page.getByLabel('AWS アカウント名').fill(learner.accountName);
  await page.getByLabel('ルートユーザーのパスワード', { exact: true }).fill(learner.password);
  await page.getByLabel('ルートユーザーのパスワードを確認').fill(learner.password);
  await page.getByRole('button', { name: 'アカウントを作成' }).click();
  await expect(page.getByLabel('ルートユーザーの E メールアドレス')).toHaveAccessibleDescription(/閉鎖された AWS アカウント/);
  await expectNoViolations(page, 'sign-up refusing a closed account email, in Japanese');
});
