import { useContext } from 'react';
import type { Instant } from '../../domain/types';
import { NowContext } from './now-provider';

/** The server's "now" (see NowProvider), as an ISO instant for the domain functions. */
export function useNow(): Instant {
  const now = useContext(NowContext);
  if (now === null) throw new Error('useNow needs <NowProvider> (inside <SessionProvider>).');
  return now;
}
