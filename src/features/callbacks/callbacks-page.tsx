// /callbacks: the queue screen (tabs with counts, toolbar with export, virtualized table, detail panel, keyboard
// triage; for supervisors, row selection and the bulk bar).
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useSummary } from '../../api/get-summary';
import { shortZoneName } from '../../domain/time';
import type { CallbackView, View } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { ExportButton } from '../triage/export-button';
import { useTriageKeys } from './keyboard/use-triage-keys';
import { ActionsProvider, useActions } from './actions-context';
import { CallbacksTable } from './callbacks-table';
import { QueueTabs } from './queue-tabs';
import { QueueToolbar, SEARCH_INPUT_ID } from './queue-toolbar';
import { QueueBulk } from './selection/queue-bulk';
import { SelectionContext, useQueueSelection } from './selection/use-queue-selection';
import type { TableHandle } from './table-handle';
import { toListParams, useQueueParams } from './use-queue-params';

// Loaded on first use: not needed to show the queue.
const DetailPanel = lazy(() => import('./detail-panel').then((m) => ({ default: m.DetailPanel })));
const ShortcutsDialog = lazy(() =>
  import('./keyboard/shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);

export function CallbacksPage() {
  return (
    <ActionsProvider>
      <QueueScreen />
    </ActionsProvider>
  );
}

function QueueScreen() {
  const { user, timeZone } = useSession();
  const now = useNow();
  const { params, update } = useQueueParams();
  const listParams = useMemo(() => toListParams(params, user, timeZone), [params, user, timeZone]);
  const filters = useMemo(() => {
    const { view: _view, sort: _sort, ...rest } = listParams;
    return rest;
  }, [listParams]);
  const summary = useSummary(filters);
  const selection = useQueueSelection(listParams, user.role === 'supervisor');
  const tableRef = useRef<TableHandle>(null);
  const [detail, setDetail] = useState<CallbackView | null>(null);
  const panelLatest = useRef<CallbackView | null>(null);
  const [help, setHelp] = useState(false);
  const { request } = useActions();
  const filtered = Boolean(
    params.q ||
    params.campaign ||
    params.outcome ||
    params.type ||
    params.stale ||
    params.age ||
    (params.agent && params.agent !== 'all'),
  );

  const setView = useCallback((view: View) => update({ view }), [update]);
  const onLatest = useCallback((cb: CallbackView) => {
    panelLatest.current = cb;
  }, []);

  useTriageKeys({
    move: (delta) => tableRef.current?.move(delta),
    rowCallback: () => tableRef.current?.active() ?? null,
    panelCallback: () => panelLatest.current,
    open: setDetail,
    act: request,
    setView,
    focusSearch: () => document.getElementById(SEARCH_INPUT_ID)?.focus(),
    showHelp: () => setHelp(true),
    select: selection.enabled ? (cb, range) => selection.toggle(cb.id, { shift: range }) : undefined,
  });

  return (
    <SelectionContext.Provider value={selection}>
      <div className="flex min-h-0 flex-1 flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-semibold">Callbacks</h1>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Times in your zone: <strong>{timeZone}</strong> ({shortZoneName(now, timeZone)}) ·{' '}
            <button type="button" className="underline underline-offset-2" onClick={() => setHelp(true)}>
              Keyboard shortcuts (?)
            </button>
          </p>
        </div>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <QueueToolbar params={params} update={update} staleCount={summary.data?.stale} />
          <ExportButton params={listParams} label="Export CSV" />
        </div>
        {summary.isError && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            The counts could not be loaded: {summary.error.message}
          </p>
        )}
        <QueueTabs view={params.view} summary={summary.data} onChange={setView}>
          <QueueBulk tz={timeZone} />
          <CallbacksTable
            listParams={listParams}
            filtered={filtered}
            onSortChange={(sort) => update({ sort })}
            onClearFilters={() =>
              update({ q: '', campaign: '', agent: '', outcome: '', type: '', stale: false, age: '' })
            }
            onOpen={setDetail}
            handle={tableRef}
            selectable={selection.enabled}
          />
        </QueueTabs>
        <Suspense fallback={null}>
          {detail && (
            <DetailPanel
              key={detail.id}
              initial={detail}
              onClose={() => setDetail(null)}
              onLatest={onLatest}
            />
          )}
          {help && <ShortcutsDialog open onClose={() => setHelp(false)} />}
        </Suspense>
      </div>
    </SelectionContext.Provider>
  );
}
