import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Button } from '../../components/button';
import { useSession } from '../session/session-context';
import { ClockControls } from './clock-controls';
import { ResetForm } from './reset-form';
import { SimulateDialer } from './simulate-dialer';

/** The sales engineer's controls: move the clock, simulate the dialer, reset, start the walkthrough. Non-modal. */
export function DemoPanel({
  id,
  onClose,
  onStartTour,
}: {
  id: string;
  onClose: () => void;
  onStartTour: () => void;
}) {
  const { timeZone } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Esc closes the panel from inside it, or from nowhere in particular (focus on the page body).
  useEffect(() => {
    const onDocumentKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && document.activeElement === document.body) onClose();
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, [onClose]);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      className="fixed top-20 right-4 z-30 flex max-h-[calc(100vh-6rem)] w-[26rem] flex-col gap-4 overflow-auto rounded-lg border border-slate-300 bg-white p-4 shadow-xl dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="text-base font-semibold">
          Demo controls
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close demo controls">
          Close
        </Button>
      </div>
      <ClockControls tz={timeZone} />
      <SimulateDialer tz={timeZone} />
      <section aria-labelledby={`${id}-tour`} className="flex flex-col items-start gap-2">
        <h3 id={`${id}-tour`} className="text-sm font-semibold">
          Walkthrough
        </h3>
        <p className="text-sm">Six short steps through the queue and its rules.</p>
        <Button size="sm" onClick={onStartTour}>
          Start a walkthrough
        </Button>
      </section>
      <ResetForm />
    </section>
  );
}
