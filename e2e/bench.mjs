// Prints the figures of the foundation issue's budget: gzip sizes of the built
// site, then (headless Chromium over loopback) the median time from navigation
// to the first usable control and the median click-to-DOM-update time of a few
// actions. Figures only: nothing here passes or fails.
//   node bench.mjs DIST
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? '../dist-e2e';
const port = 4199;
const runs = 15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const sizes = { wasm: 0, js: 0, css: 0 };
for (const f of await readdir(dist)) {
  const kind = extname(f).slice(1);
  if (kind in sizes) sizes[kind] += gzipSync(await readFile(join(dist, f)), { level: 9 }).length;
}
console.log('gzip sizes (first load)');
for (const [k, v] of Object.entries(sizes)) console.log(`  ${k.padEnd(5)} ${kib(v)}`);
console.log(`  total ${kib(sizes.wasm + sizes.js + sizes.css)}   (goal <= 200 KiB)`);

const server = spawn('node', ['serve.mjs', dist, String(port), '/lab/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const base = `http://localhost:${port}/lab/`;
  const interactive = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Time from navigation start until the sign-in page's Next button exists.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Next');
        if (b) { window.__ready = performance.now(); obs.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}signin`);
    await page.waitForFunction(() => window.__ready !== undefined);
    interactive.push(await page.evaluate(() => window.__ready));
    await context.close();
  }
  console.log(`\nnavigation -> first usable control: median ${median(interactive).toFixed(1)} ms   (goal <= 150 ms)`);

  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  const email = `bench-${Date.now()}@example.com`;
  const password = 'Bench-Pass-1!';
  await page.goto(`${base}signup`);
  await page.getByLabel('Root user email address').fill(email);
  await page.getByLabel('AWS account name').fill('Bench');
  await page.getByLabel('Root user password', { exact: true }).fill(password);
  await page.getByLabel('Confirm root user password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Your AWS account is ready.').waitFor();
  await page.goto(`${base}signin`);
  await page.getByLabel('Root user email address').fill(email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(password);
  // Sign-in runs two 600,000-round PBKDF2 (the password check and the MFA seal
  // key) with WebCrypto, off the main thread; this is how long the learner waits.
  const signInStart = Date.now();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Console Home' }).waitFor();
  console.log(`\nsign-in (click -> Console Home, 600k PBKDF2 via WebCrypto): ${Date.now() - signInStart} ms`);
  await page.goto(`${base}console/security-credentials`);
  await page.getByRole('button', { name: 'Continue to Security Credentials' }).click();
  await page.getByRole('button', { name: 'Access keys (access key ID and secret access key)' }).click();
  await page.getByRole('button', { name: 'Create New Access Key' }).click();
  await page.getByRole('button', { name: 'Download Key File' }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // Click, then the time until the DOM first changes in response.
  const clickToDom = ([selector, text]) => page.evaluate(([sel, txt]) => new Promise((resolve) => {
    const el = [...document.querySelectorAll(sel)].find((e) => e.textContent.includes(txt));
    const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t0); });
    obs.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const t0 = performance.now();
    el.click();
  }), [selector, text]);

  const actions = {
    'Make Inactive / Make Active': ['td.actions button', 'Make'],
    'open / close the account menu': ['button.account-button', ''],
    'collapse / expand Access keys': ['button.disclosure-toggle', 'Access keys'],
  };
  console.log('\nclick -> DOM update (median of', runs, 'runs, goal <= 16 ms)');
  for (const [name, target] of Object.entries(actions)) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(await clickToDom(target));
      await page.waitForTimeout(20);
    }
    console.log(`  ${name.padEnd(32)} ${median(times).toFixed(2)} ms`);
  }
  const langTimes = [];
  for (let i = 0; i < runs; i++) {
    langTimes.push(await page.evaluate(() => new Promise((resolve) => {
      const sel = document.querySelector('.language select');
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t0); });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
      const t0 = performance.now();
      sel.value = sel.value === 'en' ? 'ja' : 'en';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    })));
    await page.waitForTimeout(20);
  }
  console.log(`  ${'switch language'.padEnd(32)} ${median(langTimes).toFixed(2)} ms`);
} finally {
  await browser.close();
  server.kill();
}
