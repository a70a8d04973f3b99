import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';
import { addRootMfa } from './fixtures/audit';
import { midStep } from './fixtures/totp';

// The keys and order of a real `aws iam get-account-summary` (src/domain/account_audit/account_summary.rs).
const KEYS = [
  'GroupPolicySizeQuota', 'InstanceProfilesQuota', 'Policies', 'GroupsPerUserQuota', 'InstanceProfiles',
  'AttachedPoliciesPerUserQuota', 'Users', 'PoliciesQuota', 'Providers', 'AccountMFAEnabled',
  'AccessKeysPerUserQuota', 'AssumeRolePolicySizeQuota', 'PolicyVersionsInUseQuota', 'GlobalEndpointTokenVersion',
  'VersionsPerPolicyQuota', 'AttachedPoliciesPerGroupQuota', 'PolicySizeQuota', 'Groups',
  'AccountSigningCertificatesPresent', 'UsersQuota', 'ServerCertificatesQuota', 'MFADevices', 'UserPolicySizeQuota',
  'PolicyVersionsInUse', 'ServerCertificates', 'Roles', 'RolesQuota', 'SigningCertificatesPerUserQuota',
  'MFADevicesInUse', 'RolePolicySizeQuota', 'AttachedPoliciesPerRoleQuota', 'AccountAccessKeysPresent',
  'AccountPasswordPresent', 'GroupsQuota',
];

test('get-account-summary shows the root key and the root MFA device as AWS counts them', async ({ page, signedInRoot, secrets }) => {
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  const shell = new CloudShellPage(page);
  await shell.open();
  const before = (await shell.json('aws iam get-account-summary')).SummaryMap;
  expect(Object.keys(before)).toEqual(KEYS);
  expect(before.AccountAccessKeysPresent).toBe(0);
  expect(before.AccountMFAEnabled).toBe(0);
  expect(before.AccountPasswordPresent).toBe(1);
  expect(before.UsersQuota).toBe(5000);

  const created = await shell.json('aws iam create-access-key');
  secrets.push(created.AccessKey.SecretAccessKey);
  const withKey = await shell.run('aws iam get-account-summary --query SummaryMap.[AccountAccessKeysPresent,AccountMFAEnabled] --output text');
  expect(withKey).toBe('1\t0');

  await addRootMfa(page, t0, signedInRoot.learner.password);
  await shell.open();
  const after = (await shell.json('aws iam get-account-summary')).SummaryMap;
  expect(after.AccountAccessKeysPresent).toBe(1);
  expect(after.AccountMFAEnabled).toBe(1);
  expect(after.MFADevices).toBe(1);
  expect(after.MFADevicesInUse).toBe(1);
});
