import type { QueueTable } from './columns';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

export function TableHeader({ table, gridColumns }: { table: QueueTable; gridColumns: string }) {
  return (
    <thead className="sticky top-0 z-10 grid bg-slate-50 dark:bg-slate-900">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} className="grid border-b border-slate-200 dark:border-slate-700" style={{ gridTemplateColumns: gridColumns }}>
          {group.headers.map((header) => {
            const column = header.column;
            const sorted = column.getIsSorted();
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={sorted ? ariaSort[sorted] : undefined}
                className="px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
              >
                {column.getCanSort() ? (
                  <button
                    type="button"
                    onClick={column.getToggleSortingHandler()}
                    className="inline-flex items-center gap-1 uppercase hover:text-slate-950 dark:hover:text-white"
                    title={`Sort by ${column.columnDef.meta?.label ?? column.id}`}
                  >
                    <table.FlexRender header={header} />
                    <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
