// The four views as tabs, each with its live count (from the summary endpoint, same filters).
import type { ReactNode } from 'react';
import { Tabs } from '../../components/tabs';
import type { Summary, View } from '../../domain/types';
import { VIEW_LABELS, VIEWS } from './use-queue-params';

export function QueueTabs({ view, summary, onChange, children }: { view: View; summary: Summary | undefined; onChange: (view: View) => void; children: ReactNode }) {
  const items = VIEWS.map((value) => ({
    value,
    label: (
      <>
        <span>{VIEW_LABELS[value]}</span>
        <span
          data-testid={`count-${value}`}
          className="min-w-6 rounded-full bg-slate-100 px-1.5 py-0.5 text-xs tabular-nums text-slate-800 dark:bg-slate-800 dark:text-slate-100"
        >
          {summary ? summary[value] : <span aria-label="loading">…</span>}
        </span>
      </>
    ),
  }));
  return (
    <Tabs label="Queue views" tour="views" items={items} value={view} onChange={onChange}>
      {children}
    </Tabs>
  );
}
