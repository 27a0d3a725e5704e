import { readFile } from 'node:fs/promises';
import { parseCsv } from '../contract/triage-csv';
import { expect, openQueue, tabCount, test, USERS } from './fixtures';
import { collectRowNames, expectNoAxeViolations, figure, openTriage, overdueCount } from './triage-helpers';

test.describe('supervisor triage', () => {
  test.use({ userId: USERS.supervisor.id });

  test('Supervisor sees overdue figures that match the queue', async ({ page }) => {
    await openTriage(page);
    const total = await figure(page, /^\d+ overdue callbacks — open/);
    const stale = await figure(page, /^\d+ stale callbacks — open/);
    const campaignLink = page.getByRole('link', { name: /^\d+ overdue in .+ — open in the queue$/ }).first();
    const campaignCount = Number(await campaignLink.textContent());
    expect(total).toBeGreaterThan(0);

    await campaignLink.click();
    await expect(page).toHaveURL(/\/callbacks\?view=overdue&campaign=cp-\d+$/);
    await expect(page.getByRole('tab', { selected: true })).toHaveText(/^Overdue/);
    await expect.poll(() => overdueCount(page)).toBe(campaignCount);

    await openTriage(page);
    await page.getByRole('link', { name: /^\d+ stale callbacks — open/ }).click();
    await expect(page).toHaveURL(/view=overdue&stale=true/);
    await expect.poll(() => overdueCount(page)).toBe(stale);

    await openQueue(page, '?view=overdue');
    await expect.poll(() => overdueCount(page)).toBe(total);
  });

  test('Supervisor resumes a paused campaign from triage', async ({ page }) => {
    await openTriage(page);
    const callouts = page.getByRole('region', { name: 'Paused campaigns with overdue work' });
    await expect(callouts).toContainText(/is paused: \d+ overdue callbacks waiting\./);
    const name = ((await callouts.locator('li .font-semibold').first().textContent()) ?? '').trim();
    await callouts.getByRole('button', { name: `Resume ${name}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} resumed.` })).toBeVisible();
    await expect(callouts).toHaveCount(0);
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByRole('button', { name: `Pause ${name}` })).toBeVisible();
    await expect(row.getByText('Paused', { exact: true })).toHaveCount(0);
  });

  test('Supervisor exports the overdue view as CSV and its rows equal the screen’s', async ({ page }) => {
    await openQueue(page, '?view=overdue');
    const count = await tabCount(page, 'Overdue');
    const names = await collectRowNames(page);
    expect(names).toHaveLength(count);

    await openTriage(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export overdue as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('callbacks-overdue-2026-11-24.csv');
    const rows = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(rows[0]?.[0]).toBe('Contact name');
    expect(rows.slice(1).map((r) => r[0]!.replace(/^'(?=[=+\-@])/, ''))).toEqual(names);
  });

  test('Supervisor cancels every stale callback from triage, then undoes it', async ({ page }) => {
    await openTriage(page);
    const stale = await figure(page, /^\d+ stale callbacks — open/);
    expect(stale).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Act on all ${stale} stale callbacks…` }).click();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await expect(bar).toContainText(`${stale} callbacks selected (all matching the filters)`);
    await bar.getByRole('button', { name: 'Cancel' }).click();
    await bar.getByRole('button', { name: /^Preview/ }).click();
    await expect(bar.getByRole('alert')).toHaveText('Choose a reason for cancelling.');
    await bar
      .getByRole('combobox', { name: 'Reason' })
      .selectOption({ label: 'Campaign objective no longer relevant' });
    await bar.getByRole('button', { name: /^Preview/ }).click();
    await expect(bar.getByRole('status')).toContainText(/will be cancelled/);
    await expectNoAxeViolations(page);
    await bar.getByRole('button', { name: /^Apply to \d+$/ }).click();
    await expect(bar.getByRole('status')).toContainText(/cancelled/);
    await expect.poll(() => figure(page, /^\d+ stale callbacks — open/)).toBe(0);

    await bar.getByRole('button', { name: 'Undo' }).click();
    await expect(bar.getByRole('status')).toContainText(/Undid/);
    await expect.poll(() => figure(page, /^\d+ stale callbacks — open/)).toBe(stale);
    await bar.getByRole('button', { name: 'Close' }).click();
    await expect(bar).toHaveCount(0);
  });

  test('Triage has no WCAG A/AA violations', async ({ page }) => {
    await openTriage(page);
    await expect(page.getByRole('img', { name: /due in the next 24 hours|No callbacks due/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('An agent opening triage is told it is for supervisors', async ({ page }) => {
  await page.goto('/triage');
  await expect(page.getByRole('heading', { level: 1, name: 'Triage' })).toBeVisible();
  await expect(page.getByText(/Triage is for supervisors/)).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage' }),
  ).toHaveCount(0);
});
