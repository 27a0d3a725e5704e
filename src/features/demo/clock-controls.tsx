import { useState } from 'react';
import { useDemoClock } from '../../api/demo-clock';
import { useSetDemoClock } from '../../api/demo';
import { Button } from '../../components/button';
import { controlClass } from '../../components/field';
import { useToast } from '../../components/toast';
import { addMinutes, formatIn } from '../../domain/time';
import { instantFromLocalInput, localInputValue } from '../bulk/datetime-local';
import { useNow } from '../session/use-now';

function describeOffset(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'real time';
  const hours = Math.round(minutes / 60);
  const days = Math.round(hours / 24);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const text =
    hours >= 24 ? plural(days, 'day') : minutes >= 60 ? plural(hours, 'hour') : plural(minutes, 'minute');
  return `${text} ${ms > 0 ? 'ahead of' : 'behind'} real time`;
}

/** Moves the mock's clock so callbacks visibly fall due and go overdue; every screen refreshes after. */
export function ClockControls({ tz }: { tz: string }) {
  const now = useNow();
  const clock = useDemoClock();
  const setClock = useSetDemoClock();
  const notify = useToast();
  const [chosen, setChosen] = useState('');
  const move = (at: string | null) =>
    setClock.mutate(at, {
      onSuccess: (c) =>
        notify(
          at === null ? 'Back to real time.' : `Demo clock set to ${formatIn(c.now, tz, 'EEE d MMM HH:mm')}.`,
          'info',
        ),
      onError: (e) => notify(`The clock could not be moved: ${e.message}`, 'error'),
    });
  const shown = chosen || localInputValue(now, tz);
  const chosenAt = instantFromLocalInput(shown, tz);
  const busy = setClock.isPending;
  return (
    <section aria-labelledby="demo-clock" className="flex flex-col gap-2">
      <h3 id="demo-clock" className="text-sm font-semibold">
        Clock
      </h3>
      <p className="text-sm">
        It is <span className="font-medium">{formatIn(now, tz, 'EEE d MMM yyyy HH:mm')}</span> (
        {tz.replace(/_/g, ' ')}), {describeOffset(clock.data?.offsetMs ?? 0)}.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={busy} onClick={() => move(addMinutes(now, 60))}>
          +1 hour
        </Button>
        <Button size="sm" disabled={busy} onClick={() => move(addMinutes(now, 24 * 60))}>
          +1 day
        </Button>
        <Button size="sm" variant="ghost" disabled={busy || !clock.data?.offsetMs} onClick={() => move(null)}>
          Back to real time
        </Button>
      </div>
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosenAt) move(chosenAt);
        }}
      >
        <label className="flex flex-col gap-1 text-xs font-medium">
          Go to ({tz.replace(/_/g, ' ')})
          <input
            type="datetime-local"
            className={controlClass}
            value={shown}
            onChange={(e) => setChosen(e.target.value)}
          />
        </label>
        <Button size="sm" type="submit" disabled={busy || !chosenAt}>
          Set clock
        </Button>
      </form>
    </section>
  );
}
