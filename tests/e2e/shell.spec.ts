import { expect, test } from '@playwright/test';

test('A newcomer opens the dashboard and lands on Callbacks', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/callbacks/);
  await expect(page).toHaveTitle('Callbacks');
  await expect(page.getByRole('heading', { level: 1, name: 'Callbacks' })).toBeVisible();
});
