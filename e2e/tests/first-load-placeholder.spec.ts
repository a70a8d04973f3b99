// Issues #17/#18: index.html says the app is loading until it mounts (and what
// to do without JavaScript, in a <noscript> that Chromium under Playwright does
// not render with scripts off, so its text is checked in the file); the host
// sends the files compressed.
import { test, expect } from './fixtures/lab';

test('index.html holds a loading placeholder and a noscript note; the placeholder goes once the app mounts', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain('Loading rootkey-lab...');
  expect(html).toContain('rootkey-lab を読み込んでいます...');
  expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
  await page.goto('./signin');
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  await expect(page.getByText('Loading rootkey-lab...')).toHaveCount(0);
});

test('the host sends brotli or gzip with Content-Encoding when the client accepts it', async ({ request }) => {
  const html = await request.get('./', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(html.headers()['content-encoding']).toBe('br');
  expect(html.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const start = await (await request.get('./start.js', { headers: { 'accept-encoding': 'identity' } })).text();
  const main = start.match(/pkg\/[0-9a-f]+\/rootkey-lab_bg\.wasm/)![0];
  const gz = await request.get(`./${main}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(gz.headers()['content-type']).toBe('application/wasm');
  const plain = await request.get(`./${main}`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(Number(gz.headers()['content-length'])).toBeLessThan(Number(plain.headers()['content-length']) / 2);
  const missing = await request.get('./no/such/page', { headers: { 'accept-encoding': 'br' } });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<html');
});
