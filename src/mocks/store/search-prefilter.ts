// A quick pre-check for the search filter `q`. The domain's matchesFilters searches the contact's name and
// phone, the campaign name and the notes (case-insensitive; phone digits ignoring formatting). Each list view
// keeps those texts (and a few more) lower-cased in one string: when q — or its digits — is not in it, the
// domain cannot match either, so only the views that pass are handed to matchesFilters, which decides.
// If the domain starts searching another field, add it here (tests/contract/query-index.test.ts checks this).
import type { CallbackView } from '../../domain/types';

export function searchBlob(v: CallbackView): string {
  const texts = [v.contact.name, v.contact.phone, v.campaign.name, v.notes ?? '', v.placement ?? '', v.agent.name];
  return `${texts.join('\u0000').toLowerCase()}\u0000${v.contact.phone.replace(/\D/g, '')}`;
}

/** What to look for: q lower-cased, and its digits; a view whose text holds neither cannot match. null: no search. */
export function needlesOf(q: string | undefined): string[] | null {
  const needle = q?.trim().toLowerCase() ?? '';
  if (needle === '') return null;
  const digits = needle.replace(/\D/g, '');
  return digits !== '' && digits !== needle ? [needle, digits] : [needle];
}
