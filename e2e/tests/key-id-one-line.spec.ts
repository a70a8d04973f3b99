import { test, expect } from './fixtures/lab';
import { chooseLanguage } from './fixtures/axe';

// The access key ID is what a learner types to delete the key: it must read as
// one unbroken line with Last used filled (the two-keys scenario's used key), on
// a desktop and on a phone, in both languages.
test('the access key ID cell is one line at 1280 and 390 px in both languages', async ({ page, signIn, credentials, secrets }) => {
  secrets.push('Lab-Password-1', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await page.goto('./signin?scenario=two-keys');
  await expect(page.getByText('Scenario loaded: two-keys.')).toBeVisible();
  await signIn.signInAsRoot('learner@example.com', 'Lab-Password-1');
  await credentials.openAccessKeys();
  const id = 'AKIARZPUZDIKGEXAMPLE';
  for (const locale of ['en', 'ja'] as const) {
    await chooseLanguage(page, locale);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      const cell = page.getByRole('cell', { name: id, exact: true });
      await expect(cell).toBeVisible();
      await expect(page.getByRole('row').filter({ has: cell })).toContainText('us-east-1');
      const lines = await cell.evaluate((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set(Array.from(r.getClientRects()).map((x) => Math.round(x.top))).size;
      });
      expect(lines, `${locale} at ${width} px`).toBe(1);
    }
  }
});
