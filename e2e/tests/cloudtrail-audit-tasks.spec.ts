import { test, expect } from './fixtures/lab';
import { TrainingPanel } from './fixtures/training-panel';
import { EventHistoryPage } from './fixtures/event-history-page';

const FIND_CREATOR = 'Find who created it in Event history';

test('finding the root key\'s creation in Event history ticks its audit task', async ({ page, signedInRoot, credentials, secrets }) => {
  const panel = new TrainingPanel(page);
  const history = new EventHistoryPage(page);
  // Before any root key, Event history has nothing to find.
  await history.open();
  await expect(history.row('ConsoleLogin', 'root')).toHaveCount(1);
  await panel.expectNotDone(FIND_CREATOR);
  await credentials.openAccessKeys();
  secrets.push((await credentials.createKey()).secret);
  await panel.expectNotDone(FIND_CREATOR);
  await history.open();
  await history.lookUp('Event name', 'CreateAccessKey');
  await expect(history.row('CreateAccessKey', 'root')).toHaveCount(1);
  await panel.expectDone(FIND_CREATOR);
  await panel.expectNotDone('Find your root access key in the credential report');
  await panel.expectNotDone('Confirm AccountAccessKeysPresent is 0 after deleting it');
  expect(signedInRoot.accountId).toBeTruthy();
});
