// The key of a (contact, campaign) pair: the dedup invariant's unit (state.ts) and the sequence lookups
// (scheduling.ts). Its own file so that the rules the UI runs (scheduling → explain) do not pull in state.ts.
export type PairKey = string; // `${contactId}|${campaignId}`

export function pairKey(contactId: string, campaignId: string): PairKey {
  return `${contactId}|${campaignId}`;
}
