// Who may do what on the queue: supervisors select, bulk-act and reassign; agents act only on their own work.
import { expect, openQueue, test, USERS } from './fixtures';
import { bulkBar, fetchEach } from './queue-helpers';

const ACTIONS = ['Call Now', 'Reschedule', 'Skip', 'Cancel', 'Mark Complete'];

test('Agent is not offered bulk actions and cannot act on others’ callbacks', async ({ page }) => {
  await openQueue(page, `?view=overdue&agent=${USERS.tom.id}`);
  const first = page.locator('[data-callback-row][data-index="0"]');
  await expect(first).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Select / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Select all/ })).toHaveCount(0);
  await first.focus();
  await page.keyboard.press('Space');
  await expect(bulkBar(page)).toHaveCount(0);

  // Tom's callbacks: every action is disabled with the domain's reason.
  const reason = `This callback is assigned to ${USERS.tom.name}; agents can act only on their own callbacks.`;
  for (const name of ACTIONS) {
    const button = first.getByRole('button', { name, exact: true });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription(reason);
  }
  const name = (await first.locator('td button').first().textContent()) ?? '';
  await first.getByRole('button', { name, exact: true }).click();
  const panel = page.getByRole('dialog', { name });
  await expect(panel.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Reassign' })).toHaveCount(0);
  await expect(panel.getByText(reason).first()).toBeVisible();

  // The API says the same: bulk, reassign and acting on Tom's callback are refused.
  const id = (await first.getAttribute('data-callback-row')) ?? '';
  const statuses = await page.evaluate(async (cbId) => {
    const headers = { 'X-User-Id': 'ag-1', 'Content-Type': 'application/json' };
    const post = (path: string, body: object) =>
      fetch(path, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.status);
    return [
      await post('/api/callbacks/bulk', { ids: [cbId], action: 'complete', dryRun: true }),
      await post(`/api/callbacks/${cbId}/reassign`, { agentId: 'ag-1' }),
      await post(`/api/callbacks/${cbId}/complete`, {}),
    ];
  }, id);
  expect(statuses).toEqual([403, 403, 403]);
});

test.describe('as the supervisor', () => {
  test.use({ userId: USERS.supervisor.id });

  test('Supervisor reassigns a callback to another agent', async ({ page }) => {
    await openQueue(page, `?view=overdue&agent=${USERS.priya.id}`);
    const first = page.locator('[data-callback-row][data-index="0"]');
    const id = (await first.getAttribute('data-callback-row')) ?? '';
    const name = (await first.locator('td button').first().textContent()) ?? '';
    await first.getByRole('button', { name, exact: true }).click();
    const panel = page.getByRole('dialog', { name });
    const reassign = panel.getByRole('region', { name: 'Reassign' });
    await reassign.getByLabel('Assign to').selectOption({ label: USERS.tom.name });
    await reassign.getByRole('button', { name: 'Reassign', exact: true }).click();

    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `${name}'s callback is now assigned to ${USERS.tom.name}.` }),
    ).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Callback' })).toContainText(`Agent${USERS.tom.name}`);
    await expect(panel.getByRole('region', { name: 'History' })).toContainText(
      `Reassigned from ${USERS.priya.name} to ${USERS.tom.name} by ${USERS.supervisor.name}.`,
    );
    // It leaves Priya's list, and the API agrees.
    await expect(page.locator(`[data-callback-row="${id}"]`)).toHaveCount(0);
    const [after] = await fetchEach(page, [id]);
    expect(after?.agent).toEqual({ id: USERS.tom.id, name: USERS.tom.name });
  });
});
