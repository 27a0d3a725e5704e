// The queue table: TanStack Table over server-filtered, -sorted and -paged data (react-query, cursor pages).
import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState, type Ref } from 'react';
import { useCallbacks } from '../../api/get-callbacks';
import type { CallbackListParams } from '../../api/keys';
import type { CallbackView, Sort } from '../../domain/types';
import { columns, features, GRID_COLUMNS, SELECTABLE_GRID_COLUMNS, selectableColumns } from './columns';
import { TableBody } from './table-body';
import type { TableHandle } from './table-handle';
import { EmptyState, ErrorState, LoadingRows } from './table-states';
import { TableHeader } from './table-header';
import { VIEW_LABELS } from './use-queue-params';

const EMPTY: CallbackView[] = [];

function toSorting(sort: Sort): SortingState {
  if (sort === 'urgency') return [];
  const desc = sort.startsWith('-');
  return [{ id: sort.replace('-', '') === 'name' ? 'contact' : 'scheduledAt', desc }];
}

function fromSorting(sorting: SortingState): Sort {
  const first = sorting[0];
  if (!first) return 'urgency';
  const base = first.id === 'contact' ? 'name' : 'scheduled';
  return first.desc ? `-${base}` : base;
}

interface Props {
  listParams: CallbackListParams;
  filtered: boolean;
  onSortChange: (sort: Sort) => void;
  onClearFilters: () => void;
  onOpen: (cb: CallbackView) => void;
  handle: Ref<TableHandle>;
  /** Supervisors: a selection column for bulk actions. */
  selectable: boolean;
}

export function CallbacksTable({ listParams, filtered, onSortChange, onClearFilters, onOpen, handle, selectable }: Props) {
  const query = useCallbacks(listParams);
  // State, not a ref: the virtualizer must re-render once the scroll element exists (it mounts with the rows).
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const data = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? EMPTY, [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;
  const sorting = useMemo(() => toSorting(listParams.sort), [listParams.sort]);
  const gridColumns = selectable ? SELECTABLE_GRID_COLUMNS : GRID_COLUMNS;

  const table = useTable({
    features,
    columns: selectable ? selectableColumns : columns,
    data,
    getRowId: (cb) => cb.id,
    state: { sorting },
    onSortingChange: (updater) => onSortChange(fromSorting(functionalUpdate(updater, sorting))),
    manualSorting: true,
  });

  if (query.isPending) return <LoadingRows />;
  if (query.isError && data.length === 0) return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />;
  if (data.length === 0) return <EmptyState view={listParams.view} filtered={filtered} onClearFilters={onClearFilters} />;

  return (
    <div ref={setScrollElement} className="min-h-0 flex-1 overflow-auto" data-testid="queue-scroll">
      <table className="grid w-full text-sm" aria-rowcount={total + 1}>
        <caption className="sr-only">
          {VIEW_LABELS[listParams.view]} callbacks: {total}
        </caption>
        <TableHeader table={table} gridColumns={gridColumns} />
        <TableBody
          table={table}
          scrollElement={scrollElement}
          gridColumns={gridColumns}
          onOpen={onOpen}
          handle={handle}
          fetchMore={() => {
            if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
          }}
        />
      </table>
      {query.isFetchingNextPage && <p className="p-3 text-center text-sm text-slate-600 dark:text-slate-400">Loading more…</p>}
    </div>
  );
}
