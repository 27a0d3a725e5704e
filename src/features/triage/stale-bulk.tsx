import { useState } from 'react';
import { Button } from '../../components/button';
import { BulkBar } from '../bulk/bulk-bar';

/** "Stale callbacks may not be worth retrying": act on every stale one at once (cancel, reschedule, reassign…). */
export function StaleBulk({ count, tz }: { count: number; tz: string }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="sm" disabled={count === 0} onClick={() => setOpen(true)}>
        Act on all {count} stale callbacks…
      </Button>
    );
  return (
    <BulkBar
      target={{
        kind: 'matching',
        params: { view: 'overdue', sort: 'urgency', tz, stale: true },
        total: count,
      }}
      tz={tz}
      onDone={() => setOpen(false)}
      onClear={() => setOpen(false)}
    />
  );
}
