import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

// The README's English pictures, taken from the built app on every run so they
// never go stale (the Japanese ones come from japanese.spec.ts).
const shot = (name: string) => ({ path: `../docs/screenshots/en-${name}.png` });

test('a tour of the main pages in English', async ({ page, signIn, signedInRoot, credentials, secrets }) => {
  await page.setViewportSize({ width: 1100, height: 700 });
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.screenshot(shot('console-home'));
  await credentials.open();
  await expect(credentials.warning()).toBeVisible();
  await page.screenshot(shot('root-warning'));
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await credentials.createButton().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Show Access Key' }).click();
  secrets.push((await page.locator('.key-reveal dd').nth(1).textContent())!);
  await page.screenshot(shot('create-access-key'));
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await page.screenshot(shot('security-credentials'));
  await page.getByRole('link', { name: 'CloudShell' }).click();
  const shell = new CloudShellPage(page);
  await shell.run('aws sts get-caller-identity');
  await shell.run('aws iam list-access-keys');
  await page.screenshot(shot('cloudshell'));
  void signIn;
  void signedInRoot;
});
