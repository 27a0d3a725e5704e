// The selection's state changes, pure so they are easy to test: ticks, shift-click ranges, "all matching".
import type { CallbackListParams } from '../../api/keys';

/** What a bulk action applies to: the ticked rows, or every callback matching the view's filters. */
export type SelectionTarget =
  { kind: 'ids'; ids: string[] } | { kind: 'matching'; params: CallbackListParams; total: number };

export interface SelectionState {
  key: string; // the list the selection belongs to; a new view or filter starts a new selection
  ids: ReadonlySet<string>;
  anchor: string | null; // the row a shift-click extends from
  allMatching: boolean;
}

export const emptySelection = (key: string): SelectionState => ({
  key,
  ids: new Set(),
  anchor: null,
  allMatching: false,
});

/**
 * Ticks or unticks one row; with shift, sets every row from the last clicked one to this one the same way.
 * Unticking a row while "all matching" is on keeps the loaded rows ticked, except that one.
 */
export function toggleRow(
  state: SelectionState,
  id: string,
  rowIds: readonly string[],
  shift = false,
): SelectionState {
  const ids = new Set(state.allMatching ? rowIds : state.ids);
  const on = !ids.has(id);
  const from = state.anchor === null ? -1 : rowIds.indexOf(state.anchor);
  const to = rowIds.indexOf(id);
  const range =
    shift && from >= 0 && to >= 0 ? rowIds.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
  for (const rowId of range) {
    if (on) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { key: state.key, ids, anchor: id, allMatching: false };
}

export function selectionTarget(
  state: SelectionState,
  rowIds: readonly string[],
  params: CallbackListParams,
  total: number,
): SelectionTarget | null {
  if (state.allMatching) return { kind: 'matching', params, total };
  if (!state.ids.size) return null;
  const shown = rowIds.filter((id) => state.ids.has(id)); // screen order first, then ticked rows no longer loaded
  const onScreen = new Set(shown);
  return { kind: 'ids', ids: [...shown, ...[...state.ids].filter((id) => !onScreen.has(id))] };
}
