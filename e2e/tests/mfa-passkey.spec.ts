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

test('an assertion whose signature was tampered with is refused; the untouched one signs in', async ({ page, signedInRoot, credentials, console, signIn }) => {
  // Between the authenticator and the app, flip the last byte of the ECDSA
  // signature while the page asks for it: still well-formed DER, wrong signature.
  await page.addInitScript(() => {
    const creds = navigator.credentials;
    const get = creds.get.bind(creds);
    creds.get = async (options) => {
      const credential = (await get(options)) as PublicKeyCredential;
      if ((window as unknown as { forgeSignature?: boolean }).forgeSignature) {
        const response = credential.response as AuthenticatorAssertionResponse;
        const signature = new Uint8Array(response.signature.slice(0));
        signature[signature.length - 1] ^= 0x01;
        Object.defineProperty(response, 'signature', { value: signature.buffer });
      }
      return credential;
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
  });
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('yubikey', 'Passkey or security key');
  await mfa.dialog().getByRole('button', { name: 'Add MFA' }).click();
  await expect(mfa.row('yubikey')).toContainText('Passkey or security key');

  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { forgeSignature?: boolean }).forgeSignature = true));
  await page.getByRole('button', { name: 'Use passkey or security key' }).click();
  await expect(page.getByRole('alert')).toHaveText('The passkey or security key could not be verified. Try again.');
  await expect(page.locator('.account-button')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toHaveCount(0);

  // The same key, its signature left alone, is let in: only the signature was wrong.
  await page.evaluate(() => ((window as unknown as { forgeSignature?: boolean }).forgeSignature = false));
  await page.getByRole('button', { name: 'Use passkey or security key' }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});
