import type { Row } from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import type { CallbackView } from '../../domain/types';
import type { features, QueueTable } from './columns';
import { RowContext, type RowTour } from './row-context';
import { useSelectionContext } from './selection/use-queue-selection';

interface Props {
  table: QueueTable;
  row: Row<typeof features, CallbackView>;
  index: number;
  start: number;
  active: boolean;
  gridColumns: string;
  measureRef: (element: HTMLTableRowElement | null) => void;
  onFocusRow: (index: number) => void;
  onOpen: (cb: CallbackView) => void;
  tour?: RowTour;
}

export const CallbackRow = memo(function CallbackRow({ table, row, index, start, active, gridColumns, measureRef, onFocusRow, onOpen, tour }: Props) {
  const cb = row.original;
  const selected = useSelectionContext()?.isSelected(cb.id) ?? false;
  const context = useMemo(() => ({ tabbable: active, openDetail: () => onOpen(cb), tour }), [active, onOpen, cb, tour]);
  return (
    <RowContext.Provider value={context}>
      <tr
        ref={measureRef}
        data-index={index}
        data-callback-row={cb.id}
        aria-rowindex={index + 2}
        data-tour={tour}
        data-selected={selected || undefined}
        tabIndex={active ? 0 : -1}
        onFocus={() => onFocusRow(index)}
        className={`absolute grid w-full border-b border-slate-200 outline-offset-[-2px] hover:bg-slate-50 focus-within:bg-blue-50/60 dark:border-slate-800 dark:hover:bg-slate-900 dark:focus-within:bg-slate-900 ${
          selected ? 'bg-amber-50 dark:bg-amber-950/40' : cb.status === 'dialing' ? 'bg-blue-50/40 dark:bg-blue-950/40' : ''
        }`}
        style={{ transform: `translateY(${start}px)`, gridTemplateColumns: gridColumns }}
      >
        {row.getAllCells().map((cell) => (
          <td key={cell.id} className="min-w-0 px-3 py-2 align-top">
            <table.FlexRender cell={cell} />
          </td>
        ))}
      </tr>
    </RowContext.Provider>
  );
});
