import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from './fixtures/lab';
import { MfaSection, answerMfa } from './fixtures/mfa';
import { base32Decode, midStep, totp } from './fixtures/totp';

// A lab exactly as the schema-1 build stored it, its passwords hashed for real at
// 100,000 rounds (src/store/fixtures/README.md says how it was made, and with what).
const V1_PATH = new URL('../../src/store/fixtures/v1.json', import.meta.url);
const ROOT = { email: 'learner@example.com', password: 'Secret-Pass1' };
const ADMIN = { name: 'Admin', password: 'Admin-Pass-7' };
const SEED = 'EALZKUDM7IXKSWBYCZ7NZFE63BDXD3ZPR5JPVFZN4J4AW4OH4TMO2INLS3BSGLXO';
const KEYS = ['AKIA4N2M5MKIIENV2RXJ', 'AKIA4N2M5MKIO2CC6VTX'];

type Stored = { schema: number; data: { accounts: { root: { password: string }; users: { name: string; password: string | null }[] }[] } };

async function stored(page: Page): Promise<Stored> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem('rootkey-lab')))!);
}

test('a schema-1 lab from an older build loads, and each sign-in redoes that password at 600,000 rounds', async ({ page, console, signIn, credentials, secrets }) => {
  secrets.push(ROOT.password, ADMIN.password, SEED);
  const v1 = await readFile(V1_PATH, 'utf8');
  // Put there before the app's first load, as the old build left it; never again,
  // so the app's own saves are what later loads read.
  await page.addInitScript((lab) => {
    if (localStorage.getItem('rootkey-lab') === null) localStorage.setItem('rootkey-lab', lab);
  }, v1);
  // The lab was saved a minute into an IAM user's session: open it then, so that
  // session is still live (it would have expired by now, as sessions do).
  const savedAt: number = JSON.parse(v1).data.session.started;
  const t0 = midStep(savedAt + 60_000);
  await page.clock.setFixedTime(t0);

  // It was saved signed in as the IAM administrator: it opens so, and is read as schema 1.
  await page.goto('./console');
  await expect(console.accountButton('Admin @ my-training-lab')).toBeVisible();
  let lab = await stored(page);
  expect(lab.data.accounts[0].root.password).toMatch(/^pbkdf2-sha256\$100000\$/);
  expect(lab.data.accounts[0].users[0].password).toMatch(/^pbkdf2-sha256\$100000\$/);

  // The administrator signs in again with the password of its day.
  await console.choose('Admin @ my-training-lab', 'Sign out');
  await page.goto('./signin');
  await expect(page.getByRole('heading', { name: 'Sign in as IAM user' })).toBeVisible();
  await signIn.signInAsIamUser('my-training-lab', ADMIN.name, ADMIN.password);
  await expect(console.accountButton('Admin @ my-training-lab')).toBeVisible();
  lab = await stored(page);
  expect(lab.schema).toBe(2);
  expect(lab.data.accounts[0].users[0].password).toMatch(/^pbkdf2-sha256\$600000\$/);
  expect(lab.data.accounts[0].root.password).toMatch(/^pbkdf2-sha256\$100000\$/);

  // The root user: its password, then its authenticator app, sealed at the old cost.
  await console.choose('Admin @ my-training-lab', 'Sign out');
  await page.goto('./signin');
  await page.getByRole('link', { name: 'Sign in using root user email' }).click();
  await signIn.signInAsRoot(ROOT.email, ROOT.password);
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
  await answerMfa(page, totp(base32Decode(SEED), t0));
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  lab = await stored(page);
  expect(lab.data.accounts[0].root.password).toMatch(/^pbkdf2-sha256\$600000\$/);

  // Its keys and its MFA device are all still there.
  await credentials.open();
  await expect(page.getByRole('heading', { name: 'Security credentials', level: 1 })).toBeVisible();
  await expect(credentials.warning()).toHaveCount(0);
  await credentials.expandAccessKeys();
  await expect(credentials.row(KEYS[0]).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await expect(credentials.row(KEYS[1]).getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
  const mfa = new MfaSection(page);
  await mfa.expand();
  await expect(mfa.row('phone')).toContainText('Authenticator app');
});
