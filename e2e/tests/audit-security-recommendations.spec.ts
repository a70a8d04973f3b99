import { test, expect } from './fixtures/lab';
import { IamDashboard, addRootMfa, deleteRootKey } from './fixtures/audit';
import { midStep } from './fixtures/totp';

test('Security recommendations turn done once root has MFA and no access keys', async ({ page, signedInRoot, credentials, secrets }) => {
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);

  const iam = new IamDashboard(page);
  await iam.open();
  const mfaTodo = iam.item('Add MFA for root user');
  const keysTodo = iam.item('Deactivate or delete access keys for root user');
  await expect(mfaTodo).toContainText('Action needed');
  await expect(keysTodo).toContainText('Action needed');
  await expect(iam.count('Users')).toHaveText('0');
  await expect(iam.count('User groups')).toHaveText('0');

  // Each links to the fix: Security credentials.
  await mfaTodo.getByRole('link', { name: 'Add MFA' }).click();
  await expect(credentials.warning()).toBeVisible();
  await addRootMfa(page, t0, signedInRoot.learner.password);
  await iam.open();
  await expect(iam.item('Root user has MFA')).toContainText('Done');
  await expect(iam.item('Add MFA for root user')).toHaveCount(0);
  await expect(keysTodo).toContainText('Action needed');

  await keysTodo.getByRole('link', { name: 'Manage access keys' }).click();
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await deleteRootKey(page, key.id);
  await iam.open();
  await expect(iam.item('Root user has no active access keys')).toContainText('Done');
  await expect(iam.recommendations().getByText('Action needed')).toHaveCount(0);
});
