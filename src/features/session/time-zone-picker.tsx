import { useMemo } from 'react';
import { SelectField } from '../../components/field';
import { shortZoneName } from '../../domain/time';
import { useSession } from './session-context';
import { browserTimeZone, COMMON_TIME_ZONES } from './storage';
import { useNow } from './use-now';

/** The operator's time zone: the queue's day and week boundaries and every time shown are in it. */
export function TimeZonePicker() {
  const { timeZone, setTimeZone } = useSession();
  const now = useNow();
  const zones = useMemo(() => [...new Set([browserTimeZone(), timeZone, ...COMMON_TIME_ZONES])], [timeZone]);
  const browser = browserTimeZone();
  return (
    <SelectField label="Your time zone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace(/_/g, ' ')} ({shortZoneName(now, zone)}){zone === browser ? ' · this browser' : ''}
        </option>
      ))}
    </SelectField>
  );
}
