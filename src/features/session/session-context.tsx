// Who is signed in (the demo's picker) and the operator's time zone, for every screen.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setRequestUser } from '../../api/client';
import { useDemoClock } from '../../api/demo-clock';
import { useUsers } from '../../api/get-users';
import { referenceKeys } from '../../api/keys';
import { Button } from '../../components/button';
import { Skeleton } from '../../components/skeleton';
import { isValidTimeZone } from '../../domain/time';
import type { User } from '../../domain/types';
import { NowProvider } from './now-provider';
import { browserTimeZone, DEFAULT_USER_ID, readStored, STORAGE_KEYS, writeStored } from './storage';

interface Session {
  user: User;
  users: User[];
  setUserId: (id: string) => void;
  timeZone: string;
  setTimeZone: (tz: string) => void;
}

const SessionContext = createContext<Session | null>(null);

function initialUserId(): string {
  const id = readStored(STORAGE_KEYS.user) ?? DEFAULT_USER_ID;
  setRequestUser(id);
  return id;
}

function initialTimeZone(): string {
  const stored = readStored(STORAGE_KEYS.timeZone);
  return stored && isValidTimeZone(stored) ? stored : browserTimeZone();
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const users = useUsers();
  const [userId, setUserIdState] = useState(initialUserId);
  const [timeZone, setTimeZoneState] = useState(initialTimeZone);
  const clock = useDemoClock(); // rules are asked about the server's "now": wait for it (or its absence)

  const setUserId = useCallback(
    (id: string) => {
      writeStored(STORAGE_KEYS.user, id);
      setRequestUser(id);
      setUserIdState(id);
      // Another person sees other data and may do other things: nothing cached for the last one is kept.
      void client.resetQueries({ predicate: (query) => query.queryKey[0] !== referenceKeys.users[0] });
    },
    [client],
  );
  const setTimeZone = useCallback((tz: string) => {
    writeStored(STORAGE_KEYS.timeZone, tz);
    setTimeZoneState(tz);
  }, []);

  const list = users.data;
  const user = list?.find((candidate) => candidate.id === userId) ?? list?.find((candidate) => candidate.id === DEFAULT_USER_ID) ?? list?.[0];
  if (user && user.id !== userId) setRequestUser(user.id);

  const value = useMemo(
    () => (user && list ? { user, users: list, setUserId, timeZone, setTimeZone } : null),
    [user, list, setUserId, timeZone, setTimeZone],
  );

  if (users.isError)
    return (
      <div role="alert" className="m-6 flex flex-col items-start gap-3 rounded-md border border-red-300 p-4 dark:border-red-700">
        <p>The list of demo users could not be loaded: {users.error.message}</p>
        <Button onClick={() => void users.refetch()}>Retry</Button>
      </div>
    );
  if (!value || clock.isPending)
    return (
      <div className="flex flex-col gap-3 p-6" role="status">
        <span className="sr-only">Loading…</span>
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  return (
    <SessionContext.Provider value={value}>
      <NowProvider>{children}</NowProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs <SessionProvider>.');
  return session;
}
