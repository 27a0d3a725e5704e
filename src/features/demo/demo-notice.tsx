// "The demo data was reset because the stored data was unreadable": shown once, dismissible.
import { useState } from 'react';
import { postDismissDemoNotice, useDemoStatus } from '../../api/demo-status';
import { Button } from '../../components/button';

export function DemoNotice() {
  const status = useDemoStatus();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const notice = status.data?.notice ?? null;
  if (!notice || dismissed === notice) return null;
  return (
    <div role="status" className="flex items-center justify-between gap-3 border-b border-amber-300 bg-amber-50 px-6 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <p>{notice}</p>
      <Button size="sm" variant="ghost" onClick={() => {
          setDismissed(notice);
          void postDismissDemoNotice().catch(() => undefined);
        }}>
        Dismiss
      </Button>
    </div>
  );
}
