import type { Page } from '@playwright/test';
import { CONTACTS, USERS, expect, openQueue, row, tabCount, test } from './fixtures';

const q = (name: string) => encodeURIComponent(name);

async function callAndPlay(page: Page, contact: string, outcome: string) {
  await row(page, contact).getByRole('button', { name: 'Call Now', exact: true }).click();
  await expect(row(page, contact).getByText('Dialing', { exact: true })).toBeVisible();
  const panel = page.getByRole('region', { name: `Call panel: ${contact}` });
  await panel.getByRole('group', { name: 'Call outcome' }).getByRole('button', { name: outcome, exact: true }).click();
  return panel;
}

test('Agent plays Voicemail from the call panel and sees Retry 2 of 3 scheduled', async ({ page }) => {
  await openQueue(page, `?view=all&q=${q('Rohan Iyer')}`);
  await expect(row(page, 'Rohan Iyer')).toContainText('Retry 1 of 3');
  const panel = await callAndPlay(page, 'Rohan Iyer', 'Voicemail');
  await expect(panel.getByTestId('call-result')).toContainText(/Voicemail recorded\. Retry 2 of 3 scheduled for .+ contact time \(Asia\/Kolkata\)/);
  await expect(page.getByRole('status').filter({ hasText: 'Voicemail: Retry 2 of 3 scheduled for' })).toBeVisible();
  await expect(row(page, 'Rohan Iyer')).toContainText('Retry 2 of 3');
  await expect(row(page, 'Rohan Iyer')).toContainText('Voicemail');
  await expect(row(page, 'Rohan Iyer').getByText('Dialing', { exact: true })).toHaveCount(0);
});

test('Agent plays Answered and the callback leaves the queue', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  const overdue = await tabCount(page, 'Overdue');
  const panel = await callAndPlay(page, CONTACTS.xssNote, 'Answered');
  await expect(panel.getByTestId('call-result')).toContainText(`Closed: ${CONTACTS.xssNote} in Home Insurance Quotes (answered).`);
  await expect(row(page, CONTACTS.xssNote)).toHaveCount(0);
  await expect.poll(() => tabCount(page, 'Overdue')).toBe(overdue - 1);
});

test('Agent records a callback request with a time and notes, and the queue shows it as customer requested', async ({ page }) => {
  await openQueue(page, `?view=all&q=${q(CONTACTS.xssNote)}`);
  await row(page, CONTACTS.xssNote).getByRole('button', { name: 'Call Now', exact: true }).click();
  const panel = page.getByRole('region', { name: `Call panel: ${CONTACTS.xssNote}` });
  await panel.getByRole('button', { name: 'Callback requested' }).click();
  const form = panel.getByRole('form', { name: 'Callback requested' });
  await form.getByLabel('Date (America/Chicago)').fill('2026-11-25');
  await form.getByLabel("Time (contact's local time)").fill('14:00');
  await expect(form.getByText('Your time: Wed 25 Nov 15:00')).toBeVisible();
  await form.getByLabel('Notes from the conversation').fill('Call me at 2pm sharp, ask for Dana');
  await form.getByRole('button', { name: 'Record callback request' }).click();
  await expect(panel.getByTestId('call-result')).toContainText('Callback requested recorded.');
  const jordan = row(page, CONTACTS.xssNote);
  await expect(jordan).toContainText('Wed 25 Nov 15:00');
  await expect(jordan).toContainText('14:00 contact time (America/Chicago)');
  await expect(jordan).toContainText('Customer requested');
  await expect(jordan).toContainText('Note: Call me at 2pm sharp, ask for Dana');
});

test.describe('as the supervisor', () => {
  test.use({ userId: USERS.supervisor.id });

  test('Supervisor plays Busy for a Kathmandu contact and the next busy retry is placed in her calling window', async ({ page }) => {
    await openQueue(page, `?view=all&q=${q('Anjali Shrestha')}`);
    await expect(row(page, 'Anjali Shrestha')).toContainText('Retry 1 of 5');
    const panel = await callAndPlay(page, 'Anjali Shrestha', 'Busy');
    await expect(panel.getByTestId('call-result')).toContainText(/Retry 2 of 5 scheduled for .+contact time \(Asia\/Kathmandu\)/);
    await expect(row(page, 'Anjali Shrestha')).toContainText('Retry 2 of 5');
  });

  test('Supervisor plays a DNC request and every callback of that contact is cancelled', async ({ page }) => {
    await openQueue(page, `?view=all&q=${q(CONTACTS.replaced)}`);
    const panel = await callAndPlay(page, CONTACTS.replaced, 'DNC request');
    await expect(panel.getByTestId('call-result')).toContainText(`${CONTACTS.replaced} is now on the Do-Not-Call list`);
    await expect(row(page, CONTACTS.replaced)).toHaveCount(0);
    await expect(page.getByText('No callbacks match your search and filters.')).toBeVisible();
  });
});
