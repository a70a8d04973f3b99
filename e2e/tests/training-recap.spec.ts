import { writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures/lab';
import { TrainingPanel } from './fixtures/training-panel';

// Every task done: the panel sums up what the account holds now.
test('all tasks done: a recap of root MFA, no root keys, the admin to use from now on', async ({ page, secrets }, testInfo) => {
  secrets.push('Lab-Password-1', 'Admin-Password-1');
  const file = testInfo.outputPath('done.json');
  await writeFile(file, JSON.stringify({
    format: 'rootkey-lab-scenario',
    version: 2,
    name: 'all-done',
    accounts: [{
      email: 'learner@example.com',
      account_name: 'Training',
      password: 'Lab-Password-1',
      mfa_devices: [{ type: 'authenticator-app', name: 'my-phone', secret_key: 'OJXW65DLMV4S23DBMIQHI4TBNFXGS3THEBZWKZLEHIQG433UEBQSA43FMNZGK5BB' }],
      iam_users: [{ name: 'admin', password: 'Admin-Password-1', administrator: true }],
      tasks_done: ['create-account', 'sign-in-as-root', 'open-security-credentials', 'sign-in-with-mfa', 'create-access-key',
        'use-key-in-cloudshell', 'deactivate-key', 'delete-access-key', 'change-root-password', 'sign-in-as-iam-user'],
    }],
  }));
  await page.goto('./lab-data');
  await page.getByLabel('Load scenario file').setInputFiles(file);
  const panel = new TrainingPanel(page);
  // The walk-through's 12 tasks; the audit group follows and does not hold the recap back.
  await panel.expectCount(12);
  const recap = panel.next().getByRole('region', { name: 'What you set up' });
  await expect(recap.getByRole('listitem')).toHaveText([
    'The root user has MFA.',
    'No root access keys remain.',
    'An administrator exists: admin',
  ]);
  await expect(recap).toContainText('From now on, sign in as the administrator for everyday work');
});
