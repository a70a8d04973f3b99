// Issue #17: a module that cannot be fetched (offline, or a redeploy removed it)
// shows what happened and a reload button, in both languages, never a blank page.
import { test, expect, newLearner } from './fixtures/lab';

const texts = {
  en: { message: 'This part of rootkey-lab could not be loaded.', reload: 'Reload page' },
  ja: { message: 'rootkey-lab のこの部分を読み込めませんでした。', reload: 'ページを再読み込み' },
};

for (const [locale, t] of Object.entries(texts)) {
  test(`a page whose module fails to load says so and offers a reload (${locale})`, async ({ page }) => {
    await page.goto('./signin');
    await page.getByRole('combobox', { name: /Language|言語/ }).selectOption(locale);
    let blocked = true;
    await page.route('**/split_sign_up_page.wasm', (route) => (blocked ? route.abort() : route.continue()));
    await page.getByRole('link', { name: locale === 'en' ? 'Create a new AWS account' : '新しい AWS アカウントの作成' }).click();
    await expect(page.getByRole('alert')).toContainText(t.message);
    const reload = page.getByRole('button', { name: t.reload });
    await expect(reload).toBeVisible();
    blocked = false;
    await reload.click();
    await expect(page.getByRole('heading', { name: locale === 'en' ? 'Sign up for AWS' : 'AWS にサインアップ', level: 1 })).toBeVisible();
  });
}

test('when the lab engine cannot be fetched, Sign in says so and offers a reload; nothing is lost', async ({ page, signUp, secrets }) => {
  const learner = newLearner();
  secrets.push(learner.password);
  await signUp.createAccount(learner);
  // The account exists; the next page load cannot fetch the lab engine.
  let blocked = true;
  await page.route('**/split_lab_engine.wasm', (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('./signin');
  await page.getByLabel('Root user email address').fill(learner.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(learner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: texts.en.message })).toBeVisible();
  blocked = false;
  await page.getByRole('button', { name: texts.en.reload }).click();
  await page.getByLabel('Root user email address').fill(learner.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password', { exact: true }).fill(learner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Console Home' })).toBeVisible();
});
