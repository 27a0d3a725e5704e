// "Now" for every rule the UI asks about: this browser's clock plus the offset to the server's (demo) clock,
// ticking every 30 s so "overdue", "why not now" and the disabled reasons stay current. One ticker per page.
import { createContext, useEffect, useState, type ReactNode } from 'react';
import { useDemoClock } from '../../api/demo-clock';
import type { Instant } from '../../domain/types';

const TICK_MS = 30_000;

export const NowContext = createContext<Instant | null>(null);

export function NowProvider({ children }: { children: ReactNode }) {
  const clock = useDemoClock();
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocal(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  // A new answer from the clock endpoint (e.g. the demo clock moved) takes effect at once.
  const offset = clock.data?.localOffsetMs ?? 0;
  const [seenOffset, setSeenOffset] = useState(offset);
  if (seenOffset !== offset) {
    setSeenOffset(offset);
    setLocal(Date.now());
  }
  const now = new Date(local + offset).toISOString();
  return <NowContext.Provider value={now}>{children}</NowContext.Provider>;
}
