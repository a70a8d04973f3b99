import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

// The terminal as aws-cli 2.36.7: --query, the table and YAML formats, the
// `aws: [ERROR]: ` error format, and a lab note for what the lab does not simulate.

test('--query picks values and --output text prints them bare', async ({ page, signedInRoot, credentials, secrets }) => {
  const acct = signedInRoot.accountId.replaceAll('-', '');
  await credentials.openAccessKeys();
  const first = await credentials.createKey();
  secrets.push(first.secret);
  const shell = new CloudShellPage(page);
  await shell.open();
  const second = await shell.json('aws iam create-access-key');
  secrets.push(second.AccessKey.SecretAccessKey);

  expect(await shell.run('aws sts get-caller-identity --query Account --output text')).toBe(acct);
  expect(await shell.run("aws iam list-access-keys --query 'AccessKeyMetadata[].AccessKeyId' --output text")).toBe(
    `${first.id}\t${second.AccessKey.AccessKeyId}`,
  );
  expect(await shell.exitCode()).toBe(0);
});

test('--output table and --output yaml print get-caller-identity as the CLI does', async ({ page, signedInRoot }) => {
  const acct = signedInRoot.accountId.replaceAll('-', '');
  const shell = new CloudShellPage(page);
  await shell.open();
  // Printed by aws-cli 2.36.7's TableFormatter for a root caller (see src/domain/cli/golden/).
  expect(await shell.run('aws sts get-caller-identity --output table')).toBe(
    [
      '--------------------------------------------------------------------',
      '|                         GetCallerIdentity                        |',
      '+--------------+----------------------------------+----------------+',
      '|    Account   |               Arn                |    UserId      |',
      '+--------------+----------------------------------+----------------+',
      `|  ${acct}|  arn:aws:iam::${acct}:root  |  ${acct}  |`,
      '+--------------+----------------------------------+----------------+',
    ].join('\n'),
  );
  expect(await shell.run('aws sts get-caller-identity --output yaml')).toBe(
    `Account: '${acct}'\nArn: arn:aws:iam::${acct}:root\nUserId: '${acct}'`,
  );
  await shell.run('export AWS_DEFAULT_OUTPUT=yaml');
  expect(await shell.run('aws sts get-caller-identity --query Arn')).toBe(`"arn:aws:iam::${acct}:root"`);
});

test("an inactive key's refusal is printed in the current error format", async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  const shell = new CloudShellPage(page);
  await shell.open();
  expect(await shell.run(`aws iam update-access-key --access-key-id ${key.id} --status Inactive`)).toBe('');
  await shell.run(`export AWS_ACCESS_KEY_ID=${key.id}`);
  await shell.run(`export AWS_SECRET_ACCESS_KEY=${key.secret}`);
  expect(await shell.run('aws sts get-caller-identity')).toBe(
    '\naws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  );
  expect(await shell.exitCode()).toBe(254);
});

test('aws s3 and pipes get a lab note, and CloudShell names its region', async ({ page, signedInRoot: _ }) => {
  const shell = new CloudShellPage(page);
  await shell.open();
  expect(await shell.run('aws s3 ls')).toBe(
    '[lab] aws s3 is not simulated in this lab; this terminal simulates aws iam, aws sts and aws configure.',
  );
  expect(await shell.exitCode()).toBe(252);
  expect(await shell.run('aws sts get-caller-identity | jq .Account')).toBe(
    '[lab] A pipe (|) is not simulated in this lab; use aws --query ... --output text to pick values.',
  );
  expect(await shell.run('echo $AWS_REGION')).toBe('us-east-1');
  expect(await shell.run('aws --version')).toMatch(/^aws-cli\/2\.36\.7 Python\/3\.14\.6 Linux\/\S+ exec-env\/CloudShell exe\/x86_64\.amzn\.2023$/);
});
