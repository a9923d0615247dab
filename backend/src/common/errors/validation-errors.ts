import type { FieldError } from '@ntm/shared';
import type { ValidationError } from 'class-validator';
import { DomainError } from './domain-error';

/** Flattens class-validator's tree into one entry per bad field, with dotted paths. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function validationFailed(errors: ValidationError[]): DomainError {
  const details = toFieldErrors(errors);
  const fields = [...new Set(details.map((d) => d.field))].join(', ');
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${fields}`, details);
}
