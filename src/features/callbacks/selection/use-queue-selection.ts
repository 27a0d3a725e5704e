// Supervisors select queue rows for bulk actions. One source of truth (useSelection), shared through
// context by the row checkboxes, the header checkbox, Space on a focused row and the bulk bar.
import { createContext, useContext, useMemo } from 'react';
import { useCallbacks } from '../../../api/get-callbacks';
import type { CallbackListParams } from '../../../api/keys';
import type { CallbackView } from '../../../domain/types';
import { useSelection } from '../../bulk/use-selection';

const EMPTY: CallbackView[] = [];

/** The selection of the list `listParams` describes (the table's query: same cache). */
export function useQueueSelection(listParams: CallbackListParams, enabled: boolean) {
  const query = useCallbacks(listParams);
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? EMPTY, [query.data]);
  const rowIds = useMemo(() => rows.map((cb) => cb.id), [rows]);
  const total = query.data?.pages[0]?.total ?? 0;
  const selection = useSelection(rowIds, listParams, total);
  return useMemo(() => {
    const names = new Map(rows.map((cb) => [cb.id, cb.contact.name]));
    return {
      ...selection,
      enabled,
      rowIds,
      total,
      /** A callback's name in result lists: its contact, when loaded. */
      describe: (id: string) => names.get(id) ?? `Callback ${id}`,
    };
  }, [selection, enabled, rows, rowIds, total]);
}

export type QueueSelection = ReturnType<typeof useQueueSelection>;

export const SelectionContext = createContext<QueueSelection | null>(null);

/** The queue's selection, or null when the signed-in user cannot select (agents). */
export function useSelectionContext(): QueueSelection | null {
  const selection = useContext(SelectionContext);
  return selection?.enabled ? selection : null;
}
