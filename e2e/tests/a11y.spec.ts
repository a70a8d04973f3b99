import { test, expect, newLearner } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';

for (const locale of ['en', 'ja'] as const) {
  test.describe(`accessibility (${locale})`, () => {
    test.describe.configure({ timeout: 90_000 });
    test.beforeEach(async ({ page }) => {
      await page.goto('./signin');
      await chooseLanguage(page, locale);
    });

    test('sign-in, sign-up and the IAM user page', async ({ page }) => {
      await expectNoViolations(page, 'sign-in');
      await page.locator('form button[type=submit]').click();
      await expectNoViolations(page, 'sign-in with an error');
      await page.goto('./signup');
      await expectNoViolations(page, 'sign-up');
      await page.locator('form button[type=submit]').click();
      await expectNoViolations(page, 'sign-up with every rule broken');
      await page.goto('./signin/iam');
      await expectNoViolations(page, 'IAM user sign-in');
      await page.goto('./nowhere');
      await expectNoViolations(page, 'not found');
    });

    test('console pages and every dialog', async ({ page, signUp, signIn, secrets }) => {
      const l = newLearner();
      secrets.push(l.password);
      await chooseLanguage(page, 'en');
      await signUp.createAccount(l);
      await expectNoViolations(page, 'sign-up done');
      await signIn.signInAsRoot(l.email, l.password);
      await expect(page.locator('nav')).toBeVisible();
      await chooseLanguage(page, locale);
      await expectNoViolations(page, 'console home');
      await page.locator('.account-button').click();
      await expectNoViolations(page, 'account menu');
      await page.keyboard.press('Escape');

      await page.goto('./console/security-credentials');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'root warning');
      await page.keyboard.press('Escape');
      await page.locator('.disclosure-toggle').nth(0).click();
      await page.locator('.disclosure-toggle').nth(1).click();
      await expectNoViolations(page, 'security credentials, empty');
      await page.locator('.create-key button').click();
      await expectNoViolations(page, 'create key dialog');
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog [role=alert]')).toBeVisible();
      await expectNoViolations(page, 'create key dialog, confirm close');
      await page.locator('dialog button.danger').click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.locator('.create-key button').click();
      await page.locator('dialog .link-button').click();
      await expectNoViolations(page, 'create key dialog, key shown');
      secrets.push((await page.locator('.key-reveal dd').nth(1).textContent())!);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await expectNoViolations(page, 'security credentials, two keys');
      await page.locator('td.actions button').nth(1).click();
      await expectNoViolations(page, 'delete key dialog');
      await page.keyboard.press('Escape');

      for (const path of ['console/account', 'console/iam', 'console/root-tasks', 'lab-data', 'console/cloudshell']) {
        await page.goto(`./${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoViolations(page, path);
      }
      const command = page.locator('#terminal-command');
      await command.fill('aws sts get-caller-identity');
      await command.press('Enter');
      await command.fill('AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=x aws sts get-caller-identity');
      await command.press('Enter');
      await expect(page.getByRole('complementary')).toBeVisible();
      await expectNoViolations(page, 'CloudShell with output and a refusal note');
    });
  });
}
