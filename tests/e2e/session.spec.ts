import { USERS, expect, openQueue, tabCount, test } from './fixtures';

test('Morgan switches “Signed in as” to the supervisor and sees every agent’s work; the choice survives a reload', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  const agentOverdue = await tabCount(page, 'Overdue');
  await expect(page.getByLabel('Agent', { exact: true })).toHaveValue('');
  await page.getByLabel('Signed in as').selectOption(USERS.supervisor.id);
  await expect.poll(() => tabCount(page, 'Overdue')).toBeGreaterThan(agentOverdue);
  await expect(page.getByRole('option', { name: 'All agents', selected: true })).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel('Signed in as')).toHaveValue(USERS.supervisor.id);
});

test('Operator changes the time zone and every time follows; the zone is kept across reloads', async ({ page }) => {
  await openQueue(page, '?view=overdue&q=Jordan');
  await expect(page.getByText('Times in your zone: America/New_York')).toBeVisible();
  const before = await page.getByRole('row').nth(1).locator('time').textContent();
  await page.getByLabel('Your time zone').selectOption('Asia/Kolkata');
  await expect(page.getByText('Times in your zone: Asia/Kolkata')).toBeVisible();
  await expect(page.getByRole('row').nth(1).locator('time')).not.toHaveText(before ?? '');
  await page.reload();
  await expect(page.getByLabel('Your time zone')).toHaveValue('Asia/Kolkata');
});
