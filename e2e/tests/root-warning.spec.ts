import { test, expect, newLearner } from './fixtures/lab';

test('opening Security credentials as root shows the warning with its choices', async ({ page, signedInRoot, console, credentials }) => {
  await console.choose(signedInRoot.learner.accountName, 'Security credentials');
  const w = credentials.warning();
  await expect(w).toBeVisible();
  await expect(w.getByRole('checkbox', { name: "Don't show me this message again" })).not.toBeChecked();
  await expect(w.getByRole('button', { name: 'Get Started with IAM Users' })).toBeVisible();
  await w.getByRole('button', { name: 'Continue to Security Credentials' }).click();
  await expect(w).toBeHidden();
  await expect(page.getByText(signedInRoot.accountId)).toBeVisible();
  await expect(page.getByText(signedInRoot.learner.email)).toBeVisible();
  // Not ticked: it comes back next time.
  await page.reload();
  await expect(credentials.warning()).toBeVisible();
});

test("Don't show me this message again is remembered for that account only", async ({ page, signedInRoot, console, credentials, signUp, signIn, secrets }) => {
  await credentials.open();
  await credentials.warning().getByRole('checkbox', { name: "Don't show me this message again" }).check();
  await credentials.warning().getByRole('button', { name: 'Continue to Security Credentials' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Security credentials', level: 1 })).toBeVisible();
  await expect(credentials.warning()).toBeHidden();

  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  const other = newLearner();
  secrets.push(other.password);
  await signUp.createAccount(other);
  await signIn.signInAsRoot(other.email, other.password);
  await credentials.open();
  await expect(credentials.warning()).toBeVisible();
});

test('Get Started with IAM Users leads to IAM', async ({ page, signedInRoot: _, credentials }) => {
  await credentials.open();
  await credentials.warning().getByRole('button', { name: 'Get Started with IAM Users' }).click();
  await expect(page).toHaveURL(/\/lab\/console\/iam$/);
  await expect(page.getByRole('heading', { name: 'Identity and Access Management (IAM)' })).toBeVisible();
});

test('the warning links to the tasks that need the root user', async ({ page, signedInRoot: _, credentials }) => {
  await credentials.open();
  await credentials.warning().getByRole('link', { name: 'Tasks that require root user credentials' }).click();
  await expect(page.getByRole('heading', { name: 'Tasks that require root user credentials' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Close your AWS account.' })).toBeVisible();
});

test('Esc on the warning continues to the page', async ({ page, signedInRoot: _, credentials }) => {
  await credentials.open();
  await expect(credentials.warning()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(credentials.warning()).toBeHidden();
  await expect(credentials.accessKeysToggle()).toBeVisible();
});
