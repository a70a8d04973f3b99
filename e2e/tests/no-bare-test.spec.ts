// The storage scan of `./fixtures/secret-scan` runs for every test only if every
// spec takes its `test` from the suite's fixtures. A spec (say, from another
// branch) importing `test` straight from `@playwright/test` would run unscanned:
// this test fails the suite instead.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures/lab';
import { SecretWatch } from './fixtures/secret-scan';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');

/** Each `import … from 'module'` (or `export … from`) of a file, with what it binds. */
function imports(source: string): { clause: string; from: string }[] {
  const found = [...source.matchAll(/\b(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)].map((m) => ({
    clause: `${m[1]} ${m[2]}`,
    from: m[3],
  }));
  const bare = [...source.matchAll(/\b(?:require|import)\s*\(\s*['"]@playwright\/test['"]\s*\)(?!\s*\.\s*[A-Z]\w*\b)/g)];
  return bare.length ? [...found, { clause: 'a dynamic import or require', from: '@playwright/test' }] : found;
}

/** True when an import from `@playwright/test` brings in only types. */
const typesOnly = (clause: string) =>
  /^import type\b/.test(clause) || /^import \{([^}]*)\}$/.test(clause) && clause.slice(8, -1).split(',').every((n) => /^\s*type\s/.test(n) || !n.trim());

test('every spec takes `test` from the suite fixtures, so the storage scan runs', () => {
  const specs = readdirSync(here).filter((f) => /\.(spec|test)\.[cm]?[jt]sx?$/.test(f));
  expect(specs.length).toBeGreaterThan(30);
  const wrong: string[] = [];
  for (const spec of specs) {
    const list = imports(readFileSync(join(here, spec), 'utf8'));
    for (const i of list.filter((i) => i.from === '@playwright/test' && !typesOnly(i.clause))) wrong.push(`${spec}: ${i.clause} from '@playwright/test'`);
    const test = list.find((i) => /\btest\b/.test(i.clause) && !/\btest\s+as\b/.test(i.clause));
    if (!test || !['./fixtures/lab', './fixtures/secret-scan'].includes(test.from)) wrong.push(`${spec}: does not import test from ./fixtures/lab`);
  }
  // Page objects and helpers may use Playwright's `expect`, but only the scan
  // builds a `test` from Playwright's.
  for (const f of readdirSync(fixtures).filter((f) => f !== 'secret-scan.ts')) {
    for (const i of imports(readFileSync(join(fixtures, f), 'utf8'))) {
      if (i.from === '@playwright/test' && /\btest\b/.test(i.clause)) wrong.push(`fixtures/${f}: ${i.clause} from '@playwright/test'`);
    }
  }
  expect(wrong).toEqual([]);
});

test('the scan finds a typed password and a shown secret key that reach localStorage', async ({ context }) => {
  const scan = new SecretWatch();
  await scan.watch(context);
  const page = await context.newPage();
  await page.goto('./signup');
  await page.getByLabel('Root user password', { exact: true }).fill('Leaked-Pass-1!');
  const shownKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  await page.evaluate((k) => document.body.append(k), shownKey);
  await expect.poll(() => scan.seen.size).toBe(2);
  expect(await scan.leaks()).toEqual([]);
  await page.evaluate((k) => localStorage.setItem('leaky-app', `{"p":"Leaked-Pass-1!","k":"${k}"}`), shownKey);
  expect((await scan.leaks()).sort()).toEqual(['Leaked-Pass-1!', shownKey].sort());
  // Take the planted leak away again, or this test's own scan would fail it.
  await page.evaluate(() => localStorage.removeItem('leaky-app'));
});
