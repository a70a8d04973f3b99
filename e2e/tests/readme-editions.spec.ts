// The README's Console editions examples for training sites, run as written (but
// for the host and the import of `test`: the suite's, so the storage scan covers
// it), so the examples cannot rot.
import { test, expect } from './fixtures/lab';

test('Classic edition: make the prepared key active again', async ({ page }) => {
  await page.goto('./console?scenario=ready-to-delete&console=classic');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.goto('./console/security-credentials');
  await page.getByRole('button', { name: 'Continue to Security Credentials' }).click();
  await page.getByRole('button', { name: 'Access keys (access key ID and secret access key)' }).click();
  await page.getByRole('button', { name: 'Make Active AKIARZPUZDIKGEXAMPLE' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'AKIARZPUZDIKGEXAMPLE' })).toContainText('Active');
});

test('Current console: create a root key, then delete the prepared one from Actions', async ({ page }) => {
  await page.goto('./console?scenario=ready-to-delete&console=current');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.goto('./console/security-credentials');
  await page.getByRole('button', { name: 'Continue to Security Credentials' }).click();
  await page.getByRole('button', { name: 'Create access key' }).click();
  await page.getByRole('checkbox', { name: /not a best practice/ }).check();
  await page.getByRole('button', { name: 'Create access key' }).click();
  await expect(page.getByRole('heading', { name: 'Retrieve access key' })).toBeVisible();
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.getByRole('button', { name: 'Actions AKIARZPUZDIKGEXAMPLE' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete AKIARZPUZDIKGEXAMPLE' });
  await dialog.getByRole('textbox').fill('AKIARZPUZDIKGEXAMPLE');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'AKIARZPUZDIKGEXAMPLE' })).toHaveCount(0);
});
