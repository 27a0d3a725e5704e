// The selection column: a checkbox per row (shift-click ticks a range) and "Select all loaded" in the header.
import { useEffect, useRef, type ChangeEvent } from 'react';
import type { CallbackView } from '../../../domain/types';
import { useRowContext } from '../row-context';
import { useSelectionContext } from './use-queue-selection';

const box = 'size-4 cursor-pointer accent-blue-700 dark:accent-blue-400';

/** React's change event for a checkbox carries the click, with its modifier keys. */
const withShift = (event: ChangeEvent<HTMLInputElement>) =>
  (event.nativeEvent as MouseEvent).shiftKey === true;

export function SelectRowCheckbox({ callback: cb }: { callback: CallbackView }) {
  const selection = useSelectionContext();
  const { tabbable } = useRowContext();
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      className={box}
      aria-label={`Select ${cb.contact.name}`}
      checked={selection.isSelected(cb.id)}
      tabIndex={tabbable ? undefined : -1}
      onChange={(event) => selection.toggle(cb.id, { shift: withShift(event) })}
    />
  );
}

export function SelectAllLoadedCheckbox() {
  const selection = useSelectionContext();
  const ref = useRef<HTMLInputElement>(null);
  const all = Boolean(selection && (selection.allMatching || selection.allRowsSelected));
  const some = Boolean(selection && !all && selection.count > 0);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  if (!selection) return null;
  return (
    <input
      ref={ref}
      type="checkbox"
      className={box}
      aria-label="Select all loaded"
      title={`Select the ${selection.rowIds.length} loaded callbacks`}
      checked={all}
      onChange={() => (all ? selection.clear() : selection.selectRows(selection.rowIds))}
    />
  );
}
