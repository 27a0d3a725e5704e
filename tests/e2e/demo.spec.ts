import { expect, openQueue, tabCount, test, USERS } from './fixtures';
import { expectNoAxeViolations, overdueCount } from './triage-helpers';

const counts = async (page: Parameters<typeof tabCount>[0]) => ({
  overdue: await tabCount(page, 'Overdue'),
  today: await tabCount(page, 'Due Today'),
});

test.describe('demo controls', () => {
  test.use({ userId: USERS.supervisor.id });

  test('Sales engineer moves the clock a day and Due Today work turns Overdue', async ({ page }) => {
    await openQueue(page, '?view=today');
    const before = await counts(page);
    expect(before.today).toBeGreaterThan(0);
    const firstToday = await page.locator('[data-callback-row] td button').first().textContent();

    await page.getByRole('button', { name: 'Demo', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Demo controls' });
    await expect(panel).toContainText('real time');
    await panel.getByRole('button', { name: '+1 day' }).click();
    await expect(panel).toContainText('Wed 25 Nov 2026 09:00');
    await expect(panel).toContainText('1 day ahead of real time');

    await expect.poll(() => overdueCount(page)).toBeGreaterThanOrEqual(before.overdue + before.today);
    await page.getByRole('tab', { name: /^Overdue/ }).click();
    await page.getByRole('searchbox', { name: /Search/ }).fill(firstToday ?? '');
    await expect(
      page
        .locator('[data-callback-row]')
        .filter({ hasText: firstToday ?? '' })
        .first(),
    ).toBeVisible();

    await panel.getByRole('button', { name: 'Back to real time' }).click();
    await expect(panel).toContainText('Tue 24 Nov 2026 09:00');
  });

  test('Sales engineer simulates the dialer and the counts change', async ({ page }) => {
    await openQueue(page, '?view=overdue&agent=all');
    const before = await tabCount(page, 'Overdue');
    await page.getByRole('button', { name: 'Demo', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Demo controls' });
    await panel.getByRole('combobox', { name: 'Calls to place' }).selectOption('25');
    await panel.getByRole('button', { name: 'Simulate the dialer' }).click();
    await expect(panel.getByRole('status')).toContainText(/The dialer called \d+ due callbacks?: /);
    const calls = panel.getByRole('list', { name: 'Calls placed' }).getByRole('listitem');
    await expect(calls.first()).toContainText(/→/);
    const played = await calls.count();
    expect(played).toBeGreaterThan(0);
    await expect.poll(() => overdueCount(page)).toBeLessThan(before);
  });

  test('Sales engineer finishes the walkthrough', async ({ page }) => {
    await openQueue(page, '?view=all');
    // The queue marks what the tour points at.
    const retryRow = page.locator('[data-tour="retry-row"]');
    await expect(retryRow).toContainText(/Retry \d+ of \d+/);
    await expect(page.locator('[data-tour="customer-requested"]')).toContainText('Customer requested');
    await expect(retryRow.locator('[data-tour="skip"]')).toHaveText('Skip');
    await expect(retryRow.locator('[data-tour="dnc"]')).toHaveText('Cancel');
    await expect(page.getByRole('tablist', { name: 'Queue views' })).toHaveAttribute('data-tour', 'views');
    const demo = page.getByRole('button', { name: 'Demo', exact: true });
    await demo.click();
    await page.getByRole('button', { name: 'Start a walkthrough' }).click();
    const tour = page.getByRole('dialog', { name: 'Four views of the queue' });
    await expect(tour).toBeVisible();
    await expect(tour).toContainText('Step 1 of 6');
    await expect(tour).toBeFocused();
    await expectNoAxeViolations(page);

    await tour.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('dialog', { name: 'Automatic retries' })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('dialog', { name: 'Four views of the queue' })).toBeVisible();
    for (let step = 1; step < 6; step += 1) {
      await expect(page.getByRole('dialog')).not.toContainText('Not on this screen right now');
      await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
    }
    const last = page.getByRole('dialog', { name: 'Make time pass' });
    await expect(last).toContainText('Step 6 of 6');
    await expect(last).not.toContainText('Not on this screen right now');
    await last.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(demo).toBeFocused();

    await demo.click();
    await page.getByRole('button', { name: 'Start a walkthrough' }).click();
    await expect(page.getByRole('dialog', { name: 'Four views of the queue' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('The demo panel has no WCAG A/AA violations', async ({ page }) => {
    await openQueue(page);
    await page.getByRole('button', { name: 'Demo', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Demo controls' });
    await expect(panel.getByRole('heading', { name: 'Demo controls' })).toBeFocused();
    await panel.getByRole('button', { name: 'Simulate the dialer' }).click();
    await expect(panel.getByRole('status')).toContainText(/dialer/);
    await expectNoAxeViolations(page, '[aria-labelledby$="-title"]');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Demo', exact: true })).toBeFocused();
  });
});
