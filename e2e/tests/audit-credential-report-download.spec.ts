import { test, expect } from './fixtures/lab';
import { IamDashboard, REPORT_HEADER, awsTime, downloadReport } from './fixtures/audit';

test('Download credentials report saves status_reports_<time>.csv with the root row', async ({ page, signedInRoot, credentials, secrets }) => {
  const t0 = Date.now();
  await page.clock.setFixedTime(t0);
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);

  const iam = new IamDashboard(page);
  await iam.open();
  await iam.openCredentialReport();
  await expect(page.getByRole('main').getByText('No report has been generated yet.')).toBeVisible();
  const { name, text } = await downloadReport(page);
  expect(name).toBe(`status_reports_${awsTime(t0).replace(/:/g, '-')}.csv`);
  const [header, root] = text.split('\n');
  expect(header).toBe(REPORT_HEADER);
  const id = signedInRoot.accountId.replace(/-/g, '');
  expect(root.startsWith(`<root_account>,arn:aws:iam::${id}:root,`)).toBe(true);
  // The new root key is active, created now, never used.
  expect(root.split(',').slice(8, 13)).toEqual(['true', awsTime(t0), 'N/A', 'N/A', 'N/A']);
  await expect(page.getByRole('main').getByText('The credential report was downloaded.')).toBeVisible();

  // Within four hours the same report comes again, under the same name.
  await page.clock.setFixedTime(t0 + 60_000);
  const again = await downloadReport(page);
  expect(again).toEqual({ name, text });
});
