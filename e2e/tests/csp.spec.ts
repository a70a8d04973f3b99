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
