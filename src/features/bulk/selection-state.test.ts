import { describe, expect, it } from 'vitest';
import type { CallbackListParams } from '../../api/keys';
import { emptySelection, selectionTarget, toggleRow } from './selection-state';

const rows = ['a', 'b', 'c', 'd', 'e'];
const params: CallbackListParams = { view: 'overdue', sort: 'urgency', tz: 'UTC', stale: true };
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('selection', () => {
  it('ticks and unticks single rows', () => {
    let s = toggleRow(emptySelection('k'), 'b', rows);
    s = toggleRow(s, 'd', rows);
    expect(ids(s)).toEqual(['b', 'd']);
    s = toggleRow(s, 'b', rows);
    expect(ids(s)).toEqual(['d']);
  });

  it('shift-click ticks the range from the last clicked row, in either direction', () => {
    let s = toggleRow(emptySelection('k'), 'b', rows);
    s = toggleRow(s, 'e', rows, true);
    expect(ids(s)).toEqual(['b', 'c', 'd', 'e']);
    s = toggleRow(s, 'c', rows, true); // c is ticked: the range e..c is unticked
    expect(ids(s)).toEqual(['b']);
    const up = toggleRow(toggleRow(emptySelection('k'), 'd', rows), 'a', rows, true);
    expect(ids(up)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shift-click without an anchor (or on a row no longer loaded) ticks one row', () => {
    expect(ids(toggleRow(emptySelection('k'), 'c', rows, true))).toEqual(['c']);
    const gone = toggleRow({ ...emptySelection('k'), anchor: 'zz' }, 'c', rows, true);
    expect(ids(gone)).toEqual(['c']);
  });

  it('targets ticked rows in screen order, then ticked rows no longer loaded', () => {
    const s = { ...emptySelection('k'), ids: new Set(['x', 'd', 'a']) };
    expect(selectionTarget(s, rows, params, 40)).toEqual({ kind: 'ids', ids: ['a', 'd', 'x'] });
    expect(selectionTarget(emptySelection('k'), rows, params, 40)).toBeNull();
  });

  it('"select all N matching" targets the filter; unticking one row falls back to the loaded rows', () => {
    const all = { ...emptySelection('k'), allMatching: true };
    expect(selectionTarget(all, rows, params, 40)).toEqual({ kind: 'matching', params, total: 40 });
    const s = toggleRow(all, 'c', rows);
    expect(s.allMatching).toBe(false);
    expect(ids(s)).toEqual(['a', 'b', 'd', 'e']);
  });
});
