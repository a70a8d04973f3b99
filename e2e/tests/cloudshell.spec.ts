import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

// aws-cli 2.36.7's error format (awscli/errorformat.py): `aws: [ERROR]: ` before every error.
const INVALID_TOKEN =
  'aws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

test('signed in, CloudShell runs as the root user', async ({ page, signedInRoot }) => {
  await page.getByRole('link', { name: 'CloudShell' }).click();
  const shell = new CloudShellPage(page);
  const acct = signedInRoot.accountId.replaceAll('-', '');
  expect(await shell.json('aws sts get-caller-identity')).toEqual({
    UserId: acct,
    Account: acct,
    Arn: `arn:aws:iam::${acct}:root`,
  });
  expect(await shell.run('aws sts get-caller-identity')).toBe(
    `{\n    "UserId": "${acct}",\n    "Account": "${acct}",\n    "Arn": "arn:aws:iam::${acct}:root"\n}`,
  );
  expect(await shell.exitCode()).toBe(0);
});

test('a console-created key, configured, works; inactive it is refused; last use shows in the console', async ({ page, signedInRoot, credentials, console, secrets }) => {
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  const shell = new CloudShellPage(page);
  await page.getByRole('link', { name: 'CloudShell' }).click();
  await expect(page.getByRole('textbox', { name: 'Command' })).toBeVisible();
  await shell.run('aws configure');
  await expect(page.locator('.prompt')).toHaveText('AWS Access Key ID [None]: ');
  await shell.run(key.id);
  await shell.run(key.secret);
  await shell.run('ap-northeast-1');
  await shell.run('json');
  // CloudShell's AWS_REGION (the console's region) comes before the profile's.
  expect(await shell.json('aws sts get-caller-identity')).toMatchObject({ Account: acct, Arn: `arn:aws:iam::${acct}:root` });

  // The console shows the use: date, region and service. (Navigating inside the
  // app keeps the terminal; a reload would start a new one, as in CloudShell.)
  await console.choose(signedInRoot.learner.accountName, 'Security credentials');
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  const row = credentials.row(key.id);
  await expect(row.getByRole('cell', { name: 'us-east-1' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'sts', exact: true })).toBeVisible();
  await row.getByRole('button', { name: 'Make Inactive' }).click();

  await page.getByRole('link', { name: 'CloudShell' }).click();
  expect(await shell.run('aws sts get-caller-identity')).toBe(`\n${INVALID_TOKEN}`);
  await expect(shell.note()).toContainText('inactive');
  expect(await shell.exitCode()).toBe(254);
  // Made active again in the console, the same configured key works.
  await console.choose(signedInRoot.learner.accountName, 'Security credentials');
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await credentials.row(key.id).getByRole('button', { name: 'Make Active' }).click();
  await page.getByRole('link', { name: 'CloudShell' }).click();
  expect(await shell.json('aws iam list-access-keys')).toMatchObject({
    AccessKeyMetadata: [{ AccessKeyId: key.id, Status: 'Active' }],
  });
});

