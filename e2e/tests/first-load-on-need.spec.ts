// Issue #17: the sign-in page's first load carries only the main module; the
// CloudShell module is fetched when the learner first opens CloudShell, and works.
import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

const wasmFetched = (urls: string[]) => urls.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop()!);

test('the sign-in page fetches only the main module', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('./signin');
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  expect(wasmFetched(urls)).toEqual(['rootkey-lab_bg.wasm']);
});

test('CloudShell\'s module is fetched when CloudShell opens from the console, and it works', async ({ page, signedInRoot }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  expect(wasmFetched(urls)).not.toContain('split_cloudshell_page.wasm');
  await page.getByRole('link', { name: 'CloudShell' }).click();
  await expect(page.getByRole('heading', { name: 'CloudShell', level: 1 })).toBeVisible();
  expect(wasmFetched(urls)).toContain('split_cloudshell_page.wasm');
  const out = await new CloudShellPage(page).run('aws sts get-caller-identity');
  expect(out).toContain(`"Arn": "arn:aws:iam::${signedInRoot.accountId.replace(/-/g, '')}:root"`);
});
