import { test, expect, newLearner } from './fixtures/lab';

test('the sign-in page links to sign-up, and sign-up shows the new account ID', async ({ page, signIn, secrets }) => {
  const learner = newLearner();
  secrets.push(learner.password);
  await signIn.open();
  await page.getByRole('link', { name: 'Create a new AWS account' }).click();
  await expect(page.getByRole('heading', { name: 'Sign up for AWS' })).toBeVisible();
  await page.getByLabel('Root user email address').fill(learner.email);
  await page.getByLabel('AWS account name').fill(learner.accountName);
  await page.getByLabel('Root user password', { exact: true }).fill(learner.password);
  await page.getByLabel('Confirm root user password').fill(learner.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Your AWS account is ready.')).toBeVisible();
  await expect(page.locator('.account-id')).toHaveText(/^\d{4}-\d{4}-\d{4}$/);
  await page.getByRole('link', { name: 'Sign in to the Console' }).click();
  await expect(signIn.heading()).toBeVisible();
});

test('each broken rule is named beside its field and nothing is created', async ({ page, signUp, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  await signUp.open();
  await signUp.fill({ email: 'not-an-email', accountName: '', password: 'short' }, 'other');
  await expect(page.getByLabel('Root user email address')).toHaveAccessibleDescription(/Enter a valid email address/);
  await expect(page.getByLabel('AWS account name')).toHaveAccessibleDescription(/1 to 50 characters/);
  const pw = page.getByLabel('Root user password', { exact: true });
  await expect(pw).toHaveAccessibleDescription(/must be 8 to 128 characters/);
  await expect(pw).toHaveAccessibleDescription(/at least three of/);
  const confirm = page.getByLabel('Confirm root user password');
  await expect(confirm).toHaveAccessibleDescription(/do not match/);
  await expect(page.getByText('Your AWS account is ready.')).toBeHidden();
  // Everything right but the confirmation, under a real address: refused too
  // (the email's message going shows this attempt was judged)...
  await signUp.fill(l, `${l.password}-typo`);
  await expect(page.getByLabel('Root user email address')).not.toHaveAccessibleDescription(/Enter a valid email address/);
  await expect(confirm).toHaveAccessibleDescription(/do not match/);
  await expect(page.getByText('Your AWS account is ready.')).toBeHidden();
  // ...and nothing was created under that address: it is still free.
  await signUp.fill(l);
  await expect(page.getByText('Your AWS account is ready.')).toBeVisible();
});

test('a password equal to the email or the account name is refused', async ({ page, signUp }) => {
  const sameAs = /must not be the same as your email address or account name/;
  const pw = page.getByLabel('Root user password', { exact: true });
  const l = newLearner();
  await signUp.open();
  // The account name (a valid password on its own: upper, lower, digits).
  await signUp.fill({ ...l, password: l.accountName + 'X1', accountName: l.accountName + 'X1' });
  await expect(pw).toHaveAccessibleDescription(sameAs);
  // The email address (lower case, digits and symbols), in another case; on a
  // fresh form, so no message is left from the first attempt.
  const m = newLearner();
  await signUp.open();
  await signUp.fill({ ...m, password: m.email.toUpperCase() });
  await expect(pw).toHaveAccessibleDescription(sameAs);
  await expect(page.getByText('Your AWS account is ready.')).toBeHidden();
  // Neither rule is hit by an unrelated strong password: the message goes.
  await signUp.fill(m, 'Other-Pass-9x');
  await expect(pw).not.toHaveAccessibleDescription(sameAs);
});

test('an email already used in this browser is refused, whatever its case', async ({ page, signUp, secrets }) => {
  const l = newLearner();
  secrets.push(l.password);
  await signUp.createAccount(l);
  await signUp.open();
  await signUp.fill({ ...newLearner(), email: l.email.toUpperCase() });
  await expect(page.getByLabel('Root user email address')).toHaveAccessibleDescription(/already uses this email/);
});

test('several accounts live in one browser, each with its own ID, each signing in to itself', async ({ page, signUp, signIn, console, secrets }) => {
  const a = newLearner();
  const b = newLearner();
  secrets.push(a.password, b.password);
  const idA = await signUp.createAccount(a);
  const idB = await signUp.createAccount(b);
  expect(idA).not.toBe(idB);
  for (const [l, id] of [[a, idA], [b, idB]] as const) {
    await signIn.signInAsRoot(l.email, l.password);
    await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
    const details = page.getByRole('main').locator('.details');
    await expect(details).toContainText(id);
    await expect(details).toContainText(l.email);
    await console.choose(l.accountName, 'Sign out');
  }
});
