// Loading, empty and error states of the queue.
import { Button } from '../../components/button';
import { Skeleton } from '../../components/skeleton';
import type { View } from '../../domain/types';

export function LoadingRows() {
  return (
    <div role="status" className="flex flex-col gap-2 py-3">
      <span className="sr-only">Loading callbacks…</span>
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} className="h-14 w-full" />
      ))}
    </div>
  );
}

const EMPTY_TEXT: Record<View, { title: string; hint: string }> = {
  overdue: { title: 'Nothing overdue — good morning.', hint: 'Every callback is on time. Due Today shows what is coming next.' },
  today: { title: 'Nothing else due today.', hint: 'This Week shows what is coming up.' },
  week: { title: 'Nothing due for the rest of this week.', hint: 'All Pending shows every scheduled callback.' },
  all: { title: 'No pending callbacks.', hint: 'New retries appear here when a call does not connect.' },
};

export function EmptyState({ view, filtered, onClearFilters }: { view: View; filtered: boolean; onClearFilters: () => void }) {
  const text = filtered ? { title: 'No callbacks match your search and filters.', hint: 'Try a broader search.' } : EMPTY_TEXT[view];
  return (
    <div className="flex flex-col items-center gap-2 py-16 text-center">
      <p className="text-lg font-medium">{text.title}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{text.hint}</p>
      {filtered && <Button onClick={onClearFilters}>Clear search and filters</Button>}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="my-6 flex flex-col items-start gap-3 rounded-md border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
      <p className="font-medium text-red-900 dark:text-red-100">The callbacks could not be loaded.</p>
      <p className="text-sm text-red-900 dark:text-red-100">{message}</p>
      <Button onClick={onRetry}>Retry</Button>
    </div>
  );
}
