import { test, expect } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { IamDashboard } from './fixtures/audit';

for (const locale of ['en', 'ja'] as const) {
  test(`the IAM dashboard and the credential report page pass axe (${locale})`, async ({ page, signedInRoot: _ }) => {
    const iam = new IamDashboard(page);
    await iam.open();
    await chooseLanguage(page, locale);
    const region = locale === 'en' ? 'Security recommendations' : 'セキュリティに関する推奨事項';
    await expect(page.getByRole('region', { name: region })).toBeVisible();
    await expectNoViolations(page, `IAM dashboard (${locale})`);
    await page.getByRole('link', { name: locale === 'en' ? 'Credential report' : '認証情報レポート', exact: true }).click();
    const download = locale === 'en' ? 'Download credentials report' : '認証情報レポートをダウンロード';
    await expect(page.getByRole('button', { name: download })).toBeVisible();
    await page.getByRole('button', { name: download }).click();
    await expect(page.locator('.alert-success')).toBeVisible();
    await expectNoViolations(page, `Credential report (${locale})`);
  });
}
