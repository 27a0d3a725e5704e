// The CSV of a queue view: one row per callback, RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
import { describeRetry, outcomeLabel } from '../domain/labels';
import { formatIn } from '../domain/time';
import type { CallbackView, Instant, TimeZone } from '../domain/types';
import { isStale } from '../domain/views';

export const CSV_HEADER = [
  'Contact name',
  'Phone',
  'Outcome',
  'Retry',
  'Scheduled (operator time)',
  'Operator time zone',
  'Scheduled (contact time)',
  'Contact time zone',
  'Campaign',
  'Agent',
  'Status',
  'Notes',
] as const;

/** Quotes a cell when it must be, and defuses formula injection: a cell starting with = + - @ (or tab/CR) gets a leading '. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

function badges(cb: CallbackView, now: Instant): string {
  const list: string[] = [];
  if (cb.status === 'dialing') list.push('Dialing');
  if (cb.status === 'pending' && isStale(cb, now)) list.push('Stale');
  if (cb.campaign.status === 'paused') list.push('Campaign paused');
  if (cb.campaign.status === 'ended') list.push('Campaign ended');
  if (cb.contact.dnc) list.push('DNC');
  return list.join('; ');
}

export function callbackCsvRow(cb: CallbackView, now: Instant, tz: TimeZone): string[] {
  const pattern = 'yyyy-MM-dd HH:mm';
  return [
    cb.contact.name,
    cb.contact.phone,
    outcomeLabel(cb.outcome),
    describeRetry(cb),
    formatIn(cb.scheduledAt, tz, pattern),
    tz,
    formatIn(cb.scheduledAt, cb.contact.timezone, pattern),
    cb.contact.timezone,
    cb.campaign.name,
    cb.agent.name,
    badges(cb, now),
    cb.notes ?? '',
  ];
}

/** Header + one line per callback, CRLF line ends (what spreadsheets expect), with a BOM so Excel reads UTF-8. */
export function callbacksCsv(rows: Iterable<CallbackView>, now: Instant, tz: TimeZone): string {
  const lines = [csvLine(CSV_HEADER)];
  for (const cb of rows) lines.push(csvLine(callbackCsvRow(cb, now, tz)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
