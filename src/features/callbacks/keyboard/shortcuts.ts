import type { ActionName, View } from '../../../domain/types';

export const ACTION_KEYS: Record<string, ActionName> = { c: 'call-now', r: 'reschedule', s: 'skip', x: 'cancel', m: 'complete' };
export const VIEW_KEYS: Record<string, View> = { '1': 'overdue', '2': 'today', '3': 'week', '4': 'all' };

/** The keyboard shortcuts, as the overlay lists them. */
export const SHORTCUTS: readonly { keys: string[]; what: string }[] = [
  { keys: ['j', '↓'], what: 'Next callback' },
  { keys: ['k', '↑'], what: 'Previous callback' },
  { keys: ['Enter'], what: 'Open the details of the focused callback' },
  { keys: ['Space'], what: 'Select or unselect the focused callback for bulk actions (supervisors; Shift+Space selects a range)' },
  { keys: ['c'], what: 'Call Now' },
  { keys: ['r'], what: 'Reschedule' },
  { keys: ['s'], what: 'Skip' },
  { keys: ['x'], what: 'Cancel' },
  { keys: ['m'], what: 'Mark Complete' },
  { keys: ['/'], what: 'Search' },
  { keys: ['1', '2', '3', '4'], what: 'Overdue, Due Today, This Week, All Pending' },
  { keys: ['?'], what: 'Show these shortcuts' },
  { keys: ['Esc'], what: 'Close the dialog or the details panel' },
];
