// The queue's "Export CSV": the current view with its filters and order, times in both zones.
import { readFile } from 'node:fs/promises';
import { formatIn } from '../../src/domain/time';
import { parseCsv } from '../contract/triage-csv';
import { expect, OPERATOR_TZ, openQueue, tabCount, test, USERS } from './fixtures';
import { collectRows } from './queue-helpers';

test.use({ userId: USERS.supervisor.id });

test('Supervisor exports the filtered view and the CSV rows equal the screen’s', async ({ page }) => {
  await openQueue(page, '?view=all&campaign=cp-1&sort=name');
  const count = await tabCount(page, 'All Pending');
  const screen = await collectRows(page);
  expect(screen.length).toBe(count);
  expect(count).toBeGreaterThan(10);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('callbacks-all-2026-11-24.csv');
  const [header, ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(header?.slice(4, 8)).toEqual([
    'Scheduled (operator time)',
    'Operator time zone',
    'Scheduled (contact time)',
    'Contact time zone',
  ]);
  const fromCsv = rows.map((r) => ({
    name: r[0]?.replace(/^'(?=[=+\-@])/, ''),
    operator: `${r[4]} ${r[5]}`,
    contact: `${r[6]?.slice(11)} contact time (${r[7]})`,
  }));
  const fromScreen = screen.map((s) => ({
    name: s.name,
    operator: `${formatIn(s.at, OPERATOR_TZ, 'yyyy-MM-dd HH:mm')} ${OPERATOR_TZ}`,
    contact: s.contactTime.replace(/^[A-Z][a-z]{2} /, ''),
  }));
  expect(fromCsv).toEqual(fromScreen);
});
