import { useSyncExternalStore } from 'react';
import type { LoginResponse, UserSummary } from '@ntm/shared';

const REFRESH_TOKEN_KEY = 'ntm.refreshToken';
/** Who last signed in on this device: with no signal, the app reopens as them on their own device data. */
const LAST_USER_KEY = 'ntm.lastUser';

export type SessionStatus = 'restoring' | 'authenticated' | 'anonymous';
export type SessionState = {
  status: SessionStatus;
  user: UserSummary | null;
  /** Set when the session ended without the user asking (refresh token refused). */
  expired: boolean;
  /** Reopened without the server (no signal): the tokens are refreshed once it answers again. */
  offline?: boolean;
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

function readLastUser(): UserSummary | null {
  try {
    const stored = localStorage.getItem(LAST_USER_KEY);
    return stored ? (JSON.parse(stored) as UserSummary) : null;
  } catch {
    return null;
  }
}

function writeLastUser(user: UserSummary | null): void {
  try {
    if (user) localStorage.setItem(LAST_USER_KEY, JSON.stringify(user));
    else localStorage.removeItem(LAST_USER_KEY);
  } catch {
    // Storage unavailable: no offline reopening.
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
  writeLastUser(response.user);
  setState({ status: 'authenticated', user: response.user, expired: false });
}

/** The server cannot be reached but this device holds a session: go on as its last user, on the data
 * stored on the device. Returns false when there is no such user. */
export function resumeOffline(): boolean {
  const user = readLastUser();
  if (!user || !readRefreshToken()) return false;
  accessToken = null;
  setState({ status: 'authenticated', user, expired: false, offline: true });
  return true;
}

/** Ends the session. `keepStoredToken` leaves the refresh token for a later retry (network down). */
export function clearSession(options: { expired?: boolean; keepStoredToken?: boolean } = {}): void {
  accessToken = null;
  if (!options.keepStoredToken) {
    writeRefreshToken(null);
    writeLastUser(null);
  }
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
