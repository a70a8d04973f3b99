import { test, expect } from './fixtures/lab';
import { TrainingPanel, TASKS } from './fixtures/training-panel';

// The panel lists the tasks as the seed does: the account, root MFA and a sign-in
// with it, then the keys, the password and the admin user.
test('the guided tasks are listed in the seed\'s order, the next step with its how-to in the bar', async ({ page }) => {
  await page.goto('./signin?scenario=fresh');
  const panel = new TrainingPanel(page);
  await panel.expectCount(0);
  expect(await panel.titles()).toEqual([...TASKS]);
  await expect(panel.next()).toContainText('Next step: Create an AWS account');
  await expect(panel.next()).toContainText('How: Sign up with a root user email address, an account name and a password.');
  await panel.expand();
  await expect(panel.drawer().getByRole('heading', { name: 'Secure the root user' })).toBeVisible();
});
