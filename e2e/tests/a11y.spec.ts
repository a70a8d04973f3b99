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

    test('IAM page, Create user, a user\'s page and its dialogs', async ({ page, signUp, signIn, secrets }) => {
      const l = newLearner();
      const userPassword = 'Bob-Pass-123!';
      secrets.push(l.password, userPassword);
      await chooseLanguage(page, 'en');
      await signUp.createAccount(l);
      await signIn.signInAsRoot(l.email, l.password);
      await expect(page.locator('nav')).toBeVisible();
      await chooseLanguage(page, locale);

      await page.goto('./console/iam');
      await page.locator('.alias-form input').fill('Not_An_Alias');
      await page.locator('.alias-form button[type=submit]').click();
      await expect(page.locator('.alias-form input')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'IAM page, alias refused, no users');
      await page.locator('.panel-header button').click();
      await page.locator('form input[type=checkbox]').first().check();
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('#field-username')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'create user with every rule broken');
      await page.locator('#field-username').fill('bob');
      await page.locator('#field-consolepassword').fill(userPassword);
      await page.locator('form input[type=checkbox]').nth(1).check();
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('.alert-success')).toBeVisible();
      await expectNoViolations(page, 'user created: sign-in details');
      await page.goto('./console/iam');
      await expect(page.locator('table.users tbody th')).toHaveText('bob');
      await expectNoViolations(page, 'IAM page with a user');

      await page.goto('./console/iam/users/bob');
      await expect(page.locator('.user-arn')).toBeVisible();
      await page.locator('.create-key button').click();
      await page.locator('dialog .link-button').click();
      secrets.push((await page.locator('.key-reveal dd').nth(1).textContent())!);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await expectNoViolations(page, 'user page with a key');
      await page.locator('.console-access button').first().click();
      await page.locator('dialog input[type=password]').fill('weak');
      await page.locator('dialog button[type=submit]').click();
      await expect(page.locator('dialog input[type=password]')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'console password dialog with an error');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.locator('.danger-zone button.danger').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'delete user dialog');
    });
  });
}
