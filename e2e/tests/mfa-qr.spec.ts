import jsQR from 'jsqr';
import { test, expect } from './fixtures/lab';
import { MfaSection } from './fixtures/mfa';

/** The QR symbol as a phone camera would get it: the SVG's dark rectangles
 * (`M x,y h run v1 h-run z`, in module units) painted black on white, `scale`
 * pixels a module, then read by a real QR decoder. */
function decodeSvgQr(svg: string, scale = 4): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const d = / d="([^"]+)"/.exec(svg)![1];
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const m of d.matchAll(/M(\d+),(\d+)h(\d+)v1h-\3z/g)) {
    const [x0, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let x = x0; x < x0 + run; x++)
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = ((y * scale + dy) * px + x * scale + dx) * 4;
          rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
        }
  }
  return jsQR(rgba, px, px)?.data ?? null;
}

test('the QR code holds the very secret that Show secret key shows, for this device and account', async ({ page, signedInRoot, credentials, secrets }) => {
  await credentials.open();
  await credentials.continuePastWarning();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('qr-phone', 'Authenticator app');
  const d = mfa.dialog();
  await d.getByRole('button', { name: 'Show secret key' }).click();
  const secretKey = (await d.locator('.secret-key').textContent())!.replace(/\s/g, '');
  expect(secretKey).toMatch(/^[A-Z2-7]{64}$/);
  secrets.push(secretKey);
  await d.getByRole('button', { name: 'Show QR code' }).click();
  const qr = d.getByRole('img', { name: 'QR code for the authenticator app' });
  await expect(qr.locator('svg path')).toBeVisible();
  const text = decodeSvgQr(await qr.innerHTML());
  expect(text, 'the QR code decodes').not.toBeNull();
  const uri = new URL(text!);
  const account = signedInRoot.accountId.replaceAll('-', '');
  expect(uri.protocol).toBe('otpauth:');
  expect(uri.host).toBe('totp');
  expect(decodeURIComponent(uri.pathname)).toBe(`/Amazon Web Services:qr-phone@${account}`);
  expect(uri.searchParams.get('secret')).toBe(secretKey);
  expect(uri.searchParams.get('issuer')).toBe('Amazon Web Services');
});
