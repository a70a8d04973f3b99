// Issue #17: pages load on first need, from modules of their own. A reload of any
// route under the sub-path must still open that page (its module fetched then).
import { test, expect } from './fixtures/lab';
import { IamPage } from './fixtures/iam-page';

const signedOut: [string, string][] = [
  ['./', 'Sign in'],
  ['./signin', 'Sign in'],
  ['./signin/iam', 'Sign in as IAM user'],
  ['./signup', 'Sign up for AWS'],
  ['./cloudshell', 'CloudShell'],
  ['./lab-data', 'Lab data'],
  ['./no/such/page', 'Page not found'],
];

for (const [path, heading] of signedOut) {
  test(`${path} opens directly under /lab/: ${heading}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1, exact: true })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('every console route opens directly (a reload) once signed in', async ({ page, signedInRoot }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await new IamPage(page).open();
  await new IamPage(page).createUser({ name: 'route-check' });
  const routes: [string, string][] = [
    ['./console', 'Console Home'],
    ['./console/security-credentials', 'Security credentials'],
    ['./console/account', 'Account'],
    ['./console/iam', 'Identity and Access Management (IAM)'],
    ['./console/iam/create-user', 'Create user'],
    ['./console/iam/users/route-check', 'route-check'],
    ['./console/root-tasks', 'Tasks that require root user credentials'],
    ['./console/cloudshell', 'CloudShell'],
  ];
  for (const [path, heading] of routes) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1, exact: true }), path).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: heading, level: 1, exact: true }), `${path} reloaded`).toBeVisible();
  }
  expect(errors).toEqual([]);
  void signedInRoot;
});
