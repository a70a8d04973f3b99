import { test, expect, newLearner } from './fixtures/lab';
import { TrainingPanel, TASKS } from './fixtures/training-panel';
import { CloudShellPage } from './fixtures/cloudshell-page';
import { MfaSection, answerMfa } from './fixtures/mfa';
import { base32Decode, midStep, totp } from './fixtures/totp';
import { ReplaceLabDialog } from './fixtures/replace-lab-dialog';

// The whole guided walk-through, in the panel's order (the account, root MFA and a
// sign-in with it, then the keys, the password, the admin user): each task is seen
// not done, then done once the learner really did it (no "mark done" anywhere),
// and progress survives a reload.
test('every guided task ticks only when it is really done, and progress survives reloads', async ({ page, signUp, signIn, credentials, console, secrets }) => {
  test.setTimeout(120_000);
  const panel = new TrainingPanel(page);
  const learner = newLearner();
  secrets.push(learner.password);

  await page.goto('./signup');
  await panel.expectCount(0);
  for (const t of TASKS) await panel.expectNotDone(t);

  await signUp.createAccount(learner);
  await panel.expectDone('Create an AWS account');
  await panel.expectNotDone('Sign in as the root user');

  await signIn.signInAsRoot(learner.email, learner.password);
  await panel.expectDone('Sign in as the root user');

  await panel.expectNotDone('Open Security credentials through the warning');
  await credentials.open();
  await credentials.continuePastWarning();
  await panel.expectDone('Open Security credentials through the warning');

  await panel.expectNotDone('Enable MFA for the root user');
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  const mfa = new MfaSection(page);
  await mfa.expand();
  await mfa.start('phone', 'Authenticator app');
  await mfa.dialog().getByRole('button', { name: 'Show secret key' }).click();
  const secretKey = (await mfa.dialog().locator('.secret-key').textContent())!.replace(/\s/g, '');
  secrets.push(secretKey);
  const seed = base32Decode(secretKey);
  await mfa.enterCodes(totp(seed, t0), totp(seed, t0 + 30_000), learner.password);
  await expect(mfa.row('phone')).toBeVisible();
  await panel.expectDone('Enable MFA for the root user');

  // A sign-in that answers the MFA step, with a code not used at enrolment.
  await panel.expectNotDone('Sign in with MFA');
  await console.choose(learner.accountName, 'Sign out');
  const t1 = t0 + 90_000;
  await page.clock.setFixedTime(t1);
  await signIn.signInAsRoot(learner.email, learner.password);
  await answerMfa(page, totp(seed, t1));
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await panel.expectDone('Sign in with MFA');

  await panel.expectNotDone('Create a root access key and save its secret');
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  await panel.expectDone('Create a root access key and save its secret');

  await page.reload();
  await credentials.continuePastWarning();
  await panel.expectCount(6);

  await panel.expectNotDone('See the key work in CloudShell');
  const shell = new CloudShellPage(page);
  await shell.open();
  await shell.run(`aws configure set aws_access_key_id ${key.id}`);
  await shell.run(`aws configure set aws_secret_access_key ${key.secret}`);
  await shell.run('aws sts get-caller-identity');
  await panel.expectDone('See the key work in CloudShell');

  await panel.expectNotDone('Make the key inactive and see it refused');
  await console.choose(learner.accountName, 'Security credentials');
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await credentials.row(key.id).getByRole('button', { name: /^Make Inactive/ }).click();
  // Inactive alone is not the task: the learner must see the key refused.
  await panel.expectNotDone('Make the key inactive and see it refused');
  await page.getByRole('link', { name: 'CloudShell', exact: true }).click();
  await shell.run(`AWS_ACCESS_KEY_ID=${key.id} AWS_SECRET_ACCESS_KEY=${key.secret} aws sts get-caller-identity`);
  await expect(shell.note()).toContainText('inactive');
  await panel.expectDone('Make the key inactive and see it refused');

  await panel.expectNotDone('Delete the key');
  await console.choose(learner.accountName, 'Security credentials');
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await credentials.row(key.id).getByRole('button', { name: /^Delete/ }).click();
  const del = page.getByRole('dialog');
  await del.getByLabel('Type the access key ID to confirm').fill(key.id);
  await del.getByRole('button', { name: 'Delete', exact: true }).click();
  await panel.expectDone('Delete the key');
  // Done stays done: the key is gone, the earlier key tasks stay ticked.
  await panel.expectDone('Create a root access key and save its secret');

  await panel.expectNotDone('Change the root password');
  const changed = `${learner.password}-2`;
  secrets.push(changed);
  await console.choose(learner.accountName, 'Account');
  await page.getByLabel('Current password').fill(learner.password);
  await page.getByLabel('New password', { exact: true }).fill(changed);
  await page.getByLabel('Confirm new password').fill(changed);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed.').first()).toBeVisible();
  await panel.expectDone('Change the root password');

  await panel.expectNotDone('Create the first IAM admin user');
  const userPassword = 'Admin-User-Pass-1';
  secrets.push(userPassword);
  await page.getByRole('link', { name: 'IAM', exact: true }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Provide user access to the AWS Management Console').check();
  await page.getByLabel('Console password').fill(userPassword);
  await page.getByLabel('Add to group Administrators (AdministratorAccess)').check();
  await page.getByRole('button', { name: 'Create user' }).last().click();
  await panel.expectDone('Create the first IAM admin user');

  await panel.expectNotDone('Sign in as that user on the three-box page');
  await console.choose(learner.accountName, 'Sign out');
  await signIn.open();
  await signIn.chooseIamUser(signUpAccount(await page.evaluate(() => localStorage.getItem('rootkey-lab')!)));
  await page.getByLabel('IAM user name').fill('admin');
  await page.getByLabel('Password', { exact: true }).fill(userPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  await panel.expectDone('Sign in as that user on the three-box page');
  await panel.expectCount(12);
  // What follows is the group "Audit the root user".
  await expect(page.locator('.training-next')).toContainText('Find your root access key in the credential report');

  await page.reload();
  await panel.expectCount(12);

  // Reset (after its question) starts over.
  await page.goto('./lab-data');
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await new ReplaceLabDialog(page).replace();
  await panel.expectCount(0);
});

function signUpAccount(stored: string): string {
  return String(JSON.parse(stored).data.accounts[0].id);
}
