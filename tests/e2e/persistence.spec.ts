import { CONTACTS, expect, openQueue, row, test } from './fixtures';

// The in-browser mock keeps its data in IndexedDB: a demo survives a reload, and data it cannot read is
// replaced by fresh demo data with a notice — never a blank page.

test('Agent starts a call, reloads the page, and the call is still in progress', async ({ page }) => {
  await openQueue(page, '?view=overdue');
  const jordan = row(page, CONTACTS.xssNote);
  await jordan.getByRole('button', { name: 'Call Now', exact: true }).click();
  await expect(jordan.getByText('Dialing', { exact: true })).toBeVisible();
  // Wait until the server has answered (the optimistic row shows Dialing before it does).
  await expect(page.getByRole('status').filter({ hasText: `Calling ${CONTACTS.xssNote}` })).toBeVisible();

  await page.reload();
  await openQueue(page, '?view=overdue');
  await expect(row(page, CONTACTS.xssNote).getByText('Dialing', { exact: true })).toBeVisible();
  await expect(row(page, CONTACTS.xssNote).getByRole('button', { name: 'Call Now', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('Sales engineer opens a demo whose saved data is corrupted and gets fresh demo data with a notice', async ({ page }) => {
  await openQueue(page);
  // Corrupt what the mock saved: the meta record and every chunk of callbacks become garbage.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('callback-queue-mock');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['meta', 'chunks'], 'readwrite');
    tx.objectStore('meta').put({ schema: 'garbage', seed: 'not a number' }, 'meta');
    const chunks = tx.objectStore('chunks');
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const req = chunks.getAllKeys();
      req.onsuccess = () => resolve(req.result);
    });
    for (const key of keys) chunks.put('{this is not json', key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  });

  await page.reload();
  await expect(page.getByText(/could not be read/)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-callback-row]').first()).toBeVisible();
});