test('create and list keys from the CLI, up to the limit of two', async ({ page, signedInRoot: _, credentials, secrets }) => {
  const shell = new CloudShellPage(page);
  await shell.open();
  const created = await shell.json('aws iam create-access-key');
  expect(Object.keys(created.AccessKey)).toEqual(['AccessKeyId', 'Status', 'SecretAccessKey', 'CreateDate']);
  expect(created.AccessKey.Status).toBe('Active');
  expect(created.AccessKey.CreateDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  secrets.push(created.AccessKey.SecretAccessKey);
  const second = await shell.json('aws iam create-access-key');
  secrets.push(second.AccessKey.SecretAccessKey);
  const listed = await shell.json('aws iam list-access-keys');
  expect(listed.AccessKeyMetadata.map((k: { AccessKeyId: string }) => k.AccessKeyId)).toEqual([
    created.AccessKey.AccessKeyId,
    second.AccessKey.AccessKeyId,
  ]);
  expect(await shell.run('aws iam create-access-key')).toBe(
    '\naws: [ERROR]: An error occurred (LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2',
  );
  expect(await shell.exitCode()).toBe(254);
  // The console sees both, and the secret was printed once only.
  await credentials.openAccessKeys();
  await expect(credentials.rows()).toHaveCount(2);
  await expect(credentials.createButton()).toBeDisabled();
});

test('a wrong secret gets SignatureDoesNotMatch', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  const shell = new CloudShellPage(page);
  await shell.open();
  const wrong = key.secret.slice(0, -1) + (key.secret.endsWith('A') ? 'B' : 'A');
  const out = await shell.run(`AWS_ACCESS_KEY_ID=${key.id} AWS_SECRET_ACCESS_KEY='${wrong}' aws sts get-caller-identity`);
  expect(out).toBe(
    '\naws: [ERROR]: An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  );
  await expect(shell.note()).toContainText('secret access key does not belong');
});

test('deleted from the CLI, the key is gone from the console and refused', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  const shell = new CloudShellPage(page);
  await shell.open();
  expect(await shell.run(`aws iam update-access-key --access-key-id ${key.id} --status Inactive`)).toBe('');
  expect(await shell.run(`aws iam delete-access-key --access-key-id ${key.id}`)).toBe('');
  expect(await shell.run(`aws iam delete-access-key --access-key-id ${key.id}`)).toBe(
    `\naws: [ERROR]: An error occurred (NoSuchEntity) when calling the DeleteAccessKey operation: The Access Key with id ${key.id} cannot be found.`,
  );
  await shell.run(`export AWS_ACCESS_KEY_ID=${key.id}`);
  await shell.run(`export AWS_SECRET_ACCESS_KEY=${key.secret}`);
  expect(await shell.run('aws sts get-caller-identity')).toBe(`\n${INVALID_TOKEN}`);
  await expect(shell.note()).toContainText('deleted');
  // get-access-key-info still tells the account: it never reveals a key's state.
  await shell.run('unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY');
  const acct = (await shell.json(`aws sts get-access-key-info --access-key-id ${key.id}`)).Account;
  expect(acct).toMatch(/^\d{12}$/);
  await credentials.open();
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await expect(credentials.rows()).toHaveCount(0);
});

test('signed out, CloudShell is a local terminal without credentials', async ({ page }) => {
  await page.goto('./cloudshell');
  const shell = new CloudShellPage(page);
  expect(await shell.run('aws sts get-caller-identity')).toBe(
    '\naws: [ERROR]: An error occurred (NoCredentials): Unable to locate credentials. You can configure credentials by running "aws login".',
  );
  await expect(shell.note()).toContainText('No credentials');
  expect(await shell.exitCode()).toBe(253);
  expect(await shell.run('aws iam list-users-nope')).toContain("aws: [ERROR]: An error occurred (ParamValidation): argument operation: Found invalid choice 'list-users-nope'");
  expect(await shell.exitCode()).toBe(252);
});

test('history with Up and Down, and clear', async ({ page }) => {
  await page.goto('./cloudshell');
  const shell = new CloudShellPage(page);
  await shell.run('export GREETING="hello world"');
  expect(await shell.run('echo $GREETING')).toBe('hello world');
  const box = page.getByRole('textbox', { name: 'Command' });
  await box.press('ArrowUp');
  await expect(box).toHaveValue('echo $GREETING');
  await box.press('ArrowUp');
  await expect(box).toHaveValue('export GREETING="hello world"');
  await box.press('ArrowDown');
  await expect(box).toHaveValue('echo $GREETING');
  await box.press('ArrowDown');
  await expect(box).toHaveValue('');
  await box.fill('clear');
  await box.press('Enter');
  await expect(shell.log().locator('pre')).toHaveCount(0);
});
