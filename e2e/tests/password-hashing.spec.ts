import { test, expect, newLearner } from './fixtures/lab';
import { SignInPage } from './fixtures/sign-in-page';
import { SignUpPage } from './fixtures/sign-up-page';
import { ConsolePage } from './fixtures/console-page';

// A browser without `crypto.subtle` (plain HTTP on a host that is not localhost)
// hashes in Rust; every other browser hashes with WebCrypto. A learner may meet
// both, so each must accept what the other stored.
const withoutWebCrypto = () => Object.defineProperty(window.crypto, 'subtle', { get: () => undefined });

test('passwords are stored as 600,000-round PBKDF2 and both hashing paths agree', async ({ context, secrets, page }) => {
  const learner = newLearner();
  secrets.push(learner.password);
  const rustOnly = await context.newPage();
  await rustOnly.addInitScript(withoutWebCrypto);
  await rustOnly.goto('./signin');
  expect(await rustOnly.evaluate(() => window.crypto.subtle)).toBeUndefined();
  await new SignUpPage(rustOnly).createAccount(learner);
  const stored = await rustOnly.evaluate(() => JSON.parse(localStorage.getItem('rootkey-lab')!));
  expect(stored.data.accounts[0].root.password).toMatch(/^pbkdf2-sha256\$600000\$[0-9a-f]{32}\$[0-9a-f]{64}$/);

  // Hashed in Rust, checked by WebCrypto.
  await new SignInPage(page).signInAsRoot(learner.email, learner.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();

  // Hashed by WebCrypto, checked in Rust.
  const changed = `${learner.password}-2`;
  secrets.push(changed);
  await page.goto('./console/account');
  await page.getByLabel('Current password').fill(learner.password);
  await page.getByLabel('New password', { exact: true }).fill(changed);
  await page.getByLabel('Confirm new password').fill(changed);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed.').first()).toBeVisible();
  await new ConsolePage(page).choose(learner.accountName, 'Sign out');

  await new SignInPage(rustOnly).signInAsRoot(learner.email, learner.password);
  await expect(rustOnly.getByRole('alert')).toHaveText('Your authentication information is incorrect. Please try again.');
  await new SignInPage(rustOnly).signInAsRoot(learner.email, changed);
  await expect(rustOnly.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});

test('the form says it is working while the password is checked, and takes one click', async ({ page, signUp, signIn, secrets }) => {
  const learner = newLearner();
  secrets.push(learner.password);
  await signUp.createAccount(learner);
  await signIn.open();
  await page.getByRole('radio', { name: 'Root user' }).check();
  await page.getByLabel('Root user email address').fill(learner.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(learner.password);
  // Slow WebCrypto down so the busy state can be seen.
  await page.evaluate(() => {
    const subtle = window.crypto.subtle;
    const derive = subtle.deriveBits.bind(subtle);
    (subtle as any).deriveBits = (...args: Parameters<SubtleCrypto['deriveBits']>) =>
      new Promise((r) => setTimeout(r, 800)).then(() => derive(...args));
  });
  const submit = page.getByRole('button', { name: 'Sign in', exact: true });
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Checking the password securely' })).toBeVisible();
  await expect(submit).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});
