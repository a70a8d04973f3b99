import { test, expect } from './fixtures/lab';
import { EventHistoryPage } from './fixtures/event-history-page';

test('Event history lists the root sign-in and key creation, newest first, by user root', async ({ page, signedInRoot, credentials, secrets }) => {
  await credentials.openAccessKeys();
  secrets.push((await credentials.createKey()).secret);
  const history = new EventHistoryPage(page);
  await history.open();
  await expect(history.row('CreateAccessKey', 'root')).toHaveCount(1);
  await expect(history.row('ConsoleLogin', 'root')).toHaveCount(1);
  await expect(history.rows().first()).toContainText('CreateAccessKey');
  await expect(history.row('CreateAccessKey', 'root')).toContainText('iam.amazonaws.com');
  await expect(history.row('ConsoleLogin', 'root')).toContainText('signin.amazonaws.com');
  for (const column of ['Event name', 'Event time', 'User name', 'Event source']) {
    await expect(history.table().getByRole('columnheader', { name: column })).toBeVisible();
  }
  expect(signedInRoot.accountId.replace(/-/g, '')).toMatch(/^\d{12}$/);
});

test('the lookup attribute filter keeps the matching events only', async ({ page, signedInRoot, credentials, secrets }) => {
  await credentials.openAccessKeys();
  secrets.push((await credentials.createKey()).secret);
  const history = new EventHistoryPage(page);
  await history.open();
  await history.lookUp('Event name', 'CreateAccessKey');
  await expect(history.rows()).toHaveCount(1);
  await expect(history.rows().first()).toContainText('CreateAccessKey');
  await history.lookUp('Event source', 'signin.amazonaws.com');
  await expect(history.rows()).toHaveCount(1);
  await expect(history.rows().first()).toContainText('ConsoleLogin');
  await history.lookUp('User name', 'nobody');
  await expect(history.rows()).toHaveCount(1);
  await expect(history.rows().first()).toHaveText('No events match.');
  // The console's own lookups are recorded, read-only.
  await history.lookUp('Event name', 'LookupEvents');
  await expect(history.row('LookupEvents', 'root').first()).toBeVisible();
  expect(signedInRoot.accountId).toBeTruthy();
});

test('a row opens its event record: the JSON CloudTrail stores, without the secret', async ({ page, signedInRoot, credentials, secrets }) => {
  await credentials.openAccessKeys();
  secrets.push((await credentials.createKey()).secret);
  const history = new EventHistoryPage(page);
  await history.open();
  const record = await history.record(history.row('CreateAccessKey', 'root'));
  expect(record.eventVersion).toBe('1.11');
  expect(record.eventName).toBe('CreateAccessKey');
  expect(record.userIdentity.type).toBe('Root');
  expect(record.userIdentity.arn).toBe(`arn:aws:iam::${signedInRoot.accountId.replace(/-/g, '')}:root`);
  expect(record.recipientAccountId).toBe(signedInRoot.accountId.replace(/-/g, ''));
  expect(record.responseElements.accessKey.accessKeyId).toMatch(/^AKIA/);
  expect(record.responseElements.accessKey.secretAccessKey).toBeUndefined();
  const login = await history.record(history.row('ConsoleLogin', 'root'));
  expect(login.responseElements.ConsoleLogin).toBe('Success');
  expect(login.additionalEventData.MFAUsed).toBe('No');
  expect(login.eventType).toBe('AwsConsoleSignIn');
});
