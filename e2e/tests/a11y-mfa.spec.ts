import { test, expect } from './fixtures/lab';
import { chooseLanguage, expectNoViolations } from './fixtures/axe';
import { midStep } from './fixtures/totp';

for (const locale of ['en', 'ja'] as const) {
  test(`MFA wizard, device table and the MFA sign-in step have no axe violations (${locale})`, async ({ page, signedInRoot, signIn }) => {
    test.setTimeout(90_000);
    const t0 = midStep();
    await page.clock.setFixedTime(t0);
    await page.goto('./console/security-credentials');
    await chooseLanguage(page, locale);
    // The page comes with its own module: the warning is there before Escape.
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.locator('.disclosure-toggle').nth(0).click();
    await expectNoViolations(page, 'MFA section, no devices');
    const assign = page.locator('.disclosure-body p > button');
    await assign.click();
    const wizard = page.getByRole('dialog');
    await wizard.locator('button[type=submit]').click();
    // The name's problem is said beside the name, which is marked invalid.
    await expect(wizard.locator('input[type=text]')).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'wizard, name refused');
    await wizard.locator('input[type=text]').fill('fob');
    await wizard.locator('input[type=radio]').nth(1).check();
    await wizard.locator('button[type=submit]').click();
    const display = wizard.locator('.token-code');
    await expect(display).toHaveText(/^\d{6}$/);
    await expectNoViolations(page, 'wizard, hardware token step');
    const code1 = (await display.textContent())!;
    await page.clock.setFixedTime(t0 + 30_000);
    await expect(display).not.toHaveText(code1);
    const code2 = (await display.textContent())!;
    const boxes = wizard.locator('input');
    await boxes.nth(0).fill(code1);
    await boxes.nth(1).fill(code2);
    await boxes.nth(2).fill(signedInRoot.learner.password);
    await wizard.locator('button[type=submit]').click();
    await expect(wizard).toBeHidden();
    await expectNoViolations(page, 'MFA section, one device');

    await assign.click();
    await wizard.locator('input[type=text]').fill('phone');
    await wizard.locator('button[type=submit]').click();
    await wizard.locator('.button-row button').nth(0).click();
    await wizard.locator('.button-row button').nth(1).click();
    await expect(wizard.locator('.secret-key')).toBeVisible();
    await expectNoViolations(page, 'wizard, authenticator app with QR code and secret key');
    await page.keyboard.press('Escape');
    await page.locator('table.mfa-devices button').first().click();
    await expectNoViolations(page, 'remove device dialog');
    await page.keyboard.press('Escape');

    await page.locator('.account-button').click();
    await page.getByRole('menuitem').last().click();
    await chooseLanguage(page, 'en');
    await signIn.signInAsRoot(signedInRoot.learner.email, signedInRoot.learner.password);
    await chooseLanguage(page, locale);
    await page.locator('form button[type=submit]').first().click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'MFA sign-in step with an error and the lab token');
  });
}
