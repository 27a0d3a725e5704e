import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { TOUR_STEPS } from './tour-steps';
import { useTourTarget, type TargetRect } from './use-tour-target';

const WIDTH = 340;
const MARGIN = 12;

/** Below the target if the popover (its measured height) fits there, else above, else as low as it fits. */
function popoverStyle(rect: TargetRect | null, height: number): CSSProperties {
  if (!rect) return { top: '50%', left: '50%', transform: 'translate(-50%, -50%)', width: WIDTH };
  const below = rect.top + rect.height + MARGIN;
  const above = rect.top - MARGIN - height;
  const lowest = Math.max(MARGIN, window.innerHeight - height - MARGIN);
  const top = below + height + MARGIN <= window.innerHeight ? below : above >= MARGIN ? above : lowest;
  const left = Math.min(Math.max(MARGIN, rect.left), window.innerWidth - WIDTH - MARGIN);
  return { top, left, width: WIDTH };
}

/** The guided tour: a labelled dialog per step, pointing at the step's element or centred when it is missing. */
export function Walkthrough({ onClose }: { onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const step = TOUR_STEPS[index] ?? TOUR_STEPS[0]!;
  const last = index === TOUR_STEPS.length - 1;
  const rect = useTourTarget(step);
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [height, setHeight] = useState(240);
  useLayoutEffect(() => {
    const measured = dialogRef.current?.offsetHeight;
    if (measured && measured !== height) setHeight(measured);
  }, [index, rect, height]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => previous?.focus();
  }, []);
  useEffect(() => dialogRef.current?.focus(), [index]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') {
      const items = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
      const first = items[0];
      const end = items[items.length - 1];
      if (e.shiftKey && (document.activeElement === first || document.activeElement === dialogRef.current)) {
        e.preventDefault();
        end?.focus();
      } else if (!e.shiftKey && document.activeElement === end) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <>
      <div className="fixed inset-0 z-40 bg-slate-900/30" aria-hidden="true" onClick={onClose} />
      {rect && (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed z-40 rounded-md ring-4 ring-amber-400"
          style={{ top: rect.top - 4, left: rect.left - 4, width: rect.width + 8, height: rect.height + 8 }}
        />
      )}
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        style={popoverStyle(rect, height)}
        className="fixed z-50 rounded-lg border border-slate-300 bg-white p-4 shadow-xl dark:border-slate-700 dark:bg-slate-900"
      >
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Step {index + 1} of {TOUR_STEPS.length}
        </p>
        <h2 id={titleId} className="mt-1 text-base font-semibold">
          {step.title}
        </h2>
        <p id={bodyId} className="mt-2 text-sm">
          {step.body}
        </p>
        {!rect && (
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">(Not on this screen right now.)</p>
        )}
        <div className="mt-4 flex items-center gap-2">
          <button type="button" onClick={onClose} className="mr-auto text-sm underline">
            End tour
          </button>
          <button
            type="button"
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
            className="rounded border border-slate-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-slate-600"
          >
            Back
          </button>
          <button
            type="button"
            onClick={() => (last ? onClose() : setIndex(index + 1))}
            className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800"
          >
            {last ? 'Finish' : 'Next'}
          </button>
        </div>
      </div>
    </>
  );
}
