// Contact look-up for the contact picker: name or phone digits, case-insensitive; the first `limit` by name.
import type { Contact } from '../../domain/types';

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byName = (a: Contact, b: Contact) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function searchContacts(contacts: Iterable<Contact>, q: string | undefined, limit = 50): Contact[] {
  const needle = q?.trim().toLowerCase() ?? '';
  const digits = needle.replace(/\D/g, '');
  const top: Contact[] = []; // kept sorted, at most `limit` long (no full sort of every contact)
  for (const c of contacts) {
    const hit = !needle || c.name.toLowerCase().includes(needle) || (digits.length >= 3 && c.phone.includes(digits));
    if (!hit) continue;
    const last = top[top.length - 1];
    if (top.length === limit && last && byName(c, last) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byName(top[mid] as Contact, c) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, c);
    if (top.length > limit) top.pop();
  }
  return top;
}
