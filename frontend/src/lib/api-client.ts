import type { ErrorBody, ErrorCode, LoginResponse } from '@ntm/shared';
import { clearSession, getAccessToken, getRefreshToken, getSession, resumeOffline, startSession } from './session';

/** An error answer of the API, or a network failure (statusCode 0). */
export class ApiError extends Error {
  readonly body: ErrorBody;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.body = body;
  }

  get status(): number {
    return this.body.statusCode;
  }

  get code(): ErrorCode {
    return this.body.code;
  }

  get isNetworkError(): boolean {
    return this.body.statusCode === 0;
  }

  /** Field → reason, from the `details` of a validation error (first reason per field). */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const { field, reason } of this.body.details ?? []) result[field] ??= reason;
    return result;
  }
}

export type QueryParams = Record<string, string | number | boolean | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** JSON-serialised, or sent as is when FormData (multipart). */
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
  /** false for the login/refresh calls: no bearer token, no refresh on 401. */
  auth?: boolean;
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_ATTEMPTS',
};

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readBody(response).catch(() => undefined);
  if (isErrorBody(body)) return new ApiError({ ...body, statusCode: body.statusCode || response.status });
  return new ApiError({
    statusCode: response.status,
    code: STATUS_CODES[response.status] ?? 'INTERNAL',
    message: '',
  });
}

function networkError(): ApiError {
  return new ApiError({ statusCode: 0, code: 'INTERNAL', message: '' });
}

function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers = new Headers({ Accept: 'application/json' });
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

type RefreshOutcome = 'ok' | 'rejected' | 'unavailable';
let refreshing: Promise<RefreshOutcome> | null = null;

async function doRefresh(): Promise<RefreshOutcome> {
  const refreshToken = getRefreshToken();
  if (!refreshToken) return 'rejected';
  let response: Response;
  try {
    response = await send('/auth/refresh', { method: 'POST', body: { refreshToken } }, null);
  } catch {
    return 'unavailable';
  }
  if (response.status >= 500) return 'unavailable';
  if (!response.ok) return 'rejected';
  startSession((await response.json()) as LoginResponse);
  return 'ok';
}

/** Refresh tokens are single-use: tabs take turns, and each reads the token the previous one stored. */
function refreshAcrossTabs(): Promise<RefreshOutcome> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('ntm.refresh', doRefresh);
  }
  return doRefresh();
}

/** Exchanges the stored refresh token for new tokens; concurrent callers share one request. */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshing ??= refreshAcrossTabs().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** On app start: turn a stored refresh token back into a session. */
export async function restoreSession(): Promise<void> {
  if (getSession().status !== 'restoring') return;
  const outcome = await refreshSession();
  if (outcome === 'rejected') clearSession();
  else if (outcome === 'unavailable' && !resumeOffline()) clearSession({ keepStoredToken: true });
}

/** Sends with the access token, refreshing it once on a 401; throws ApiError for any failure. */
async function authorisedResponse(path: string, options: RequestOptions): Promise<Response> {
  const useAuth = options.auth !== false;
  const tokenUsed = useAuth ? getAccessToken() : null;
  let response = await send(path, options, tokenUsed);

  if (response.status === 401 && useAuth) {
    // Another request may already have refreshed the token while this one was in flight.
    const current = getAccessToken();
    const outcome = current && current !== tokenUsed ? 'ok' : await refreshSession();
    if (outcome === 'unavailable') throw networkError();
    if (outcome === 'ok') response = await send(path, options, getAccessToken());
    if (response.status === 401) clearSession({ expired: getSession().status === 'authenticated' });
  }

  if (!response.ok) throw await toApiError(response);
  return response;
}

/** GETs the device can answer from its own store: `local` before the network (what it holds and has
 * not sent yet), `fallback` when the network is out of reach. Undefined means "not stored here". */
export type OfflineReader = {
  local: (path: string, query: QueryParams | undefined) => Promise<unknown>;
  fallback: (path: string, query: QueryParams | undefined) => Promise<unknown>;
};

let offlineReader: OfflineReader | null = null;

export function setOfflineReader(reader: OfflineReader | null): void {
  offlineReader = reader;
}

/** The one way the UI talks to the API. Resolves with the parsed JSON (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const reader = (options.method ?? 'GET') === 'GET' ? offlineReader : null;
  const local = await reader?.local(path, options.query);
  if (local !== undefined) return local as T;
  try {
    return (await readBody(await authorisedResponse(path, options))) as T;
  } catch (error) {
    const stored = reader && error instanceof ApiError && error.isNetworkError ? await reader.fallback(path, options.query) : undefined;
    if (stored !== undefined) return stored as T;
    throw error;
  }
}

/** A file the API sends as an attachment, with the name the server gave it. */
export async function apiDownload(path: string, query?: QueryParams): Promise<{ fileName: string; blob: Blob }> {
  const response = await authorisedResponse(path, { query });
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'download';
  return { fileName, blob: await response.blob() };
}

/** Field → reason map of an error, empty for anything but a validation error with details. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}
