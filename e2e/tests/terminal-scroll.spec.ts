import { test, expect } from './fixtures/lab';
import { CloudShellPage } from './fixtures/cloudshell-page';

// Lines answer a moment later (inside the lock all tabs share): the newest
// answer must still end up in view, not one command behind.
test('the newest output is in view after each of 30 lines', async ({ page, signedInRoot: _ }) => {
  test.setTimeout(90_000);
  const shell = new CloudShellPage(page);
  await shell.open();
  for (let i = 1; i <= 30; i += 1) {
    // Long answers (JSON) and one-line ones, so the log overflows early.
    const line = i % 3 === 0 ? 'aws sts get-caller-identity' : `echo line-${i}`;
    await shell.run(line);
    await expect(shell.log().locator('pre').last()).toBeInViewport();
  }
});

test('the newest output stays in view when the window is resized', async ({ page, signedInRoot: _ }) => {
  const shell = new CloudShellPage(page);
  await shell.open();
  for (let i = 1; i <= 12; i += 1) await shell.run('aws sts get-caller-identity');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('textbox', { name: 'Command' }).focus();
  await expect(shell.log().locator('pre').last()).toBeInViewport();
});

test('an empty terminal suggests a first command', async ({ page }) => {
  const shell = new CloudShellPage(page);
  await page.goto('./cloudshell');
  await expect(shell.log()).toContainText('To start, try: aws sts get-caller-identity');
  await shell.run('echo hello');
  await expect(shell.log()).not.toContainText('To start, try');
});

test("aws configure's question names the box while it asks", async ({ page }) => {
  const shell = new CloudShellPage(page);
  await page.goto('./cloudshell');
  const box = page.getByRole('textbox', { name: 'Command' });
  await box.fill('aws configure');
  await box.press('Enter');
  const asking = page.getByRole('textbox', { name: 'AWS Access Key ID [None]:' });
  await expect(asking).toBeVisible();
  // The question comes first; the box is still the Command box of the UI contract.
  await expect(asking).toHaveAccessibleName('AWS Access Key ID [None]: Command');
  await asking.press('Enter');
  await expect(page.getByRole('textbox', { name: 'AWS Secret Access Key [None]:' })).toBeVisible();
  for (let i = 0; i < 3; i += 1) await page.locator('#terminal-command').press('Enter');
  await expect(page.getByRole('textbox', { name: 'Command' })).toBeVisible();
  void shell;
});
