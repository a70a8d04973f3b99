import { test, expect } from './fixtures/lab';
import { TrainingPanel } from './fixtures/training-panel';

// A task that did not tick says why, when the lab can tell.
test('a task not ticked says why: the key limit, and a user created without Administrators', async ({ page, signIn, secrets }) => {
  secrets.push('Lab-Password-1');
  await page.goto('./signin?scenario=two-keys');
  await expect(page.locator('.scenario-notice')).toContainText('Scenario loaded: two-keys.');
  await signIn.signInAsRoot('learner@example.com', 'Lab-Password-1');
  const panel = new TrainingPanel(page);
  await panel.expand();
  await expect(panel.task('Create a root access key and save its secret')).toContainText(
    'Not ticked yet: The root user already has two access keys (inactive ones count).',
  );
  await panel.close();

  await page.getByRole('link', { name: 'IAM', exact: true }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByLabel('User name').fill('dev');
  await page.getByRole('button', { name: 'Create user' }).last().click();
  await panel.expand();
  await expect(panel.task('Create the first IAM admin user')).toContainText(
    'Not ticked yet: User dev was created without the Administrators group (AdministratorAccess).',
  );
});
