import { useState } from 'react';
import {
  fetchMatchingIds,
  useBulk,
  useBulkUndo,
  type BulkOperation,
  type BulkResponse,
} from '../../api/bulk';
import { EMPTY_DRAFT, type BulkActionName } from './bulk-action-form';
import { toOperation } from './bulk-operation';
import type { SelectionTarget } from './use-selection';

export type BulkPhase =
  | { step: 'choose' }
  | { step: 'form'; action: BulkActionName }
  | { step: 'preview'; action: BulkActionName; ids: string[]; op: BulkOperation; preview: BulkResponse }
  | { step: 'done'; response: BulkResponse }
  | { step: 'undone'; summary: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : 'Something went wrong.');

/**
 * The bulk flow: choose → form → dry-run preview → apply → results (+ undo). `onEngage(true)` when it reaches
 * the preview (the ids are fixed from then on: the caller should hold the bar and its target), false when it
 * goes back to choosing.
 */
export function useBulkFlow(
  target: SelectionTarget,
  tz: string,
  onDone: () => void,
  onEngage?: (engaged: boolean) => void,
) {
  const [phase, setPhaseState] = useState<BulkPhase>({ step: 'choose' });
  const setPhase = (next: BulkPhase) => {
    setPhaseState(next);
    onEngage?.(next.step !== 'choose' && next.step !== 'form');
  };
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [error, setError] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const bulk = useBulk();
  const undo = useBulkUndo();

  const preview = async (action: BulkActionName) => {
    const parsed = toOperation(action, draft, tz);
    if ('error' in parsed) return setError(parsed.error);
    setError(null);
    try {
      setResolving(true);
      const ids = target.kind === 'ids' ? target.ids : await fetchMatchingIds(target.params);
      const res = await bulk.mutateAsync({ ids, op: parsed.op, dryRun: true });
      setPhase({ step: 'preview', action, ids, op: parsed.op, preview: res });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setResolving(false);
    }
  };

  const apply = async (ids: string[], op: BulkOperation) => {
    try {
      const response = await bulk.mutateAsync({ ids, op, dryRun: false });
      setPhase({ step: 'done', response });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const runUndo = async (token: string) => {
    try {
      const res = await undo.mutateAsync(token);
      setPhase({ step: 'undone', summary: res.summary || 'Undone: the callbacks are back as they were.' });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const reset = () => {
    setPhase({ step: 'choose' });
    setDraft(EMPTY_DRAFT);
    setError(null);
  };
  const finish = () => {
    reset();
    onDone();
  };
  const busy = resolving || bulk.isPending;

  return {
    phase,
    setPhase,
    draft,
    setDraft,
    error,
    preview,
    apply,
    runUndo,
    reset,
    finish,
    busy,
    applying: bulk.isPending,
    undoing: undo.isPending,
  };
}
