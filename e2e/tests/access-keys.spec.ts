import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/lab';

test('the access keys section is a disclosure with the console table', async ({ page, signedInRoot: _, credentials }) => {
  await credentials.open();
  await credentials.continuePastWarning();
  const toggle = credentials.accessKeysToggle();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Access key ID', 'Created', 'Last used', 'Last used region', 'Last used service', 'Status', 'Actions']) {
    await expect(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText("You don't have any root user access keys.")).toBeVisible();
});

test('create: the secret is shown once, then nowhere', async ({ page, signedInRoot, credentials, secrets }) => {
  await credentials.openAccessKeys();
  await credentials.createButton().click();
  const d = page.getByRole('dialog');
  await expect(d).toContainText('This is the only time that the secret access key can be viewed or downloaded.');
  await d.getByRole('button', { name: 'Show Access Key' }).click();
  await expect(d.getByRole('button', { name: 'Hide Access Key' })).toBeVisible();
  const id = (await d.locator('.key-reveal dd').nth(0).textContent())!;
  const secret = (await d.locator('.key-reveal dd').nth(1).textContent())!;
  secrets.push(secret);
  expect(id).toMatch(/^AKIA[A-Z2-7]{16}$/);
  expect(secret).toMatch(/^[A-Za-z0-9+/]{40}$/);
  await d.getByRole('button', { name: 'Hide Access Key' }).click();
  await expect(d.getByText(secret)).toBeHidden();
  await d.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(d).toBeHidden();

  const row = credentials.row(id);
  await expect(row.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'N/A' })).toHaveCount(3);
  await expect(row.getByRole('cell').nth(1)).toContainText('GMT+9');
  expect(await page.content()).not.toContain(secret);
  await page.reload();
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await expect(credentials.row(id)).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  void signedInRoot;
});

test('Download Key File saves rootkey.csv with the exact bytes', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  await credentials.createButton().click();
  const d = page.getByRole('dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    d.getByRole('button', { name: 'Download Key File' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rootkey.csv');
  const bytes = await readFile((await download.path())!);
  const text = bytes.toString('utf8');
  expect(bytes[0]).not.toBe(0xef); // no byte-order mark
  const match = /^Access key ID,Secret access key\r\n(AKIA[A-Z2-7]{16}),([A-Za-z0-9+/]{40})\r\n$/.exec(text);
  expect(match, text).not.toBeNull();
  secrets.push(match![2]);
  // Downloaded: closing needs no confirmation.
  await d.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(d).toBeHidden();
  await expect(credentials.row(match![1])).toBeVisible();
});

test('closing before the secret was shown or downloaded asks first', async ({ page, signedInRoot: _, credentials }) => {
  await credentials.openAccessKeys();
  await credentials.createButton().click();
  const d = page.getByRole('dialog');
  await d.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(d.getByRole('alert')).toContainText('cannot be retrieved again');
  await d.getByRole('button', { name: 'Go back' }).click();
  await expect(d.getByRole('alert')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(d.getByRole('alert')).toBeVisible();
  await d.getByRole('button', { name: 'Discard the secret' }).click();
  await expect(d).toBeHidden();
  await expect(credentials.rows()).toHaveCount(1);
});

test('at two keys, inactive ones included, Create is disabled with the reason', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const first = await credentials.createKey();
  secrets.push(first.secret);
  await credentials.row(first.id).getByRole('button', { name: 'Make Inactive' }).click();
  await expect(credentials.createButton()).toBeEnabled();
  const second = await credentials.createKey();
  secrets.push(second.secret);
  await expect(credentials.createButton()).toBeDisabled();
  await expect(credentials.createButton()).toHaveAccessibleDescription(/maximum of two access keys \(active or inactive\)/);
  await expect(page.getByText('You can have a maximum of two access keys (active or inactive) at a time.')).toBeVisible();
});

test('Make Inactive and Make Active change the status text', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  const row = credentials.row(key.id);
  await row.getByRole('button', { name: `Make Inactive ${key.id}` }).click();
  await expect(row.getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'now inactive' })).toHaveCount(1);
  await row.getByRole('button', { name: 'Make Active' }).click();
  await expect(row.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await page.reload();
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await expect(credentials.row(key.id).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
});

test('delete: deactivate first, type the ID, and it is gone for good', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  await credentials.row(key.id).getByRole('button', { name: 'Delete' }).click();
  const d = page.getByRole('dialog');
  const confirm = d.getByLabel('Type the access key ID to confirm');
  const del = d.getByRole('button', { name: 'Delete', exact: true });
  await confirm.fill(key.id);
  await expect(del).toBeDisabled(); // still active
  await d.getByRole('button', { name: 'Deactivate' }).click();
  await expect(d.getByRole('button', { name: 'Deactivate' })).toBeHidden();
  await expect(del).toBeEnabled();
  await confirm.fill(key.id.slice(0, -1));
  await expect(del).toBeDisabled();
  await confirm.fill(key.id.toLowerCase());
  await expect(del).toBeDisabled();
  // A paste arrives as one text insertion, surrounding spaces included.
  await confirm.fill('');
  await confirm.focus();
  await page.keyboard.insertText(` ${key.id} `);
  await expect(del).toBeEnabled();
  await del.click();
  await expect(d).toBeHidden();
  await expect(credentials.rows()).toHaveCount(0);
  await page.reload();
  await credentials.continuePastWarning();
  await credentials.expandAccessKeys();
  await expect(page.getByText(key.id)).toBeHidden();
});

test('Cancel in the delete dialog changes nothing', async ({ page, signedInRoot: _, credentials, secrets }) => {
  await credentials.openAccessKeys();
  const key = await credentials.createKey();
  secrets.push(key.secret);
  await credentials.row(key.id).getByRole('button', { name: 'Make Inactive' }).click();
  await credentials.row(key.id).getByRole('button', { name: 'Delete' }).click();
  const d = page.getByRole('dialog');
  await d.getByLabel('Type the access key ID to confirm').fill(key.id);
  await d.getByRole('button', { name: 'Cancel' }).click();
  await expect(d).toBeHidden();
  await expect(credentials.row(key.id).getByRole('cell', { name: 'Inactive', exact: true })).toBeVisible();
});
