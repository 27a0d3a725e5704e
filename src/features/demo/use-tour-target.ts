import { useEffect, useState } from 'react';
import type { TourStep } from './tour-steps';

export interface TargetRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

function find({ target, fallback }: Pick<TourStep, 'target' | 'fallback'>): HTMLElement | null {
  const marked = document.querySelector<HTMLElement>(`[data-tour="${CSS.escape(target)}"]`);
  if (marked || !fallback) return marked;
  const candidates = [...document.querySelectorAll<HTMLElement>(fallback.selector)];
  return candidates.find((el) => !fallback.text || fallback.text.test(el.textContent?.trim() ?? '')) ?? null;
}

function measure(step: Pick<TourStep, 'target' | 'fallback'>): TargetRect | null {
  const el = find(step);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null; // hidden
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/** Where the step's element (data-tour="<target>", else its fallback) is on screen, or null when absent. */
export function useTourTarget(step: TourStep): TargetRect | null {
  const [rect, setRect] = useState<TargetRect | null>(null);
  useEffect(() => {
    find(step)?.scrollIntoView({ block: 'center', inline: 'nearest' });
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setRect(measure(step)));
    };
    update();
    // The screen may still be loading: look again a few times, then follow scrolling and resizing.
    const retries = [150, 400, 1000].map((ms) => window.setTimeout(update, ms));
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      cancelAnimationFrame(frame);
      retries.forEach((id) => window.clearTimeout(id));
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [step]);
  return rect;
}
