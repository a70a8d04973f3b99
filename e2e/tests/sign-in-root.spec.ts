import { test, expect, newLearner } from './fixtures/lab';

test('root user: email, Next, password, Sign in opens the console', async ({ page, signUp, signIn, console, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  await signUp.createAccount(l);
  await signIn.open();
  await page.getByRole('radio', { name: 'Root user' }).check();
  await page.getByLabel('Root user email address').fill(l.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(l.email)).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(l.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await expect(console.accountButton(l.accountName)).toBeVisible();
});

test('a wrong password or an unknown email gets one message that says neither', async ({ page, signUp, signIn, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  await signUp.createAccount(l);
  const message = 'Your authentication information is incorrect. Please try again.';
  await signIn.signInAsRoot(l.email, 'Wrong-Pass-1');
  await expect(signIn.alert()).toHaveText(message);
  await signIn.signInAsRoot(`nobody-${l.email}`, l.password);
  await expect(signIn.alert()).toHaveText(message);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeHidden();
});

test('an invalid email is refused at Next', async ({ page, signIn }) => {
  await signIn.open();
  await page.getByLabel('Root user email address').fill('learner');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(signIn.alert()).toHaveText('Enter a valid email address.');
  await expect(page.getByLabel('Password', { exact: true })).toBeHidden();
});
