import { test, expect } from './fixtures/lab';
test.beforeEach(async ({ page }) => { page.on('console', (m) => console.log('CONSOLE', m.type(), m.text())); page.on('pageerror', (e) => console.log('PAGEERROR', e.message)); });
test('debug', async ({ page, signedInRoot }) => {
  void signedInRoot;
});
