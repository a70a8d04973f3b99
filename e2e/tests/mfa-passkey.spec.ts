import { test, expect } from './fixtures/lab';
import { MfaSection } from './fixtures/mfa';

// Chromium's virtual authenticator (DevTools protocol) stands in for a security
// key; WebAuthn needs a name, not an IP, so the suite runs on localhost.
test('assign a passkey, then sign in with it; without it the sign-in waits', async ({ page, signedInRoot, credentials, console, signIn }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'usb',
      hasResidentKey: false,
      hasUserVerification: false,
      automaticPresenceSimulation: true,
    },
  });
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('yubikey', 'Passkey or security key');
  await mfa.dialog().getByRole('button', { name: 'Add MFA' }).click();
  await expect(mfa.dialog()).toBeHidden();
  await expect(mfa.row('yubikey')).toContainText('Passkey or security key');
  const { credentials: stored } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(stored).toHaveLength(1);
  const lab = await page.evaluate(() => localStorage.getItem('rootkey-lab')!);
  expect(lab).not.toContain(stored[0].privateKey);

  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
  // A password alone is not enough: no code box (no TOTP device), and no session.
  await expect(page.getByLabel('MFA code', { exact: true })).toHaveCount(0);
  await expect(page.locator('.account-button')).toHaveCount(0);

  // Another security key, one never assigned, is refused.
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  const other = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
  });
  await page.getByRole('button', { name: 'Use passkey or security key' }).click();
  await expect(page.getByRole('alert')).toContainText('The browser did not complete the passkey request:');
  await expect(page.locator('.account-button')).toHaveCount(0);

  // The assigned key, plugged in again, signs in.
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: other.authenticatorId });
  const again = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
  });
  await cdp.send('WebAuthn.addCredential', { authenticatorId: again.authenticatorId, credential: stored[0] });
  await page.getByRole('button', { name: 'Use passkey or security key' }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});
