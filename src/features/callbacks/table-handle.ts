import type { CallbackView } from '../../domain/types';

/** What keyboard triage needs from the table. */
export interface TableHandle {
  /** Moves focus by `delta` rows (j/k, arrows); focuses the active row when focus is elsewhere. */
  move: (delta: number) => void;
  /** The callback of the focused (or last focused) row. */
  active: () => CallbackView | null;
}
