// A small date-fns-compatible formatter over a wall-clock Date (read with getUTC*), so formatting never
// depends on the host's time zone. It covers every pattern the app uses and answers exactly as date-fns-tz's
// formatInTimeZone for its tokens (time.test.ts cross-checks them): y yy yyyy · M…MMMMM · d dd · E…EEEEEE ·
// H HH h hh m mm s ss · a…aaaaa · z zz zzz · X XX XXX x xx xxx, and quoted text. Returns null for any other
// token (time.ts's formatIn then throws; formatInDateFns formats the rest).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO offset: "+05:45" (colon), "+0545", or with `short` "+05" when the minutes are zero ("+0545" otherwise). */
function offsetText(offset: number, colon: boolean, zForZero: boolean, short = false): string {
  if (offset === 0 && zForZero) return 'Z';
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hours = `${sign}${pad(Math.floor(minutes / 60), 2)}`;
  if (short && minutes % 60 === 0) return hours;
  return `${hours}${colon ? ':' : ''}${pad(minutes % 60, 2)}`;
}

const DAY_PERIODS: Record<number, [string, string]> = { 3: ['am', 'pm'], 4: ['a.m.', 'p.m.'], 5: ['a', 'p'] };

function token(d: Date, offset: number, letter: string, n: number, zone: () => string): string | null {
  const hour = d.getUTCHours();
  switch (letter) {
    case 'y':
      return n === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), n);
    case 'M': {
      const m = d.getUTCMonth();
      if (n <= 2) return pad(m + 1, n);
      const name = MONTHS[m] ?? '';
      return n === 3 ? name.slice(0, 3) : n === 4 ? name : name.slice(0, 1);
    }
    case 'd':
      return n <= 2 ? pad(d.getUTCDate(), n) : null;
    case 'E': {
      const name = DAYS[d.getUTCDay()] ?? '';
      return n <= 3 ? name.slice(0, 3) : n === 4 ? name : n === 5 ? name.slice(0, 1) : name.slice(0, 2);
    }
    case 'H':
      return n <= 2 ? pad(hour, n) : null;
    case 'h':
      return n <= 2 ? pad(hour % 12 === 0 ? 12 : hour % 12, n) : null;
    case 'm':
      return n <= 2 ? pad(d.getUTCMinutes(), n) : null;
    case 's':
      return n <= 2 ? pad(d.getUTCSeconds(), n) : null;
    case 'a': {
      const [am, pm] = DAY_PERIODS[n] ?? (n <= 2 ? ['AM', 'PM'] : [null, null]);
      return hour < 12 ? am : pm;
    }
    case 'z':
      return n <= 3 ? zone() : null;
    case 'X':
    case 'x':
      return n > 3 ? null : offsetText(offset, n === 3, letter === 'X', n === 1);
    default:
      return null;
  }
}

/** Formats `wall` (the local clock as UTC fields) with a date-fns pattern; null when a token is unsupported. */
export function formatTokens(wall: Date, offset: number, pattern: string, zone: () => string): string | null {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern.charAt(j) === "'" && pattern.charAt(j + 1) === "'") {
          out += "'";
          j += 2;
        } else if (pattern.charAt(j) === "'") break;
        else out += pattern.charAt(j++);
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern.charAt(i + n) === ch) n += 1;
      const text = token(wall, offset, ch, n, zone);
      if (text === null) return null;
      out += text;
      i += n;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
