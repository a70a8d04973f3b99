// The e2e static host (serve.mjs), as a training site's host would behave: a
// malformed URL is the client's error (400), and the host keeps serving.
import { expect, test } from './fixtures/lab';

test('a malformed URL is answered 400 and the server keeps serving', async ({ request }) => {
  const bad = await request.get('/lab/%zz');
  expect(bad.status()).toBe(400);
  const again = await request.get('/lab/%E0%A4%A');
  expect(again.status()).toBe(400);
  const ok = await request.get('/lab/');
  expect(ok.status()).toBe(200);
  expect(await ok.text()).toContain('<html');
});
