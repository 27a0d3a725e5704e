// Supervisors' bulk actions from the queue: select (all matching, shift-click ranges, Space), preview the dry
// run, apply, undo — and the screen tells the truth after each step.
import { expect, FIXED_NOW, fetchCallbacks, openQueue, tabCount, test, USERS } from './fixtures';
import { insidePreferredWindowInPage } from './domain-in-page';
import { bulkBar, fetchEach, previewBulk, rowCheckbox } from './queue-helpers';
import { expectNoAxeViolations } from './triage-helpers';

test.use({ userId: USERS.supervisor.id });

test('Supervisor selects every stale callback, previews, cancels and undoes', async ({ page }) => {
  await openQueue(page, '?view=overdue&stale=true');
  const stale = await tabCount(page, 'Overdue');
  expect(stale).toBeGreaterThan(1);
  await page.getByRole('button', { name: `Select all ${stale} matching this filter` }).click();
  const bar = bulkBar(page);
  await expect(bar).toContainText(`${stale} callbacks selected (all matching the filters)`);
  await expect(rowCheckbox(page, 0)).toBeChecked();

  await previewBulk(
    page,
    'Cancel',
    (b) =>
      b
        .getByRole('combobox', { name: 'Reason' })
        .selectOption({ label: 'Campaign objective no longer relevant' }),
    `${stale} will be cancelled`,
  );
  await bar.getByRole('button', { name: `Apply to ${stale}` }).click();
  await expect(bar.getByRole('status')).toHaveText(`${stale} cancelled`);
  // The rows are gone and every count dropped.
  await expect(page.locator('[data-callback-row]')).toHaveCount(0);
  await expect(page.getByText('No callbacks match your search and filters.')).toBeVisible();
  await expect.poll(() => tabCount(page, 'Overdue')).toBe(0);
  await expect(page.getByLabel(/Stale only/)).toHaveAccessibleName('Stale only (0)');

  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(bar.getByRole('status')).toHaveText(
    `Undid bulk cancel of ${stale} callbacks: ${stale} restored.`,
  );
  await expect.poll(() => tabCount(page, 'Overdue')).toBe(stale);
  await expect(page.locator('[data-callback-row]').first()).toBeVisible();
  await expect(page.getByLabel(/Stale only/)).toHaveAccessibleName(`Stale only (${stale})`);
  await bar.getByRole('button', { name: 'Close' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByText('No callbacks selected.')).toBeVisible();
});

test('Supervisor bulk-reschedules overdue work to each contact’s next preferred window', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  const overdue = await tabCount(page, 'Overdue');
  const ids = (await fetchCallbacks(page, 'view=overdue&tz=America/New_York&limit=500')).map((cb) => cb.id);
  expect(ids).toHaveLength(overdue);
  await page.getByRole('button', { name: `Select all ${overdue} matching this filter` }).click();
  await previewBulk(
    page,
    'Reschedule',
    (b) => b.getByRole('radio', { name: 'Next preferred window of each contact' }).check(),
    `${overdue} will be rescheduled`,
  );
  await bulkBar(page)
    .getByRole('button', { name: `Apply to ${overdue}` })
    .click();
  await expect(bulkBar(page).getByRole('status')).toHaveText(`${overdue} rescheduled`);
  await expect.poll(() => tabCount(page, 'Overdue')).toBe(0);

  // Through the API: every one is pending, in the future and inside its contact's preferred window
  // (the domain's isInsidePreferredWindow, run in the page with the time-zone data the mock used).
  const changed = await fetchEach(page, ids);
  expect(changed.filter((cb) => cb.status !== 'pending' || cb.scheduledAt <= FIXED_NOW)).toEqual([]);
  const control = {
    at: '2026-11-24T08:00:00.000Z',
    contact: { timezone: 'America/New_York', kind: 'business' as const },
  };
  const [night, ...inside] = await insidePreferredWindowInPage(page, [
    control, // 03:00 in New York: outside, so the check can fail
    ...changed.map((cb) => ({ at: cb.scheduledAt, contact: cb.contact })),
  ]);
  expect(night).toBe(false);
  const outside = changed.filter((_cb, i) => !inside[i]);
  expect(outside.map((cb) => `${cb.contact.name} ${cb.scheduledAt} ${cb.contact.timezone}`)).toEqual([]);
});

test('Supervisor shift-click selects a range', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  await rowCheckbox(page, 1).click();
  await rowCheckbox(page, 4).click({ modifiers: ['Shift'] });
  for (const index of [1, 2, 3, 4]) await expect(rowCheckbox(page, index)).toBeChecked();
  for (const index of [0, 5]) await expect(rowCheckbox(page, index)).not.toBeChecked();
  await expect(bulkBar(page)).toContainText('4 callbacks selected');
  await expect(page.getByRole('checkbox', { name: 'Select all loaded' })).toHaveJSProperty(
    'indeterminate',
    true,
  );

  // Space on a focused row toggles it; Shift-click on a ticked row unticks the range.
  await page.locator('[data-callback-row][data-index="6"]').focus();
  await page.keyboard.press('Space');
  await expect(rowCheckbox(page, 6)).toBeChecked();
  await expect(bulkBar(page)).toContainText('5 callbacks selected');
  await rowCheckbox(page, 3).click({ modifiers: ['Shift'] });
  for (const index of [3, 4, 5, 6]) await expect(rowCheckbox(page, index)).not.toBeChecked();
  await expect(bulkBar(page)).toContainText('2 callbacks selected');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Select or unselect the focused callback',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Supervisor with a row selected and the bulk bar open meets no WCAG A/AA violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openQueue(page, '?view=overdue');
    await rowCheckbox(page, 0).check();
    await expect(bulkBar(page)).toContainText('1 callback selected');
    await expectNoAxeViolations(page);
    await bulkBar(page).getByRole('button', { name: 'Reassign', exact: true }).click();
    await expectNoAxeViolations(page);
    await bulkBar(page).getByRole('button', { name: 'Back' }).click();
    await previewBulk(page, 'Mark Complete', () => Promise.resolve(), '1 will be marked complete');
    await expectNoAxeViolations(page);
  });
}
