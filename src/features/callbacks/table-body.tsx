// The virtualized rows (only what is on screen is rendered) and roving focus: one row is in the Tab order;
// j/k and the arrows move it, scrolling as needed. The walkthrough's two rows are always rendered.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { CallbackView } from '../../domain/types';
import { CallbackRow } from './callback-row';
import type { QueueTable } from './columns';
import type { RowTour } from './row-context';
import type { TableHandle } from './table-handle';

interface Props {
  table: QueueTable;
  scrollElement: HTMLDivElement | null;
  gridColumns: string;
  onOpen: (cb: CallbackView) => void;
  fetchMore: () => void;
  handle: Ref<TableHandle>;
}

export function TableBody({ table, scrollElement, gridColumns, onOpen, fetchMore, handle }: Props) {
  const rows = table.getRowModel().rows;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const focusWasInside = useRef(false);
  // The first automatic retry and the first customer request carry the walkthrough's marks (data-tour).
  const tourRows = useMemo(() => {
    const marks = new Map<number, RowTour>();
    const retry = rows.findIndex((r) => r.original.type === 'automatic' && r.original.retry !== null);
    const requested = rows.findIndex((r) => r.original.type === 'customer-requested');
    if (retry >= 0) marks.set(retry, 'retry-row');
    if (requested >= 0) marks.set(requested, 'customer-requested');
    return marks;
  }, [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const extra = [...tourRows.keys()].filter((i) => !indexes.includes(i));
      return extra.length ? [...indexes, ...extra].sort((a, b) => a - b) : indexes;
    },
    [tourRows],
  );
  const virtualizer = useVirtualizer({
    rangeExtractor,
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => 76,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const current = Math.min(activeIndex, Math.max(0, rows.length - 1));

  const focusIndex = useCallback(
    (index: number) => {
      setActiveIndex(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      const focus = (attempt: number) => {
        const element = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
        if (element) element.focus();
        else if (attempt < 5) requestAnimationFrame(() => focus(attempt + 1));
      };
      focus(0);
    },
    [virtualizer],
  );

  useImperativeHandle(
    handle,
    () => ({
      move: (delta) => {
        if (rows.length === 0) return;
        const inside = bodyRef.current?.contains(document.activeElement) ?? false;
        focusIndex(inside ? Math.max(0, Math.min(rows.length - 1, current + delta)) : current);
      },
      active: () => rows[current]?.original ?? null,
    }),
    [rows, current, focusIndex],
  );

  // Remember whether the keyboard was in the table, to put focus back on a row when the focused one leaves.
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      focusWasInside.current = bodyRef.current?.contains(event.target as Node) ?? false;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && focusWasInside.current && rows.length > 0) focusIndex(current);
  }, [rows, current, focusIndex]);

  const last = items.at(-1);
  useEffect(() => {
    if (last && last.index >= rows.length - 40) fetchMore();
  }, [last, rows.length, fetchMore]);

  return (
    <tbody ref={bodyRef} className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <CallbackRow
            key={row.id}
            table={table}
            row={row}
            index={item.index}
            start={item.start}
            active={item.index === current}
            gridColumns={gridColumns}
            measureRef={virtualizer.measureElement}
            onFocusRow={setActiveIndex}
            onOpen={onOpen}
            tour={tourRows.get(item.index)}
          />
        );
      })}
    </tbody>
  );
}
