import { test, expect } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { EventHistoryPage } from './fixtures/event-history-page';

for (const [locale, heading] of [['en', 'Event history'], ['ja', 'イベント履歴']] as const) {
  test(`Event history passes axe (${locale})`, async ({ page, signedInRoot }) => {
    await chooseLanguage(page, locale);
    const history = new EventHistoryPage(page);
    await history.open(heading, 'CloudTrail');
    await expect(history.rows().first()).toBeVisible();
    await expectNoViolations(page, `Event history (${locale})`);
    const toggle = history.rows().first().getByRole('button').first();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectNoViolations(page, `Event history with a record open (${locale})`);
    expect(signedInRoot.accountId).toBeTruthy();
  });
}
