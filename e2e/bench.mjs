// Prints the figures of the first-load issue (#17) and the honest click figures
// of #19, from one run. Figures only: nothing here passes or fails.
//   node bench.mjs DIST
// 1. What the sign-in page fetches before its `Next` button is usable: each file
//    with its gzip -9 size and the bytes the host actually sent (serve.mjs, which
//    compresses like a real host), their sums, and the total of every module.
// 2. Median time from navigation start to a usable `Next`, for the app and for a
//    plain HTML page with the same button, served the same way, alternated in one
//    run; their ratio. Then a per-phase breakdown of the app's load.
// 3. Click -> next paint (two requestAnimationFrames after the DOM changed), and
//    the whole-page language switch to its last changed node and to the paint.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? '../dist-e2e';
const port = 4199;
const plainPort = 4198;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const gzip9 = async (path) => gzipSync(await readFile(path), { level: 9 }).length;

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

// The plain page: the sign-in page's first step as static HTML, nothing else.
const plainDir = await mkdtemp(join(tmpdir(), 'bench-plain-'));
await writeFile(
  join(plainDir, 'index.html'),
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><h1>Sign in</h1><form><label for="e">Root user email address</label>
<input id="e" type="email"><button type="button">Next</button></form></body></html>`,
);

const servers = [
  spawn('node', ['serve.mjs', dist, String(port), '/lab/'], { stdio: 'ignore' }),
  spawn('node', ['serve.mjs', plainDir, String(plainPort), '/plain/'], { stdio: 'ignore' }),
];
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Marks the moment the `Next` button exists and is enabled (the app attaches its
// handler when it creates the element, so that is when a click works).
// Also marks when the guided panel shows: it is drawn from the whole lab, so
// the lab engine (loaded after the first paint) is there by then.
function watchNext() {
  const check = () => {
    const buttons = [...document.querySelectorAll('button')];
    const b = buttons.find((x) => x.textContent.trim() === 'Next');
    if (b && !b.disabled && window.__ready === undefined) window.__ready = performance.now();
    if (window.__lab === undefined && buttons.some((x) => x.id === 'training-toggle')) {
      window.__lab = performance.now();
    }
    return window.__ready !== undefined && window.__lab !== undefined;
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
}

// Wraps the main module's instantiation to time its phases (used in separate
// runs: it trades streaming compilation for separate fetch/compile steps).
function phases() {
  const t = (window.__phases = {});
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    if (t.fetched !== undefined) return streaming(source, imports);
    const bytes = await (await source).arrayBuffer();
    t.fetched = performance.now();
    const module = await WebAssembly.compile(bytes);
    t.compiled = performance.now();
    const instance = await WebAssembly.instantiate(module, imports);
    t.instantiated = performance.now();
    return { module, instance };
  };
}

async function load(url, { withPhases = false } = {}) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(watchNext);
  if (withPhases) await page.addInitScript(phases);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined);
  if (url.includes('/lab/')) await page.waitForFunction(() => window.__lab !== undefined);
  const result = await page.evaluate(() => ({
    ready: window.__ready,
    lab: window.__lab,
    phases: window.__phases,
    nav: performance.getEntriesByType('navigation').map((e) => ({
      name: e.name, start: 0, end: e.responseEnd, wire: e.encodedBodySize, size: e.decodedBodySize,
    })),
    resources: performance.getEntriesByType('resource').map((e) => ({
      name: e.name, start: e.startTime, end: e.responseEnd, wire: e.encodedBodySize, size: e.decodedBodySize,
    })),
  }));
  await context.close();
  return result;
}

try {
  const app = `http://localhost:${port}/lab/signin`;
  const plain = `http://localhost:${plainPort}/plain/`;
  await load(app); // warm the server's compression cache and the OS file cache
  await load(plain);
  const appTimes = [];
  const plainTimes = [];
  let first;
  const labTimes = [];
  for (let i = 0; i < runs; i++) {
    const a = await load(app);
    first ??= a;
    appTimes.push(a.ready);
    labTimes.push(a.lab);
    plainTimes.push((await load(plain)).ready);
  }

  // 1. Bytes before Next is usable: every request started before that moment.
  console.log('fetched before the sign-in page\'s Next is usable');
  console.log(`  ${'file'.padEnd(44)} ${'gzip -9'.padStart(10)} ${'on the wire'.padStart(12)}`);
  let gzSum = 0;
  let wireSum = 0;
  const fetched = new Set();
  for (const r of [...first.nav, ...first.resources].filter((r) => r.start <= first.ready)) {
    const rel = decodeURIComponent(new URL(r.name).pathname.replace(/^\/lab\//, ''));
    let path = join(dist, rel || 'index.html');
    let label = rel || 'index.html';
    if (!(await stat(path).catch(() => null))?.isFile()) {
      path = join(dist, '404.html');
      label = `${rel} (404.html)`;
    }
    fetched.add(path);
    const gz = await gzip9(path);
    gzSum += gz;
    wireSum += r.wire;
    console.log(`  ${label.padEnd(44)} ${kib(gz).padStart(10)} ${kib(r.wire).padStart(12)}`);
  }
  console.log(`  ${'sum'.padEnd(44)} ${kib(gzSum).padStart(10)} ${kib(wireSum).padStart(12)}   (goal <= 200 KiB gzip)`);

  let all = 0;
  let allRaw = 0;
  let modules = 0;
  let rest = 0;
  for (const path of await files(dist)) {
    if (path.endsWith('404.html')) continue;
    const gz = await gzip9(path);
    all += gz;
    allRaw += (await stat(path)).size;
    if (path.endsWith('.wasm')) modules++;
    if (!fetched.has(path)) rest += gz;
  }
  console.log(`all files: ${kib(all)} gzip -9 (${kib(allRaw)} on disk), ${modules} wasm modules; ` +
    `loaded on first need: ${kib(rest)}`);

  // 2. Time to a usable Next, app against a plain page.
  const am = median(appTimes);
  const pm = median(plainTimes);
  console.log(`\nnavigation -> usable Next (median of ${runs}, alternated)`);
  console.log(`  app        ${ms(am)}`);
  console.log(`  plain page ${ms(pm)}`);
  console.log(`  ratio      ${(am / pm).toFixed(2)}x   (goal <= 2.0x)`);
  // What loads after Next is usable: the lab engine and the guided panel.
  const after = [...first.resources].filter((r) => r.start > first.ready && r.start <= first.lab);
  let afterGz = 0;
  for (const r of after) {
    const rel = decodeURIComponent(new URL(r.name).pathname.replace(/^\/lab\//, ''));
    afterGz += await gzip9(join(dist, rel));
  }
  console.log(`  then the whole lab (engine and guided panel shown) at ${ms(median(labTimes))}, ` +
    `${ms(median(labTimes.map((t, i) => t - appTimes[i])))} after Next; ${after.length} files, ${kib(afterGz)} gzip -9`);

  const breakdown = { html: [], js: [], fetch: [], compile: [], instantiate: [], render: [], total: [] };
  for (let i = 0; i < Math.max(5, Math.floor(runs / 2)); i++) {
    const r = await load(app, { withPhases: true });
    const p = r.phases;
    const html = r.nav[0].end;
    const jsEnd = Math.max(...r.resources.filter((x) => x.name.endsWith('.js')).map((x) => x.end));
    breakdown.html.push(html);
    breakdown.js.push(jsEnd);
    breakdown.fetch.push(p.fetched);
    breakdown.compile.push(p.compiled - p.fetched);
    breakdown.instantiate.push(p.instantiated - p.compiled);
    breakdown.render.push(r.ready - p.instantiated);
    breakdown.total.push(r.ready);
  }
  const b = Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, median(v)]));
  console.log('  phases (separate runs, wasm compiled after its download instead of streaming):');
  console.log(`    html received      at ${ms(b.html)}`);
  console.log(`    js received        at ${ms(b.js)}`);
  console.log(`    main wasm received at ${ms(b.fetch)}`);
  console.log(`    compile               ${ms(b.compile)}`);
  console.log(`    instantiate           ${ms(b.instantiate)}`);
  console.log(`    start + first render  ${ms(b.render)}   (Next usable at ${ms(b.total)})`);

  // 3. Click -> next paint, on the signed-in Security credentials page.
  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  const base = `http://localhost:${port}/lab/`;
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

  // Does `act` in the page; resolves with the time from it to the first DOM change,
  // to the last change (none for two frames after it) and to the paint after it.
  // (Acts by name: the page's CSP rightly forbids evaluating passed-in code.)
  const timed = (act, arg) => page.evaluate(([kind, a]) => new Promise((resolve) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    let first;
    let last;
    const obs = new MutationObserver(() => { last = performance.now(); first ??= last; });
    obs.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const t0 = performance.now();
    if (kind === 'click') {
      const [sel, txt] = a;
      [...document.querySelectorAll(sel)].find((e) => e.textContent.includes(txt)).click();
    } else {
      const sel = document.querySelector('.language select');
      sel.value = sel.value === 'en' ? 'ja' : 'en';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    }
    (async () => {
      let seen = last;
      for (let i = 0; i < 60; i++) {
        await frame();
        await frame();
        if (last === seen && first !== undefined) break;
        seen = last;
      }
      const painted = performance.now();
      obs.disconnect();
      resolve({ first: first - t0, last: last - t0, paint: painted - t0 });
    })();
  }), [act, arg]);
  const actions = {
    'Make Inactive / Make Active': ['td.actions button', 'Make'],
    'open / close the account menu': ['button.account-button', ''],
    'collapse / expand Access keys': ['button.disclosure-toggle', 'Access keys'],
  };
  console.log(`\nclick -> next paint (median of ${runs}; paint = two frames after the last change; goal <= 16 ms to the change)`);
  console.log(`  ${''.padEnd(32)} ${'1st change'.padStart(11)} ${'last change'.padStart(12)} ${'next paint'.padStart(11)}`);
  const row = (name, xs) => console.log(`  ${name.padEnd(32)} ${ms(median(xs.map((x) => x.first))).padStart(11)} ` +
    `${ms(median(xs.map((x) => x.last))).padStart(12)} ${ms(median(xs.map((x) => x.paint))).padStart(11)}`);
  for (const [name, target] of Object.entries(actions)) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await timed('click', target));
    row(name, times);
  }
  const lang = [];
  for (let i = 0; i < runs; i++) lang.push(await timed('language'));
  row('switch language (whole page)', lang);
} finally {
  await browser.close();
  for (const s of servers) s.kill();
  await rm(plainDir, { recursive: true, force: true });
}
