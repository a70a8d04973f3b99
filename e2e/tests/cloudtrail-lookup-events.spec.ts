import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

test('lookup-events by event name finds the root user\'s key creation, with its record', async ({ page, signedInRoot, secrets }) => {
  const shell = new CloudShellPage(page);
  await shell.open();
  const created = await shell.json('aws iam create-access-key');
  secrets.push(created.AccessKey.SecretAccessKey);
  const found = await shell.json('aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=CreateAccessKey');
  expect(found.Events).toHaveLength(1);
  const [event] = found.Events;
  expect(event.Username).toBe('root');
  expect(event.EventName).toBe('CreateAccessKey');
  expect(event.EventSource).toBe('iam.amazonaws.com');
  expect(event.ReadOnly).toBe('false');
  expect(event.Resources).toEqual([{ ResourceType: 'AWS::IAM::AccessKey', ResourceName: created.AccessKey.AccessKeyId }]);
  expect(typeof event.CloudTrailEvent).toBe('string');
  expect(event.CloudTrailEvent).not.toContain('\n');
  const record = JSON.parse(event.CloudTrailEvent);
  expect(record.userIdentity.type).toBe('Root');
  expect(record.userIdentity.accountId).toBe(signedInRoot.accountId.replace(/-/g, ''));
  expect(record.userAgent).toMatch(/^aws-cli\/2\.36\.7 .*md\/command#iam\.create-access-key$/);
  expect(event.CloudTrailEvent).not.toContain(created.AccessKey.SecretAccessKey);
});

test('lookup-events refuses what CloudTrail and the CLI refuse', async ({ page, signedInRoot }) => {
  const shell = new CloudShellPage(page);
  await shell.open();
  expect(await shell.run('aws cloudtrail lookup-events --max-results 0')).toContain('Invalid value for parameter MaxResults, value: 0, valid min value: 1');
  expect(await shell.exitCode()).toBe(252);
  expect(await shell.run('aws cloudtrail lookup-events --lookup-attributes AttributeKey=Colour,AttributeValue=red'))
    .toContain('An error occurred (ValidationException) when calling the LookupEvents operation');
  expect(await shell.exitCode()).toBe(254);
  const text = await shell.run("aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=ConsoleLogin --query 'Events[0].Username' --output text");
  expect(text.trim()).toBe('root');
  expect(signedInRoot.accountId).toBeTruthy();
});
