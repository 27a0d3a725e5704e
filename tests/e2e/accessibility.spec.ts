import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CONTACTS, expect, openQueue, row, test } from './fixtures';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test(`An operator using assistive technology meets no WCAG A/AA violations on the queue, a dialog and the detail panel (${colorScheme})`, async ({ page }) => {
      await openQueue(page, '?view=overdue');
      await expect(row(page, CONTACTS.xssNote)).toBeVisible();
      await expectNoViolations(page);

      await row(page, CONTACTS.xssNote).getByRole('button', { name: 'Reschedule', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Reschedule ${CONTACTS.xssNote}` });
      await dialog.getByLabel("Time (contact's local time)").fill('22:00');
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await row(page, CONTACTS.xssNote).getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.getByRole('radio', { name: 'Contact asked not to be called' }).check();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');

      await row(page, CONTACTS.xssNote).getByRole('button', { name: CONTACTS.xssNote, exact: true }).click();
      const panel = page.getByRole('dialog', { name: CONTACTS.xssNote });
      await expect(panel.getByRole('heading', { name: 'History' })).toBeVisible();
      await expect(panel.getByText('Loading history…')).toHaveCount(0);
      await expectNoViolations(page);
    });
  });
}
