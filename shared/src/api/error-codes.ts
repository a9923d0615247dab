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
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { field: string; reason: string };

/** The body of every error answer of the API. */
export type ErrorBody = {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: FieldError[];
};
