import { CONTACTS, USERS, expect, fetchCallbacks, openQueue, row, tab, tabCount, test } from './fixtures';

const q = (name: string) => encodeURIComponent(name);

test('Agent calls a customer now and the row shows Dialing; a contact asleep at 06:00 cannot be called', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  const elena = row(page, CONTACTS.familyPlan);
  const refused = elena.getByRole('button', { name: 'Call Now', exact: true });
  await expect(refused).toHaveAttribute('aria-disabled', 'true');
  await expect(refused).toHaveAccessibleDescription('It is 06:00 in America/Los_Angeles; calls are allowed 08:00–21:00');

  const jordan = row(page, CONTACTS.xssNote);
  await jordan.getByRole('button', { name: 'Call Now', exact: true }).click();
  await expect(jordan.getByText('Dialing', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Calling ${CONTACTS.xssNote}` })).toBeVisible();
  await expect(page.getByRole('region', { name: `Call panel: ${CONTACTS.xssNote}` })).toBeVisible();
  // While the call is in progress the other actions explain why they wait.
  await expect(jordan.getByRole('button', { name: 'Reschedule', exact: true })).toHaveAccessibleDescription(/in progress/);
});

test('Agent tries to reschedule into 22:00 contact time, is refused with the legal sentence, then picks 10:00', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  const overdue = await tabCount(page, 'Overdue');
  await row(page, CONTACTS.xssNote).getByRole('button', { name: 'Reschedule', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Reschedule ${CONTACTS.xssNote}` });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await dialog.getByLabel("Date (contact's local date)").fill('2026-11-25');
  await dialog.getByLabel("Time (contact's local time)").fill('22:00');
  const refusal = 'Wed 25 Nov 22:00 in America/Chicago is outside the legal calling hours; calls are allowed 08:00–21:00.';
  await expect(dialog.locator('p', { hasText: refusal })).toBeVisible();
  const save = dialog.getByRole('button', { name: 'Save new time' });
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await expect(save).toHaveAccessibleDescription(refusal);

  await dialog.getByLabel("Time (contact's local time)").fill('10:00');
  await expect(dialog.getByText('Your time: Wed 25 Nov 11:00')).toBeVisible();
  await save.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${CONTACTS.xssNote} rescheduled to Wed 25 Nov 11:00` })).toBeVisible();
  await expect(row(page, CONTACTS.xssNote)).toHaveCount(0);
  await expect.poll(() => tabCount(page, 'Overdue')).toBe(overdue - 1);
  await tab(page, 'This Week').click();
  await page.getByLabel('Search (name, phone, campaign)').fill(CONTACTS.xssNote);
  await expect(row(page, CONTACTS.xssNote)).toContainText('Wed 25 Nov 11:00');
});

test('Agent reschedules into the spring-forward gap and is told the time does not exist', async ({ page }) => {
  const items = await fetchCallbacks(page, 'view=all&tz=America%2FNew_York&agentId=ag-1&limit=500');
  const newYorker = items.find((item) => item.contact.timezone === 'America/New_York');
  if (!newYorker) throw new Error('The demo data has no New York contact for Priya');
  await openQueue(page, `?view=all&q=${q(newYorker.contact.name)}`);
  await row(page, newYorker.contact.name).first().getByRole('button', { name: 'Reschedule', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Reschedule / });
  await dialog.getByLabel("Date (contact's local date)").fill('2027-03-14');
  await dialog.getByLabel("Time (contact's local time)").fill('02:30');
  await expect(dialog.locator('p', { hasText: '02:30 does not exist on that day in America/New_York (clocks jump from 02:00 to 03:00).' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Use 03:00 instead' }).click();
  await expect(dialog.getByLabel("Time (contact's local time)")).toHaveValue('03:00');

  // In the fall-back overlap 01:30 happens twice: the operator chooses which.
  await dialog.getByLabel("Date (contact's local date)").fill('2027-11-07');
  await dialog.getByLabel("Time (contact's local time)").fill('01:30');
  const group = dialog.getByRole('group', { name: /01:30 happens twice/ });
  await expect(group.getByRole('radio')).toHaveCount(2);
  await group.getByRole('radio', { name: /The second 01:30 \(EST\)/ }).check();
  await expect(dialog.getByText(/Your time: Sun 7 Nov 01:30/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Agent skips a voicemail retry and sees Retry 3 of 3 scheduled; a customer request cannot be skipped', async ({ page }) => {
  await openQueue(page, `?view=all&q=${q(CONTACTS.xssNote)}`);
  const skipRequested = row(page, CONTACTS.xssNote).getByRole('button', { name: 'Skip', exact: true });
  await expect(skipRequested).toHaveAttribute('aria-disabled', 'true');
  await expect(skipRequested).toHaveAccessibleDescription(/automatic/);

  await openQueue(page, `?view=all&q=${q(CONTACTS.staleSolar)}`);
  await row(page, CONTACTS.staleSolar).getByRole('button', { name: 'Skip', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Skip Retry 2 of 3 for ${CONTACTS.staleSolar}?` });
  await expect(dialog).toContainText('Retry 3 of 3 on Wed 09:00');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Retry 3 of 3 for ${CONTACTS.staleSolar} scheduled for Wed 25 Nov 11:00` })).toBeVisible();
  await expect(row(page, CONTACTS.staleSolar)).toContainText('Retry 3 of 3');
});

test('Agent cannot cancel with “Other” and no note, sees the DNC warning, then cancels with a note', async ({ page }) => {
  await openQueue(page, `?view=overdue`);
  const overdue = await tabCount(page, 'Overdue');
  await row(page, CONTACTS.staleSolar).getByRole('button', { name: 'Cancel', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel the callback for ${CONTACTS.staleSolar}` });
  const confirm = dialog.getByRole('button', { name: 'Confirm' });
  await expect(confirm).toHaveAccessibleDescription('Choose a reason.');
  await dialog.getByRole('radio', { name: 'Contact asked not to be called' }).check();
  await expect(dialog.getByRole('note')).toContainText('every active callback for this contact, in every campaign, will be cancelled');
  await dialog.getByRole('radio', { name: 'Other', exact: true }).check();
  await expect(confirm).toHaveAttribute('aria-disabled', 'true');
  await expect(confirm).toHaveAccessibleDescription('A note is required when the reason is Other.');
  await confirm.click({ force: true }); // a blocked button does nothing
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Note (required for Other)').fill('Duplicate lead from the solar fair');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Cancelled the callback for ${CONTACTS.staleSolar}.` })).toBeVisible();
  await expect(row(page, CONTACTS.staleSolar)).toHaveCount(0);
  await expect.poll(() => tabCount(page, 'Overdue')).toBe(overdue - 1);
});

test('Agent may not complete Tom Becker’s callback but marks her own complete with a note', async ({ page }) => {
  await openQueue(page, `?view=all&agent=${USERS.tom.id}`);
  const toms = page.getByRole('row').filter({ hasText: `Agent: ${USERS.tom.name}` }).first();
  const forbidden = toms.getByRole('button', { name: 'Mark Complete', exact: true });
  await expect(forbidden).toHaveAttribute('aria-disabled', 'true');
  await expect(forbidden).toHaveAccessibleDescription(`This callback is assigned to ${USERS.tom.name}; agents can act only on their own callbacks.`);

  await openQueue(page, '?view=overdue');
  const overdue = await tabCount(page, 'Overdue');
  await row(page, CONTACTS.familyPlan).getByRole('button', { name: 'Mark Complete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Mark the callback for ${CONTACTS.familyPlan} complete` });
  await dialog.getByLabel('Note (optional)').fill('She called us back this morning');
  await dialog.getByRole('button', { name: 'Confirm completion' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Marked the callback for ${CONTACTS.familyPlan} complete.` })).toBeVisible();
  await expect(row(page, CONTACTS.familyPlan)).toHaveCount(0);
  await expect.poll(() => tabCount(page, 'Overdue')).toBe(overdue - 1);
});
