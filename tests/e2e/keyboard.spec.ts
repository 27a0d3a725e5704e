import { CONTACTS, expect, openQueue, row, tab, test } from './fixtures';

test('Agent triages from the keyboard only: move, open, call, close, complete, search and help', async ({ page }) => {
  await openQueue(page, '?view=today');
  await page.keyboard.press('1');
  await expect(tab(page, 'Overdue')).toHaveAttribute('aria-selected', 'true');
  await expect(row(page, CONTACTS.xssNote)).toBeVisible();

  // j/k and the arrows move a single focused row (roving focus).
  await page.keyboard.press('j');
  await expect(page.locator('[data-callback-row]:focus')).toHaveAttribute('data-index', '0');
  await page.keyboard.press('j');
  await expect(page.locator('[data-callback-row]:focus')).toHaveAttribute('data-index', '1');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-callback-row]:focus')).toHaveAttribute('data-index', '0');
  // Down to Jordan Blake's row (an overdue customer request near the top), one row at a time.
  const jordan = row(page, CONTACTS.xssNote);
  for (let step = 0; step < 20 && !(await jordan.evaluate((el) => el === document.activeElement)); step += 1) {
    await page.keyboard.press('j');
  }
  await expect(jordan).toBeFocused();

  // Enter opens the detail panel; c calls from it; Esc closes it and focus goes back to the row.
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: CONTACTS.xssNote });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: CONTACTS.xssNote })).toBeFocused();
  await expect(panel.getByRole('heading', { name: 'Why not now' })).toBeVisible();
  await page.keyboard.press('c');
  await expect(row(page, CONTACTS.xssNote).getByText('Dialing', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(row(page, CONTACTS.xssNote)).toBeFocused();

  // m on the next row opens Mark Complete; the note is typed, Tab reaches Confirm, Enter submits.
  const jordanIndex = Number(await jordan.getAttribute('data-index'));
  await page.keyboard.press('j');
  const focused = page.locator('[data-callback-row]:focus');
  await expect(focused).toHaveAttribute('data-index', String(jordanIndex + 1));
  const name = (await focused.locator('td').first().getByRole('button').first().textContent()) ?? '';
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: `Mark the callback for ${name} complete` });
  await expect(dialog.getByLabel('Note (optional)')).toBeFocused();
  await page.keyboard.type('Reached her by email');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Confirm completion' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Marked the callback for ${name} complete.` })).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);
  await expect(page.locator('[data-callback-row]:focus')).toHaveCount(1);

  // ? lists the shortcuts; Esc closes. / focuses search, where letters are typed, not shortcuts.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Mark Complete');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search (name, phone, campaign)')).toBeFocused();
  await page.keyboard.type('Hutchins');
  await expect(page).toHaveURL(/q=Hutchins/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row(page, CONTACTS.staleSolar)).toHaveCount(1);
});

test('Tabs follow the ARIA pattern: arrow keys move between views', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  await tab(page, 'Overdue').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Due Today')).toBeFocused();
  await expect(tab(page, 'Due Today')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/view=today/);
  await page.keyboard.press('End');
  await expect(tab(page, 'All Pending')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName(/All Pending/);
});

test('A dialog keeps the keyboard inside until Esc, then gives focus back to the row', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  await page.keyboard.press('j');
  const focusedRow = page.locator('[data-callback-row]:focus');
  const id = await focusedRow.getAttribute('data-callback-row');
  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: /^Reschedule / });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByLabel("Date (contact's local date)")).toBeFocused();
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await dialog.getByLabel("Date (contact's local date)").focus();
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-callback-row="${id}"]`)).toBeFocused();
});
