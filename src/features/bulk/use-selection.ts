import { useCallback, useMemo, useState } from 'react';
import type { CallbackListParams } from '../../api/keys';
import { emptySelection, selectionTarget, toggleRow, type SelectionState } from './selection-state';

export type { SelectionTarget } from './selection-state';

/**
 * Row selection for bulk actions. `rowIds` are the loaded rows in screen order (for shift-click ranges);
 * `total` is how many match the filters (for "select all N matching"). A new view or filter clears it.
 * The answer is memoized: it changes only when the selection, the rows or the filters do.
 */
export function useSelection(rowIds: readonly string[], params: CallbackListParams, total: number) {
  const key = JSON.stringify(params);
  const [raw, setState] = useState<SelectionState>(() => emptySelection(key));
  const state = useMemo(() => (raw.key === key ? raw : emptySelection(key)), [raw, key]);
  const current = useCallback(
    (prev: SelectionState) => (prev.key === key ? prev : emptySelection(key)),
    [key],
  );

  const toggle = useCallback(
    (id: string, options: { shift?: boolean } = {}) =>
      setState((prev) => toggleRow(current(prev), id, rowIds, options.shift)),
    [current, rowIds],
  );
  const selectRows = useCallback(
    (ids: readonly string[]) => setState({ key, ids: new Set(ids), anchor: null, allMatching: false }),
    [key],
  );
  const selectAllMatching = useCallback(
    () => setState((prev) => ({ ...current(prev), allMatching: true })),
    [current],
  );
  const clear = useCallback(() => setState(emptySelection(key)), [key]);
  const target = useMemo(() => selectionTarget(state, rowIds, params, total), [state, rowIds, params, total]);

  return useMemo(
    () => ({
      isSelected: (id: string) => state.allMatching || state.ids.has(id),
      count: state.allMatching ? total : state.ids.size,
      allMatching: state.allMatching,
      allRowsSelected: rowIds.length > 0 && rowIds.every((id) => state.ids.has(id)),
      toggle,
      selectRows,
      selectAllMatching,
      clear,
      target,
    }),
    [state, total, rowIds, toggle, selectRows, selectAllMatching, clear, target],
  );
}
