import { test, expect } from './fixtures/lab';

// The account menu is an ARIA menu button: the arrows open it and move in it,
// Home and End jump, Escape closes it back to the button. It shows the account
// ID with a button that copies it.
test('the account menu works from the keyboard and shows the account ID', async ({ page, signedInRoot }) => {
  const button = page.getByRole('navigation').getByRole('button', { name: signedInRoot.learner.accountName });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toHaveAccessibleName('Account');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Security credentials' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // ArrowUp opens it on the last item.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await expect(page.getByRole('navigation')).toContainText(signedInRoot.accountId);
  await expect(page.getByRole('button', { name: 'Copy account ID' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('signing out lands on the sign-in page without a next address', async ({ page, signedInRoot, console }) => {
  await page.goto('./console/iam');
  await console.choose(signedInRoot.learner.accountName, 'Sign out');
  await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});
