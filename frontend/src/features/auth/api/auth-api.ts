import type { ChangePasswordRequest, LoginRequest, LoginResponse, UserSummary } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { clearSession, getRefreshToken, startSession } from '../../../lib/session';

export async function login(request: LoginRequest): Promise<UserSummary> {
  const response = await apiRequest<LoginResponse>('/auth/login', { method: 'POST', body: request, auth: false });
  startSession(response);
  return response.user;
}

/** Revokes the refresh token on the server (best effort) and always ends the local session. */
export async function logout(): Promise<void> {
  const refreshToken = getRefreshToken();
  try {
    if (refreshToken) await apiRequest<void>('/auth/logout', { method: 'POST', body: { refreshToken }, auth: false });
  } catch {
    // The token expires on its own; the user still leaves.
  } finally {
    clearSession();
  }
}

export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return apiRequest<void>('/me/password', { method: 'POST', body: request });
}
