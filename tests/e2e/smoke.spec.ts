import { expect, test } from '@playwright/test';

test('A newcomer opens the dashboard and lands on Callbacks as Priya Shah', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/callbacks/);
  await expect(page).toHaveTitle('Callbacks');
  await expect(page.getByRole('heading', { level: 1, name: 'Callbacks' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Signed in as')).toHaveValue('ag-1');
  await expect(page.getByRole('tablist', { name: 'Queue views' })).toBeVisible();
  for (const name of ['Overdue', 'Due Today', 'This Week', 'All Pending']) {
    await expect(page.getByRole('tab', { name: new RegExp(`^${name}\\s*\\d+$`) })).toBeVisible();
  }
  await expect(page.getByText(/Times in your zone:/)).toBeVisible();
});
