import { test, expect, type Page } from './fixtures/lab';

/** Presses Tab (or Shift+Tab) until the focused control's text or label matches. */
async function tabTo(page: Page, name: string | RegExp, back = false) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const byLabel = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
      return (el.getAttribute('aria-label') ?? byLabel ?? copy.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`no focusable control named ${name}`);
}

test('create, deactivate and delete a key with the keyboard alone', async ({ page, signedInRoot: _, secrets }) => {
  await page.goto('./console/security-credentials');
  const warning = page.getByRole('dialog');
  await expect(warning).toBeVisible();
  // Focus moved into the dialog; Tab stays inside it.
  await tabTo(page, 'Continue to Security Credentials');
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();

  await tabTo(page, 'Access keys (access key ID and secret access key)');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Create New Access Key');
  await page.keyboard.press('Enter');
  const create = page.getByRole('dialog');
  await expect(create).toBeVisible();
  await tabTo(page, 'Show Access Key');
  await page.keyboard.press('Enter');
  secrets.push((await create.locator('.key-reveal dd').nth(1).textContent())!);
  const id = (await create.locator('.key-reveal dd').nth(0).textContent())!;
  await tabTo(page, 'Close');
  await page.keyboard.press('Enter');
  await expect(create).toBeHidden();
  // Focus went back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Create New Access Key' })).toBeFocused();

  await tabTo(page, `Make Inactive ${id}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
  await tabTo(page, `Delete ${id}`);
  await page.keyboard.press('Enter');
  const del = page.getByRole('dialog');
  await expect(del).toBeVisible();
  await tabTo(page, 'Type the access key ID to confirm');
  await page.keyboard.type(id);
  await tabTo(page, 'Delete');
  await page.keyboard.press('Enter');
  await expect(del).toBeHidden();
  await expect(page.getByText(id)).toBeHidden();
});

test('Tab stays inside an open dialog', async ({ page, signedInRoot: _ }) => {
  await page.goto('./console/security-credentials');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog'));
    expect(inside).toBe(true);
  }
});

test('assign an MFA device with the keyboard alone', async ({ page, signedInRoot, secrets }) => {
  const { base32Decode, midStep, totp } = await import('./fixtures/totp');
  const t0 = midStep();
  await page.clock.setFixedTime(t0);
  await page.goto('./console/security-credentials');
  // Tab only once the warning has opened: pressed earlier, Tab walks the page
  // behind it and never reaches the dialog's button.
  const warning = page.getByRole('dialog');
  await expect(warning).toBeVisible();
  await tabTo(page, 'Continue to Security Credentials');
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  await tabTo(page, 'Multi-factor authentication (MFA)');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Assign MFA device');
  await page.keyboard.press('Enter');
  const wizard = page.getByRole('dialog');
  await expect(wizard).toBeVisible();
  await tabTo(page, 'Device name');
  await page.keyboard.type('keyboard-phone');
  // The radio group: Tab lands on the checked option (Authenticator app).
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('radio', { name: 'Authenticator app' })).toBeFocused();
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Show secret key');
  await page.keyboard.press('Enter');
  const secretKey = (await wizard.locator('.secret-key').textContent())!.replace(/\s/g, '');
  secrets.push(secretKey);
  const seed = base32Decode(secretKey);
  await tabTo(page, 'MFA code 1');
  await page.keyboard.type(totp(seed, t0));
  await page.keyboard.press('Tab');
  await page.keyboard.type(totp(seed, t0 + 30_000));
  // The page was loaded afresh, so the tab asks for the password that seals the seed.
  await page.keyboard.press('Tab');
  await expect(wizard.getByLabel("Your password (it protects the device's secret)")).toBeFocused();
  await page.keyboard.type(signedInRoot.learner.password);
  await page.keyboard.press('Enter');
  await expect(wizard).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'keyboard-phone' })).toContainText('Authenticator app');
});
