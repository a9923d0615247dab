import type { ErrorCode, FieldError } from '@ntm/shared';

/** A failure the client can act on. The global filter turns its code into an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** What the server holds, sent back with a conflict so the client can show it. */
    readonly current?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const outOfScope = (field?: string) =>
  new DomainError('OUT_OF_SCOPE', 'This unit is outside your scope', field ? [{ field, reason: 'is outside your scope' }] : undefined);
export const forbidden = (message = 'Your role may not do this') => new DomainError('FORBIDDEN', message);
export const conflict = (message: string, details?: FieldError[]) => new DomainError('CONFLICT', message, details);
export const invalid = (field: string, reason: string) =>
  new DomainError('VALIDATION_FAILED', `${field} ${reason}`, [{ field, reason }]);
export const invalidTransition = (message: string) => new DomainError('INVALID_TRANSITION', message);
