import { useEffect, useState } from 'react';
import type { BulkResponse } from '../../api/bulk';
import { Button } from '../../components/button';

export const UNDO_SECONDS = 60;

function useSecondsLeft(total: number): number {
  const [left, setLeft] = useState(total);
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => {
      const next = Math.max(0, total - Math.floor((Date.now() - started) / 1000));
      setLeft(next);
      if (next === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [total]);
  return left;
}

/** What a bulk action did: the server's summary, every failure with its sentence, and Undo for 60 s. */
export function BulkResults({
  response,
  describe,
  onUndo,
  undoing,
  onClose,
}: {
  response: BulkResponse;
  describe: (id: string) => string;
  onUndo: (() => void) | null;
  undoing: boolean;
  onClose: () => void;
}) {
  const left = useSecondsLeft(UNDO_SECONDS);
  const failures = response.results.filter((r) => !r.ok);
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm font-medium">
        {response.summary}
      </p>
      {failures.length > 0 && (
        <details open={failures.length <= 5} className="text-sm">
          <summary>{failures.length} could not be changed</summary>
          <ul className="mt-1 list-disc pl-6">
            {failures.map((f) => (
              <li key={f.id}>
                <span className="font-medium">{describe(f.id)}</span>: {f.message ?? f.code ?? 'refused'}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="flex items-center gap-2">
        {onUndo && response.undoToken && left > 0 && (
          <>
            <Button variant="secondary" size="sm" onClick={onUndo} disabled={undoing}>
              {undoing ? 'Undoing…' : 'Undo'}
            </Button>
            <span className="text-xs text-slate-600 dark:text-slate-300" aria-hidden="true">
              {left} s left
            </span>
          </>
        )}
        <Button variant="ghost" size="sm" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}
