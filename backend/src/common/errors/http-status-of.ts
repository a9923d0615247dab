import type { ErrorCode } from '@ntm/shared';

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'MALFORMED_JSON':
    case 'PAYLOAD_TOO_LARGE':
    case 'IMPORT_REJECTED':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
    case 'INVALID_REFRESH_TOKEN':
      return 401;
    case 'ACCOUNT_DISABLED':
    case 'FORBIDDEN':
    case 'OUT_OF_SCOPE':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'CAMPAIGN_NOT_OPEN':
    case 'INVALID_TRANSITION':
    case 'RESPONSE_LOCKED':
    case 'RESPONSE_CONFLICT':
      return 409;
    case 'TOO_MANY_ATTEMPTS':
      return 429;
    case 'INTERNAL':
      return 500;
    default: {
      const unhandled: never = code;
      throw new Error(`No HTTP status for ${String(unhandled)}`);
    }
  }
}
