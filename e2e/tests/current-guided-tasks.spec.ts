import { test, expect } from './fixtures/lab';
import { TrainingPanel } from './fixtures/training-panel';
import { CurrentKeys, EN } from './fixtures/current-console';

// The key tasks tick from the lab's state and events, whichever edition's view
// made the change; the panel's "as of" line names the edition shown.
test('guided key tasks tick in the current console edition', async ({ page, signedInRoot: _, secrets }) => {
  const panel = new TrainingPanel(page);
  await page.goto('./console/security-credentials?console=current');
  await page.getByRole('dialog').getByRole('button', { name: EN.continueToCredentials }).click();
  await panel.expectNotDone('Create a root access key and save its secret');
  await panel.expand();
  await expect(page.locator('.as-of')).toHaveText(/^Console edition: Current console\..*as of November 2026\.$/);
  await panel.close();

  const keys = new CurrentKeys(page, EN);
  const { id, secret } = await keys.createRootKey();
  secrets.push(secret);
  await panel.expectDone('Create a root access key and save its secret');

  await keys.choose(id, EN.delete);
  const d = page.getByRole('dialog', { name: EN.deleteTitle(id) });
  await d.getByRole('button', { name: EN.deactivate, exact: true }).click();
  await d.getByRole('textbox').fill(id);
  await d.getByRole('button', { name: EN.delete, exact: true }).click();
  await expect(d).toBeHidden();
  await panel.expectDone('Delete the key');
});

test('the as-of line of the Classic edition claims only the 2023 guide for keys', async ({ page }) => {
  await page.goto('./signin');
  await new TrainingPanel(page).expand();
  await expect(page.locator('.as-of')).toHaveText(/^Console edition: Classic \(AWS documentation flow\)\. .*archived in 2023/);
  await expect(page.locator('.as-of')).not.toContainText('November 2026');
});
