// Issue #17: the sign-in page works on the main module alone (the lab engine
// loads after it is painted); the CloudShell module is fetched when the learner first opens CloudShell, and works.
import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

const wasmFetched = (urls: string[]) => urls.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop()!);

test('the sign-in page is usable on the main module alone; the lab engine follows it', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  // Every other module waits until released: the first step must work without them.
  const held: (() => Promise<void>)[] = [];
  let holding = true;
  await page.route('**/*.wasm', async (route) => {
    if (!holding || route.request().url().endsWith('/rootkey-lab_bg.wasm')) return route.continue();
    held.push(() => route.continue());
  });
  await page.goto('./signin');
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  await page.getByLabel('Root user email address').fill('learner@example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  expect(wasmFetched(urls)[0]).toBe('rootkey-lab_bg.wasm');
  // Once painted, the page asked for the lab engine; released, it loads, and
  // the guided panel (drawn from the whole lab) shows.
  await expect.poll(() => wasmFetched(urls)).toContain('split_lab_engine.wasm');
  await expect(page.getByRole('button', { name: /^Guided tasks/ })).toBeHidden();
  // Sign in pressed before the modules that check a password are here: the
  // button waits and says so, and the click is answered once they arrive.
  await page.getByLabel('Password', { exact: true }).fill('Not-The-Password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'Checking the password securely' })).toBeVisible();
  holding = false;
  for (const release of held.splice(0)) await release();
  await expect(page.getByRole('button', { name: /^Guided tasks/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Your authentication information is incorrect. Please try again.');
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
