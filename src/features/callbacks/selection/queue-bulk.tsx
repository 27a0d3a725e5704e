// Above the table, for supervisors: "Select all N matching this filter" and, once something is selected, the
// bulk bar. The bar and its target are held from the preview on, so the results and Undo stay on screen
// (even if the view or filters change) until the supervisor closes them. The bar loads on first use.
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../../components/button';
import type { SelectionTarget } from '../../bulk/use-selection';
import { useSelectionContext } from './use-queue-selection';

const BulkBar = lazy(() => import('../../bulk/bulk-bar').then((m) => ({ default: m.BulkBar })));

export function QueueBulk({ tz }: { tz: string }) {
  const selection = useSelectionContext();
  const [held, setHeld] = useState<SelectionTarget | null>(null);
  if (!selection) return null;
  const live = selection.target;
  const target = held ?? live;
  const count = selection.count;
  return (
    <div className="flex flex-col gap-2 py-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p aria-live="polite">
          {count === 0
            ? 'No callbacks selected.'
            : `${count} ${count === 1 ? 'callback' : 'callbacks'} selected${selection.allMatching ? ' (every one matching this filter)' : ''}.`}
        </p>
        {!selection.allMatching && selection.total > 0 && (
          <Button size="sm" variant="secondary" onClick={selection.selectAllMatching}>
            Select all {selection.total} matching this filter
          </Button>
        )}
        {count > 0 && (
          <Button size="sm" variant="ghost" onClick={selection.clear}>
            Clear selection
          </Button>
        )}
      </div>
      <Suspense fallback={null}>
        {target && (
          <BulkBar
            target={target}
            tz={tz}
            describe={selection.describe}
            onEngage={(engaged) => setHeld(engaged ? (previous) => previous ?? live : null)}
            onDone={() => {
              setHeld(null);
              selection.clear();
            }}
          />
        )}
      </Suspense>
    </div>
  );
}
