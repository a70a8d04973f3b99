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
