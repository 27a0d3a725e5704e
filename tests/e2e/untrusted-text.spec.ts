import { CONTACTS, XSS_NOTE, expect, openQueue, row, test } from './fixtures';

test('A customer note holding <img onerror> shows as plain text and runs nothing', async ({ page, dialogs }) => {
  await openQueue(page, '?view=overdue');
  const jordan = row(page, CONTACTS.xssNote);
  await expect(jordan).toContainText(`Note: ${XSS_NOTE}`);
  await jordan.getByRole('button', { name: CONTACTS.xssNote, exact: true }).click();
  const panel = page.getByRole('dialog', { name: CONTACTS.xssNote });
  await expect(panel.getByText(XSS_NOTE, { exact: true })).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
