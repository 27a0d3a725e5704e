// The detail side panel (a non-modal dialog labelled by the contact's name): facts, the five actions with their
// reasons, why not now, policy preview, notes and the full history. Esc closes it; focus returns to the row.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useCallbackDetail } from '../../api/get-callback';
import { Button } from '../../components/button';
import type { CallbackView } from '../../domain/types';
import { useActions } from './actions-context';
import { DetailFacts } from './detail-facts';
import { HistoryTimeline } from './history-timeline';
import { PolicyPreview } from './policy-preview';
import { ReassignForm } from './reassign-form';
import { RowActions } from './row-actions';
import { WhyNotNow } from './why-not-now';


export function DetailPanel({ initial, onClose, onLatest }: { initial: CallbackView; onClose: () => void; onLatest: (cb: CallbackView) => void }) {
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detail = useCallbackDetail(initial.id);
  const cb = detail.data ?? initial;
  const { openCallPanel } = useActions();

  useEffect(() => onLatest(cb), [cb, onLatest]);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      role="dialog"
      aria-labelledby={titleId}
      data-detail-panel={cb.id}
      onKeyDown={onKeyDown}
      className="fixed top-0 right-0 z-30 flex h-full w-[27rem] max-w-full flex-col gap-5 overflow-y-auto border-l border-slate-300 bg-white p-5 shadow-2xl dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="flex items-start justify-between gap-3">
        <div>
          <h2 id={titleId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
            {cb.contact.name}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {cb.contact.phone} · {cb.contact.kind} · {cb.contact.timezone}
          </p>
        </div>
        <Button size="sm" onClick={onClose}>
          Close details
        </Button>
      </header>

      <DetailFacts callback={cb} />
      <section aria-label="Actions" className="flex flex-col gap-2">
        <RowActions callback={cb} showReasons />
        {cb.status === 'dialing' && (
          <Button size="sm" className="self-start" onClick={() => openCallPanel(cb)}>
            Open call panel
          </Button>
        )}
      </section>
      <ReassignForm callback={cb} />
      <WhyNotNow callback={cb} />
      <PolicyPreview callback={cb} />
      <section aria-label="History" className="flex flex-col gap-2">
        <h3 className="font-semibold">History</h3>
        {detail.isError ? <p className="text-sm">The history could not be loaded: {detail.error.message}</p> : <HistoryTimeline history={detail.data?.history} />}
      </section>
    </div>
  );
}
