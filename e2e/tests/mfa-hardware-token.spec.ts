import { test, expect } from './fixtures/lab';
import { MfaSection, answerMfa } from './fixtures/mfa';
import { midStep } from './fixtures/totp';

test('enrol the lab hardware token from its display, then sign in with the code it shows', async ({ page, signedInRoot, credentials, console, signIn }) => {
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('lab-fob', 'Hardware TOTP token');

  const d = mfa.dialog();
  const token = d.getByRole('region', { name: 'Your lab hardware TOTP token' });
  const serial = (await token.locator('.token-serial').textContent())!;
  expect(serial).toMatch(/^GAHT\d{8}$/);
  const display = token.locator('.token-code');
  await expect(display).toHaveText(/^\d{6}$/);
  const code1 = (await display.textContent())!;
  await page.clock.setFixedTime(t0 + 30_000);
  await expect(display).not.toHaveText(code1);
  const code2 = (await display.textContent())!;
  await mfa.enterCodes(code1, code2, signedInRoot.learner.password);
  await expect(d).toBeHidden();
  await expect(mfa.row('lab-fob')).toContainText('Hardware TOTP token');
  await expect(mfa.row('lab-fob')).toContainText(serial);

  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
  // One step after code 2's: still inside the accepted window, so only the
  // replay check can refuse it.
  await page.clock.setFixedTime(t0 + 60_000);
  const shown = page.getByRole('region', { name: 'Your lab hardware TOTP token' });
  await expect(shown).toContainText(serial);
  await answerMfa(page, code2);
  await expect(page.getByRole('alert')).toHaveText('This code has already been used to sign in. Wait for the next code.');
  await expect(page.locator('.account-button')).toHaveCount(0);
  const current = shown.locator('.token-code');
  await expect(current).not.toHaveText(code2);
  await answerMfa(page, (await current.textContent())!);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});
