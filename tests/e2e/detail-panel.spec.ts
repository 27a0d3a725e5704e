import { CONTACTS, USERS, expect, openQueue, row, test } from './fixtures';

const q = (name: string) => encodeURIComponent(name);

test.describe('as the supervisor', () => {
  test.use({ userId: USERS.supervisor.id });

  test('Supervisor opens a callback’s details: history with what was replaced, why not now, and a policy preview', async ({ page }) => {
    await openQueue(page, `?view=all&q=${q(CONTACTS.replaced)}`);
    await row(page, CONTACTS.replaced).getByRole('button', { name: CONTACTS.replaced, exact: true }).click();
    const panel = page.getByRole('dialog', { name: CONTACTS.replaced });
    await expect(panel.getByRole('heading', { name: 'History' })).toBeVisible();
    const history = panel.getByRole('list').filter({ hasText: 'by Dialer' }).first();
    await expect(history).toContainText(/Replaced: Retry 1 of 3 · No answer/);
    await expect(panel.getByRole('region', { name: 'Why not now' })).toContainText('Can be called now: 14:00 in Europe/London.');

    const preview = panel.getByRole('region', { name: 'Policy preview' });
    await preview.getByLabel('If the next call ends with').selectOption('busy');
    await expect(preview.getByTestId('policy-summary')).toContainText(/^busy now → .+, then exhausted/);
    await expect(preview.getByRole('listitem')).toHaveCount(5);
    // The five actions are in the panel too.
    for (const name of ['Call Now', 'Reschedule', 'Skip', 'Cancel', 'Mark Complete']) {
      await expect(panel.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect(panel).toBeHidden();
  });

  test('Supervisor acts on a row someone else just changed: the optimistic change rolls back with the server’s reason', async ({ page }) => {
    await openQueue(page, `?view=overdue&q=${q(CONTACTS.xssNote)}`);
    const jordan = row(page, CONTACTS.xssNote);
    await expect(jordan).toBeVisible();
    // Meanwhile a colleague reschedules the same callback (the page still shows the old version).
    await page.evaluate(async (name) => {
      const headers = { 'X-User-Id': 'sup-1', 'Content-Type': 'application/json' };
      const response = await fetch(`/api/callbacks?view=all&q=${encodeURIComponent(name)}`, { headers });
      const list = (await response.json()) as { items: { id: string; version: number }[] };
      const cb = list.items[0];
      if (!cb) throw new Error(`${name} is not in the queue`);
      await fetch(`/api/callbacks/${cb.id}/reschedule`, {
        method: 'POST',
        headers: { ...headers, 'If-Match': String(cb.version) },
        body: JSON.stringify({ scheduledAt: '2026-11-24T19:00:00.000Z' }),
      });
    }, CONTACTS.xssNote);
    await jordan.getByRole('button', { name: 'Call Now', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'changed by someone else' });
    await expect(alert).toContainText(`Nothing changed for ${CONTACTS.xssNote}; the row now shows the latest version.`);
    // The latest version is due later today, so it leaves Overdue, without a Dialing badge.
    await expect(jordan).toHaveCount(0);
    await page.getByRole('tab', { name: /^Due Today/ }).click();
    await expect(jordan).toContainText('Tue 24 Nov 14:00');
    await expect(jordan.getByText('Dialing', { exact: true })).toHaveCount(0);
  });
});

test('Agent reads why a contact cannot be called now and when they can', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  await row(page, CONTACTS.familyPlan).getByRole('button', { name: CONTACTS.familyPlan, exact: true }).click();
  const panel = page.getByRole('dialog', { name: CONTACTS.familyPlan });
  await expect(panel.getByRole('region', { name: 'Why not now' })).toContainText(
    '06:00 local — calls allowed from 08:00 — next eligible Tue 24 Nov 11:00 · 08:00 contact time (America/Los_Angeles).',
  );
  await expect(panel.getByRole('listitem').filter({ hasText: 'It is 06:00 in America/Los_Angeles' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});
