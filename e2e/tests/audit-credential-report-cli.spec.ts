import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';
import { REPORT_HEADER, awsTime } from './fixtures/audit';

test('get-credential-report returns the CSV as Base64: AWS header, then the root row', async ({ page, signedInRoot }) => {
  const t0 = Date.now();
  await page.clock.setFixedTime(t0);
  const shell = new CloudShellPage(page);
  await shell.open();
  expect(await shell.run('aws iam get-credential-report')).toBe(
    '\naws: [ERROR]: An error occurred (ReportNotPresent) when calling the GetCredentialReport operation: Unknown',
  );
  expect(await shell.exitCode()).toBe(254);
  expect(await shell.json('aws iam generate-credential-report')).toEqual({
    State: 'STARTED',
    Description: 'No report exists. Starting a new report generation task',
  });
  expect(await shell.json('aws iam generate-credential-report')).toEqual({ State: 'COMPLETE' });

  const got = await shell.json('aws iam get-credential-report');
  expect(Object.keys(got)).toEqual(['Content', 'ReportFormat', 'GeneratedTime']);
  expect(got.ReportFormat).toBe('text/csv');
  expect(got.GeneratedTime).toBe(awsTime(t0));
  const [header, root, ...users] = Buffer.from(got.Content, 'base64').toString('utf8').split('\n');
  expect(header).toBe(REPORT_HEADER);
  const id = signedInRoot.accountId.replace(/-/g, '');
  const cells = root.split(',');
  expect(cells).toHaveLength(22);
  expect(cells.slice(0, 2)).toEqual(['<root_account>', `arn:aws:iam::${id}:root`]);
  // Signed in with the password (by the fixture, moments before t0); no MFA,
  // no keys, no certificates.
  expect(cells[4]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  expect(Date.parse(cells[4])).toBeLessThanOrEqual(t0);
  expect(cells[3]).toBe('not_supported');
  expect(cells.slice(5)).toEqual([
    'not_supported', 'not_supported', 'false',
    'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'false', 'N/A',
  ]);
  expect(users).toEqual([]);
});
