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
    queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

// Never show one user's cached data to the next one.
let lastUserId: string | null = null;
subscribeSession(() => {
  const userId = getSession().user?.id ?? null;
  if (userId !== lastUserId && lastUserId !== null) queryClient.clear();
  lastUserId = userId;
});
