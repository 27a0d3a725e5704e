import { useState } from 'react';
import { useDemoReset } from '../../api/demo-reset';
import { useDemoStatus } from '../../api/demo-status';
import { Button } from '../../components/button';
import { InputField } from '../../components/field';
import { useToast } from '../../components/toast';

const MAX_SIZE = 100_000;

/** Fresh demo data: the same seed always gives the same data; size is the number of callbacks. */
export function ResetForm() {
  const status = useDemoStatus();
  const reset = useDemoReset();
  const notify = useToast();
  const [seed, setSeed] = useState<string | null>(null); // null: not edited, show the current data's
  const [size, setSize] = useState<string | null>(null);
  const seedValue = seed ?? String(status.data?.seed ?? '');
  const sizeValue = size ?? String(status.data?.size ?? '');
  const valid =
    /^\d{1,10}$/.test(seedValue) &&
    /^\d{1,6}$/.test(sizeValue) &&
    Number(sizeValue) >= 1 &&
    Number(sizeValue) <= MAX_SIZE;
  return (
    <section aria-labelledby="demo-reset" className="flex flex-col gap-2">
      <h3 id="demo-reset" className="text-sm font-semibold">
        Reset the data
      </h3>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          reset.mutate(
            { seed: Number(seedValue), size: Number(sizeValue) },
            {
              onSuccess: () =>
                notify(
                  `Demo data reset (seed ${seedValue}, ${Number(sizeValue).toLocaleString('en-US')} callbacks).`,
                ),
              onError: (err) => notify(`The demo data could not be reset: ${err.message}`, 'error'),
            },
          );
        }}
      >
        <InputField
          label="Seed"
          inputMode="numeric"
          className="w-24"
          value={seedValue}
          onChange={(e) => setSeed(e.target.value)}
        />
        <InputField
          label={`Callbacks (1–${MAX_SIZE.toLocaleString('en-US')})`}
          inputMode="numeric"
          className="w-40"
          value={sizeValue}
          onChange={(e) => setSize(e.target.value)}
        />
        <Button size="sm" type="submit" variant="danger" disabled={!valid || reset.isPending}>
          {reset.isPending ? 'Resetting…' : 'Reset data'}
        </Button>
      </form>
    </section>
  );
}
