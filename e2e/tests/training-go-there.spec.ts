import { test, expect } from './fixtures/lab';
import { TrainingPanel } from './fixtures/training-panel';
import { SecurityCredentialsPage } from './fixtures/security-credentials-page';

// "Go there" lands on the page with the task's section opened and highlighted;
// for a menu skill it points at the account menu instead of skipping it.
test('Go there points at the account menu for a menu skill, and opens the right section of a page', async ({ page, signedInRoot, console }) => {
  const { learner } = signedInRoot;
  const panel = new TrainingPanel(page);
  await expect(panel.next()).toContainText('Next step: Open Security credentials through the warning');
  const here = page.url();
  await panel.next().getByRole('button', { name: 'Show me where' }).click();
  // Not skipped: the page stays, the account menu button is pointed at.
  expect(page.url()).toBe(here);
  await expect(panel.next()).toContainText('Open the account menu (your account name at the top right), then choose Security credentials');
  await expect(console.accountButton(learner.accountName)).toHaveClass(/guide-point/);
  await console.openMenu(learner.accountName);
  await expect(page.getByRole('menuitem', { name: 'Security credentials' })).toHaveClass(/guide-point/);
  await page.getByRole('menuitem', { name: 'Security credentials' }).click();
  const credentials = new SecurityCredentialsPage(page);
  await credentials.continuePastWarning();

  // MFA is next: its section opens.
  await expect(panel.next()).toContainText('Next step: Enable MFA for the root user');
  await panel.next().getByRole('link', { name: /^Go there/ }).click();
  await expect(page).toHaveURL(/\/console\/security-credentials\?section=mfa$/);
  const mfa = page.getByRole('button', { name: 'Multi-factor authentication (MFA)' });
  await expect(mfa).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.disclosure').filter({ has: mfa })).toHaveClass(/guided-section/);

  // From the list, the key task opens the Access keys section of the same page.
  await panel.expand();
  await panel.task('Create a root access key and save its secret').getByRole('link', { name: /^Go there/ }).click();
  await expect(panel.drawer()).toBeHidden();
  await expect(page).toHaveURL(/\?section=access-keys$/);
  await expect(credentials.accessKeysToggle()).toHaveAttribute('aria-expanded', 'true');
  await expect(credentials.createButton()).toBeVisible();
});
