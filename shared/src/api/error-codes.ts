export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'INVALID_REFRESH_TOKEN',
  'ACCOUNT_DISABLED',
  'FORBIDDEN',
  'OUT_OF_SCOPE',
  'NOT_FOUND',
  'CONFLICT',
  'IMPORT_REJECTED',
  'CAMPAIGN_NOT_OPEN',
  'INVALID_TRANSITION',
  'RESPONSE_LOCKED',
  'RESPONSE_CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** `rule` names the check that failed (e.g. `required`, `choice`, `hidden`) for answer validation. */
export type FieldError = { field: string; reason: string; rule?: string };

/** The body of every error answer of the API. */
export type ErrorBody = {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: FieldError[];
  /** What the server holds, when the request conflicts with it (e.g. a submitted response). */
  current?: unknown;
};
