// Opaque list cursors: base64url of { offset, the `now` of the first page, a fingerprint of the query }.
// Every page of a walk uses the first page's `now`, so items do not change order between pages as time passes.
import { validationError } from './http-errors';

interface CursorData {
  o: number;
  n: string;
  f: string;
}

/** FNV-1a of the query's canonical text, as hex. */
export function fingerprint(parts: Record<string, unknown>): string {
  const textOf = JSON.stringify(Object.keys(parts).sort().map((k) => [k, parts[k] ?? null]));
  let hash = 0x811c9dc5;
  for (let i = 0; i < textOf.length; i += 1) {
    hash ^= textOf.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

const toBase64Url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (s: string) => atob(s.replace(/-/g, '+').replace(/_/g, '/'));

export const encodeCursor = (offset: number, now: string, print: string): string =>
  toBase64Url(JSON.stringify({ o: offset, n: now, f: print } satisfies CursorData));

export function decodeCursor(cursor: string, print: string): { offset: number; now: string } {
  const invalid = validationError('cursor is not valid for this query; request the first page again without cursor', 'cursor');
  let data: Partial<CursorData>;
  try {
    data = JSON.parse(fromBase64Url(cursor)) as Partial<CursorData>;
  } catch {
    throw invalid;
  }
  const ok = Number.isInteger(data.o) && (data.o ?? -1) >= 0 && typeof data.n === 'string' && !Number.isNaN(Date.parse(data.n));
  if (!ok || data.f !== print) throw invalid;
  return { offset: data.o as number, now: data.n as string };
}
