import { Button } from '../../components/button';
import { BulkActionForm } from './bulk-action-form';
import { BULK_ACTIONS } from './bulk-operation';
import { BulkResults } from './bulk-results';
import { useBulkFlow } from './use-bulk-flow';
import type { SelectionTarget } from './use-selection';

/**
 * Bulk actions for supervisors on a selection: choose an action, preview it (the server's dry run says what
 * will happen to each callback), apply, see per-item results, undo within 60 s. `describe` names a callback
 * in failure lists (e.g. its contact). Keep the bar mounted while it shows results: `onDone` runs when the
 * supervisor closes them (clear the selection there); `onEngage` says when to hold the bar and its target
 * (from the preview on). Every callback query is refreshed after apply and undo.
 */
export function BulkBar({
  target,
  tz,
  onDone,
  onClear,
  onEngage,
  describe = (id) => id,
}: {
  target: SelectionTarget;
  tz: string;
  onDone: () => void;
  onClear?: () => void;
  onEngage?: (engaged: boolean) => void;
  describe?: (id: string) => string;
}) {
  const {
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
    applying,
    undoing,
  } = useBulkFlow(target, tz, onDone, onEngage);
  const count = target.kind === 'ids' ? target.ids.length : target.total;

  return (
    <section
      aria-label="Bulk actions"
      className="space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="text-sm font-semibold">
        {count} {count === 1 ? 'callback' : 'callbacks'} selected
        {target.kind === 'matching' ? ' (all matching the filters)' : ''}
      </p>
      {phase.step === 'choose' && (
        <div className="flex flex-wrap gap-2">
          {BULK_ACTIONS.map((a) => (
            <Button
              key={a.action}
              size="sm"
              variant={a.action === 'cancel' ? 'danger' : 'secondary'}
              onClick={() => setPhase({ step: 'form', action: a.action })}
            >
              {a.label}
            </Button>
          ))}
          {onClear && (
            <Button size="sm" variant="ghost" onClick={onClear}>
              Clear selection
            </Button>
          )}
        </div>
      )}
      {phase.step === 'form' && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void preview(phase.action);
          }}
        >
          <BulkActionForm action={phase.action} draft={draft} onChange={setDraft} tz={tz} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" variant="primary" disabled={busy}>
              {busy
                ? 'Checking…'
                : `Preview: ${BULK_ACTIONS.find((a) => a.action === phase.action)?.label ?? ''} ${count}`}
            </Button>
            <Button size="sm" variant="ghost" onClick={reset}>
              Back
            </Button>
          </div>
        </form>
      )}
      {phase.step === 'preview' && (
        <div className="space-y-2">
          <p role="status" className="text-sm">
            {phase.preview.summary}
          </p>
          <div className="flex gap-2">
            <Button
              size="sm"
              variant="primary"
              disabled={busy || !phase.preview.results.some((r) => r.ok)}
              onClick={() => void apply(phase.ids, phase.op)}
            >
              {applying ? 'Applying…' : `Apply to ${phase.preview.results.filter((r) => r.ok).length}`}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setPhase({ step: 'form', action: phase.action })}
            >
              Back
            </Button>
          </div>
        </div>
      )}
      {phase.step === 'done' && (
        <BulkResults
          response={phase.response}
          describe={describe}
          onUndo={phase.response.undoToken ? () => void runUndo(phase.response.undoToken!) : null}
          undoing={undoing}
          onClose={finish}
        />
      )}
      {phase.step === 'undone' && (
        <div className="flex items-center gap-2">
          <p role="status" className="text-sm">
            {phase.summary}
          </p>
          <Button size="sm" variant="ghost" onClick={finish}>
            Close
          </Button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}
