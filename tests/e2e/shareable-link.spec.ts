import { CONTACTS, expect, openQueue, row, tab, test } from './fixtures';

test('Supervisor shares a link with view, search, filters and sort, and the agent sees the same screen', async ({ page }) => {
  const link = `?view=all&q=Blake&campaign=cp-3&agent=all&type=customer-requested&outcome=callback-requested&sort=-scheduled`;
  await openQueue(page, link);
  await expect(tab(page, 'All Pending')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Search (name, phone, campaign)')).toHaveValue('Blake');
  await expect(page.getByLabel('Campaign', { exact: true })).toHaveValue('cp-3');
  await expect(page.getByLabel('Agent', { exact: true })).toHaveValue('all');
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('customer-requested');
  await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue('callback-requested');
  await expect(page.getByLabel('Sort', { exact: true })).toHaveValue('-scheduled');
  await expect(row(page, CONTACTS.xssNote)).toHaveCount(1);
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '2');
});

test('Agent narrows the queue and the address bar keeps every choice for the next visit', async ({ page }) => {
  await openQueue(page);
  await tab(page, 'This Week').click();
  await page.getByLabel('Type', { exact: true }).selectOption('customer-requested');
  await page.getByLabel('Sort', { exact: true }).selectOption('name');
  await page.getByLabel('Search (name, phone, campaign)').fill('Home Insurance');
  await expect(page).toHaveURL(/view=week/);
  await expect(page).toHaveURL(/type=customer-requested/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/q=Home\+Insurance/);
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByLabel('Search (name, phone, campaign)')).toHaveValue('Home Insurance');
  await expect(tab(page, 'This Week')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('columnheader', { name: /Contact/ })).toHaveAttribute('aria-sort', 'ascending');
});
