import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { subscribeSession, getSession } from './session';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Client errors (4xx) will not change on retry; network and server errors might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // 'always': with no signal the enumerator's pages still run their queries and saves, which the
    // device's store answers (TanStack's default would pause them until the network returns).
    queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { retry: false, networkMode: 'always' },
  },
});

// Never show one user's cached data to the next one.
let lastUserId: string | null = null;
subscribeSession(() => {
  const userId = getSession().user?.id ?? null;
  if (userId !== lastUserId && lastUserId !== null) queryClient.clear();
  lastUserId = userId;
});
