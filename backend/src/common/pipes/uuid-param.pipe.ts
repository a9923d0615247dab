import { Param, ParseUUIDPipe } from '@nestjs/common';
import { invalid } from '../errors/domain-error';

/** `:id` path parameters must be UUIDs; anything else is a 400, never a database error. */
export const uuidParam = (name = 'id') =>
  new ParseUUIDPipe({ exceptionFactory: () => invalid(name, 'must be a UUID') });

/** `@UuidParam('formId')`: the named path parameter, checked to be a UUID. */
export const UuidParam = (name: string) => Param(name, uuidParam(name));
