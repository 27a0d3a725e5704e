// The reschedule form's state: a wall-clock date and time in the CONTACT's zone, turned into an instant by the
// domain (fromLocal: DST gaps and overlaps), checked by the domain (checkReschedule: refusal or warning).
import { useMemo, useState } from 'react';
import { checkReschedule } from '../../domain/availability';
import { addMinutes, formatIn, fromLocal, localParts, offsetMs, toInstant, toMs } from '../../domain/time';
import type { Availability, CallbackView, Instant } from '../../domain/types';

const pad = (n: number) => String(n).padStart(2, '0');

function initialLocal(cb: CallbackView, now: Instant) {
  const tz = cb.contact.timezone;
  const future = toMs(cb.scheduledAt) > toMs(now);
  const p = localParts(future ? cb.scheduledAt : addMinutes(now, 60), tz);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${future ? pad(p.minute) : '00'}` };
}

function parse(date: string, time: string) {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return null;
  return { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]) };
}

export type Resolved =
  | { kind: 'invalid' }
  | { kind: 'gap'; message: string; shiftedTime: string }
  | { kind: 'ambiguous'; earlier: Instant; later: Instant; at: Instant }
  | { kind: 'ok'; at: Instant };

export function resolveLocal(date: string, time: string, tz: string, choice: 'earlier' | 'later'): Resolved {
  const local = parse(date, time);
  if (!local) return { kind: 'invalid' };
  const result = fromLocal(local, tz, choice);
  if (result.nonexistent) {
    // `at` is the instant the clocks jump to; the wall clock just before it is where they jumped from.
    const jumpTo = formatIn(result.at, tz, 'HH:mm');
    const jumpFrom = formatIn(toInstant(toMs(result.at) + offsetMs(toMs(result.at) - 60_000, tz)), 'UTC', 'HH:mm');
    return {
      kind: 'gap',
      message: `${time} does not exist on that day in ${tz} (clocks jump from ${jumpFrom} to ${jumpTo}).`,
      shiftedTime: jumpTo,
    };
  }
  if (result.ambiguous) {
    return { kind: 'ambiguous', earlier: fromLocal(local, tz, 'earlier').at, later: fromLocal(local, tz, 'later').at, at: result.at };
  }
  return { kind: 'ok', at: result.at };
}

export function useRescheduleForm(cb: CallbackView, now: Instant) {
  const [initial] = useState(() => initialLocal(cb, now));
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [choice, setChoice] = useState<'earlier' | 'later'>('earlier');
  const resolved = useMemo(() => resolveLocal(date, time, cb.contact.timezone, choice), [date, time, choice, cb.contact.timezone]);
  const at = resolved.kind === 'ok' || resolved.kind === 'ambiguous' ? resolved.at : null;
  const availability = useMemo<Availability>(() => {
    if (resolved.kind === 'gap') return { allowed: false, reason: resolved.message };
    if (!at) return { allowed: false, reason: 'Enter a valid date and time.' };
    return checkReschedule(cb, at, now);
  }, [resolved, at, cb, now]);
  return { date, setDate, time, setTime, choice, setChoice, resolved, at, availability };
}
