import { CONTACTS, USERS, collectRowIds, expect, openQueue, row, tab, tabCount, test } from './fixtures';

const VIEWS = [
  { tab: 'Overdue', view: 'overdue' },
  { tab: 'Due Today', view: 'today' },
  { tab: 'This Week', view: 'week' },
  { tab: 'All Pending', view: 'all' },
] as const;

test('Agent works through every view and each tab count matches its rows', async ({ page }) => {
  await openQueue(page);
  const summary = await page.evaluate(async () => {
    const response = await fetch('/api/callbacks/summary?tz=America%2FNew_York&agentId=ag-1', { headers: { 'X-User-Id': 'ag-1' } });
    return (await response.json()) as Record<string, number>;
  });
  for (const { tab: name, view } of VIEWS) {
    await tab(page, name).click();
    await expect(page).toHaveURL(new RegExp(`view=${view}`));
    await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
    const count = await tabCount(page, name);
    expect(count).toBe(summary[view]);
    await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', String(count + 1));
    expect(await collectRowIds(page)).toHaveLength(count);
  }
  // Overdue ⊂ All Pending; This Week ⊇ Due Today.
  expect(await tabCount(page, 'All Pending')).toBeGreaterThanOrEqual(await tabCount(page, 'Overdue'));
  expect(await tabCount(page, 'This Week')).toBeGreaterThanOrEqual(await tabCount(page, 'Due Today'));
});

test.describe('as the supervisor', () => {
  test.use({ userId: USERS.supervisor.id });

  test('Supervisor finds an overdue customer request in Overdue and All Pending only', async ({ page }) => {
    for (const [view, present] of [
      ['overdue', true],
      ['today', false],
      ['week', false],
      ['all', true],
    ] as const) {
      await openQueue(page, `?view=${view}&q=${encodeURIComponent(CONTACTS.xssNote)}`);
      await expect(row(page, CONTACTS.xssNote)).toHaveCount(present ? 1 : 0);
    }
    await openQueue(page, `?view=overdue&q=${encodeURIComponent(CONTACTS.xssNote)}`);
    const jordan = row(page, CONTACTS.xssNote);
    await expect(jordan).toContainText('Customer requested');
    await expect(jordan).toContainText('Callback requested');
    await expect(jordan).toContainText('contact time (America/Chicago)');
  });

  test('Supervisor sees tomorrow’s customer request in This Week but not in Due Today', async ({ page }) => {
    await openQueue(page, `?view=week&q=${encodeURIComponent(CONTACTS.replaced)}`);
    await expect(row(page, CONTACTS.replaced)).toHaveCount(1);
    await openQueue(page, `?view=today&q=${encodeURIComponent(CONTACTS.replaced)}`);
    await expect(page.getByText('No callbacks match your search and filters.')).toBeVisible();
  });

  test('Supervisor spots the stale callback in the paused campaign from its badges', async ({ page }) => {
    await openQueue(page, `?view=overdue&q=${encodeURIComponent(CONTACTS.staleSolar)}`);
    const dale = row(page, CONTACTS.staleSolar);
    await expect(dale.getByText('Stale', { exact: true })).toBeVisible();
    await expect(dale.getByText('Campaign paused', { exact: true })).toBeVisible();
    await expect(dale).toContainText('Retry 2 of 3');
    await page.getByLabel(/Stale only/).click();
    await expect(page.getByLabel(/Stale only/)).toBeChecked();
    await expect(page).toHaveURL(/stale=true/);
    await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '2');
  });
});

test.describe('with a one-callback dataset', () => {
  test.use({ userId: USERS.supervisor.id, size: 1 });

  test('Sales engineer resets to a tiny dataset and every empty view says so kindly', async ({ page }) => {
    await openQueue(page, '?view=overdue');
    await expect(tab(page, 'Overdue')).toHaveAccessibleName(/Overdue\s*1/);
    await tab(page, 'Due Today').click();
    await expect(page.getByText('Nothing else due today.')).toBeVisible();
    await tab(page, 'This Week').click();
    await expect(page.getByText('Nothing due for the rest of this week.')).toBeVisible();
  });
});
