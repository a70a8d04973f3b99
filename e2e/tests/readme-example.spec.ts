// The README's example for training sites, run as written (but for the host and
// the import of `test`: the suite's, so the storage scan covers it), so it cannot rot.
import { test, expect } from './fixtures/lab';

test('a learner creates a root access key', async ({ page }) => {
  await page.goto('./signup');
  await page.getByLabel('Root user email address').fill('learner@example.com');
  await page.getByLabel('AWS account name').fill('Training');
  await page.getByLabel('Root user password', { exact: true }).fill('Lab-Pass-1!');
  await page.getByLabel('Confirm root user password').fill('Lab-Pass-1!');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('link', { name: 'Sign in to the Console' }).click();
  await page.getByLabel('Root user email address').fill('learner@example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill('Lab-Pass-1!');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
  await page.getByRole('menuitem', { name: 'Security credentials' }).click();
  await page.getByRole('button', { name: 'Continue to Security Credentials' }).click();
  await page.getByRole('button', { name: 'Access keys (access key ID and secret access key)' }).click();
  await page.getByRole('button', { name: 'Create New Access Key' }).click();
  await expect(page.getByRole('dialog')).toContainText('This is the only time');
});

test('a learner deletes the key a scenario prepared, and the task is ticked', async ({ page }) => {
  await page.goto('./console?scenario=ready-to-delete');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Training' }).click();
  await page.getByRole('menuitem', { name: 'Security credentials' }).click();
  await page.getByRole('button', { name: 'Continue to Security Credentials' }).click();
  await page.getByRole('button', { name: 'Access keys (access key ID and secret access key)' }).click();
  await page.getByRole('button', { name: 'Delete AKIARZPUZDIKGEXAMPLE' }).click();
  await page.getByLabel('Type the access key ID to confirm').fill('AKIARZPUZDIKGEXAMPLE');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: /^Guided tasks/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Delete the key' })).toContainText('Done');
});
