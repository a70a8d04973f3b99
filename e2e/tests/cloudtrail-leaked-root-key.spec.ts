import { test, expect } from './fixtures/lab';
import { EventHistoryPage } from './fixtures/event-history-page';

const KEY = 'AKIARZPUZDIKLEXAMPLE';

test('leaked-root-key: the key made from an unfamiliar address shows in Event history', async ({ page, signIn, credentials, secrets }) => {
  secrets.push('Lab-Password-1');
  await page.goto('./signin?scenario=leaked-root-key');
  await expect(page.locator('.scenario-notice')).toContainText('Scenario loaded: leaked-root-key.');
  await signIn.signInAsRoot('learner@example.com', 'Lab-Password-1');
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  const history = new EventHistoryPage(page);
  await history.open();
  const made = await history.record(history.row('CreateAccessKey', 'root'));
  expect(made.sourceIPAddress).toBe('203.0.113.77');
  expect(made.responseElements.accessKey.accessKeyId).toBe(KEY);
  // What the key did: looked up by the key itself.
  await history.lookUp('AWS access key', KEY);
  await expect(history.rows()).toHaveCount(2);
  const used = await history.record(history.row('ListUsers', 'root'));
  expect(used.sourceIPAddress).toBe('203.0.113.77');
  expect(used.userAgent).toMatch(/^aws-cli\//);
  expect(used.userIdentity.accessKeyId).toBe(KEY);
  // The key is there to be removed.
  await credentials.openAccessKeys();
  await expect(credentials.row(KEY)).toContainText('Active');
});
