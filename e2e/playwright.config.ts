import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
export const base = '/lab/';

// Debian's Chromium, started the way this machine allows (no sandbox as root, no
// background network): Playwright's own browser download is not available here.
export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A stray `test.only` would silently skip the rest of the suite, in CI or not.
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  // Passwords are 600,000-round PBKDF2: a sign-in can take a second on a busy CI machine.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}${base}`,
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node serve.mjs ${process.env.E2E_DIST ?? '../dist'} ${port} ${base}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
