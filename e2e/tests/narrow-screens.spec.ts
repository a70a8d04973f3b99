import { test, expect, newLearner } from './fixtures/lab';
import { chooseLanguage } from './fixtures/axe';
import { fillLab } from './fixtures/full-lab';
import { midStep } from './fixtures/totp';

// A 390 px phone: no page scrolls sideways, in either language, signed out or
// in; what is wider (a table) scrolls inside its own box. Each page's picture
// goes to docs/screenshots as it is checked.
const signedOut = ['signin', 'signin/iam', 'signup', 'cloudshell', 'lab-data', 'nowhere'];
const signedIn = [
  'console',
  'console/security-credentials',
  'console/account',
  'console/iam',
  'console/iam/create-user',
  'console/iam/users/bob',
  'console/root-tasks',
  'console/cloudshell',
  'lab-data',
  'nowhere',
];

async function noSidewaysScroll(page: import('@playwright/test').Page, path: string, shot: string) {
  await page.goto(`./${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (path === 'console/security-credentials') {
    const closed = page.locator('.disclosure-toggle[aria-expanded=false]');
    while ((await closed.count()) > 0) await closed.first().click();
    await expect(page.locator('table.keys')).toHaveCount(2);
  }
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    // What sticks out, to name in the failure.
    wide: Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  }));
  expect(widths.scroll, `${path} scrolls sideways: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(widths.inner);
  await page.screenshot({ path: `../docs/screenshots/390-${shot}.png`, fullPage: true });
}

test('every page fits a 390 px screen in English and Japanese', async ({ page, signUp, signIn, secrets }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const locale of ['en', 'ja'] as const) {
    await page.goto('./signin');
    await chooseLanguage(page, locale);
    for (const path of signedOut) await noSidewaysScroll(page, path, `${locale}-out-${path.replace(/\//g, '-')}`);
  }

  const at = midStep();
  await page.clock.setFixedTime(at);
  const l = { ...newLearner(), accountName: 'A training account with a long name for phones' };
  secrets.push(l.password);
  await page.goto('./signin');
  await chooseLanguage(page, 'en');
  await signUp.createAccount(l);
  await signIn.signInAsRoot(l.email, l.password);
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
  const { secrets: more } = await fillLab(page, l.password, at);
  secrets.push(...more);

  // The navigation bar stays one line, the long name cut short.
  const nav = page.getByRole('navigation', { name: 'AWS' });
  expect((await nav.boundingBox())!.height).toBeLessThanOrEqual(48);

  for (const locale of ['en', 'ja'] as const) {
    await chooseLanguage(page, locale);
    for (const path of signedIn) await noSidewaysScroll(page, path, `${locale}-${path.replace(/\//g, '-')}`);
  }
});
