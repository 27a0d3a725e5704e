// GET /api/users: the "signed in as" picker and the agent filter (no X-User-Id needed).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '../domain/types';
import { request } from './client';
import { referenceKeys } from './keys';

export const getUsers = (signal?: AbortSignal) => request<User[]>('/api/users', { signal, anonymous: true });

export const usersQueryOptions = () =>
  queryOptions({ queryKey: referenceKeys.users, queryFn: ({ signal }) => getUsers(signal), staleTime: Infinity });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
