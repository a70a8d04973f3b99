import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

test('the app runs under the strict Content Security Policy without a violation', async ({ page, signedInRoot, credentials, secrets }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto('./console');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await credentials.open();
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await credentials.createButton().click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'Download Key File' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rootkey.csv');
  await page.getByRole('dialog').getByRole('button', { name: 'Show Access Key' }).click();
  secrets.push((await page.locator('.key-reveal dd').nth(1).textContent())!);
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('link', { name: 'CloudShell' }).click();
  await new CloudShellPage(page).run('aws sts get-caller-identity');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  expect(violations).toEqual([]);
  void signedInRoot;
});

test('the page carries the policy itself, for a static host that sends no header', async ({ page }) => {
  // Serve every response without the header, as GitHub Pages or S3 would.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const blocked: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { blocked: string[] }).blocked ??= [];
      (window as unknown as { blocked: string[] }).blocked.push(e.violatedDirective);
    });
  });
  const response = await page.goto('./signin');
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute(
    'content',
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'",
  );
  // An injected inline script is refused by the page's own policy.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { blocked?: string[] }).blocked ?? []))
    .toContain('script-src-elem');
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  // The lab engine and the guided panel load after the first paint, under the
  // same policy: the panel shows once they have.
  await expect(page.getByRole('button', { name: /^Guided tasks/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { blocked?: string[] }).blocked)).toEqual(['script-src-elem']);
  await page.unrouteAll({ behavior: 'wait' });
});
