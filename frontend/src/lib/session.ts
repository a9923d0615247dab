import { useSyncExternalStore } from 'react';
import type { LoginResponse, UserSummary } from '@ntm/shared';

const REFRESH_TOKEN_KEY = 'ntm.refreshToken';

export type SessionStatus = 'restoring' | 'authenticated' | 'anonymous';
export type SessionState = {
  status: SessionStatus;
  user: UserSummary | null;
  /** Set when the session ended without the user asking (refresh token refused). */
  expired: boolean;
};

let accessToken: string | null = null;
let state: SessionState = {
  status: readRefreshToken() ? 'restoring' : 'anonymous',
  user: null,
  expired: false,
};
const listeners = new Set<() => void>();

function readRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(REFRESH_TOKEN_KEY, token);
    else localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Storage unavailable (private mode): the session lasts until the tab closes.
  }
}

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getSession(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAccessToken(): string | null {
  return accessToken;
}

/** Read from storage each time so a token rotated by another tab is picked up. */
export function getRefreshToken(): string | null {
  return readRefreshToken();
}

export function startSession(response: LoginResponse): void {
  accessToken = response.accessToken;
  writeRefreshToken(response.refreshToken);
  setState({ status: 'authenticated', user: response.user, expired: false });
}

/** Ends the session. `keepStoredToken` leaves the refresh token for a later retry (network down). */
export function clearSession(options: { expired?: boolean; keepStoredToken?: boolean } = {}): void {
  accessToken = null;
  if (!options.keepStoredToken) writeRefreshToken(null);
  setState({ status: 'anonymous', user: null, expired: options.expired ?? false });
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession);
}

/** The signed-in user; only call below the authentication guard. */
export function useUser(): UserSummary {
  const { user } = useSession();
  if (!user) throw new Error('useUser called without a session');
  return user;
}

// Logging out in another tab removes the shared refresh token: follow it here.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === REFRESH_TOKEN_KEY && event.newValue === null && state.status !== 'anonymous') {
      clearSession({ expired: true });
    }
  });
}
