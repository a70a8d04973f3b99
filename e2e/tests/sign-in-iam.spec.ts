import { test, expect, newLearner } from './fixtures/lab';

test('IAM user + Next opens the three-box page with the account filled in', async ({ page, signIn }) => {
  await signIn.open();
  await signIn.chooseIamUser('123456789012');
  await expect(page.getByLabel('Account ID (12 digits) or account alias')).toHaveValue('123456789012');
  await expect(page.getByLabel('IAM user name')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in using root user email' })).toBeVisible();
});

test('the browser remembers the three-box page until the root link is chosen', async ({ page, signIn }) => {
  await signIn.open();
  await signIn.chooseIamUser('123456789012');
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();
  await expect(page.getByLabel('Account ID (12 digits) or account alias')).toHaveValue('123456789012');
  await page.goto('./signin');
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();

  await page.getByRole('link', { name: 'Sign in using root user email' }).click();
  await expect(signIn.heading()).toBeVisible();
  await page.reload();
  await expect(signIn.heading()).toBeVisible();
  await page.goto('./');
  await expect(signIn.heading()).toBeVisible();
});

test('a root email typed as the IAM user name points to the root link', async ({ page, signUp, signIn, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  const id = await signUp.createAccount(l);
  await signIn.open();
  await signIn.chooseIamUser(id);
  await signIn.signInAsIamUser(id, l.email, l.password);
  await expect(signIn.alert()).toContainText('Sign in using root user email');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeHidden();
});

test('an unknown IAM user gets the generic message', async ({ page, signUp, signIn, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  const id = await signUp.createAccount(l);
  await signIn.open();
  await signIn.chooseIamUser(id);
  await signIn.signInAsIamUser(id, 'admin', 'Some-Pass-1');
  await expect(signIn.alert()).toHaveText('Your authentication information is incorrect. Please try again.');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
});
