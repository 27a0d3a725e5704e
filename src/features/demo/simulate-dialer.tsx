import { useState } from 'react';
import { useSimulateDialer } from '../../api/demo';
import { Button } from '../../components/button';
import { SelectField } from '../../components/field';

const COUNTS = [5, 10, 25, 50] as const;

/** Plays a realistic mix of call outcomes on due callbacks, through the same rules as the real dialer. */
export function SimulateDialer({ tz }: { tz: string }) {
  const [count, setCount] = useState<number>(10);
  const simulate = useSimulateDialer();
  return (
    <section aria-labelledby="demo-dialer" className="flex flex-col gap-2">
      <h3 id="demo-dialer" className="text-sm font-semibold">
        Simulate the dialer
      </h3>
      <div className="flex items-end gap-2">
        <SelectField label="Calls to place" value={count} onChange={(e) => setCount(Number(e.target.value))}>
          {COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <Button
          size="sm"
          variant="primary"
          aria-busy={simulate.isPending}
          onClick={() => simulate.isPending || simulate.mutate({ count, tz })}
        >
          {simulate.isPending ? 'Dialling…' : 'Simulate the dialer'}
        </Button>
      </div>
      <div role="status" className="text-sm">
        {simulate.data?.summary}
      </div>
      {simulate.isError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The dialer could not run: {simulate.error.message}
        </p>
      )}
      {simulate.data && simulate.data.played.length > 0 && (
        <ol
          aria-label="Calls placed"
          tabIndex={0}
          className="max-h-56 list-decimal space-y-1 overflow-auto pl-6 text-xs"
        >
          {simulate.data.played.map((call) => (
            <li key={call.callbackId}>
              <span className="font-medium">{call.contactName}</span> ({call.campaignName}): {call.result}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
