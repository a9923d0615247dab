import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** TypeORM's partial-entity type cannot express `Record<string, unknown>` JSONB columns; the value
 * is stored as is, so this cast is the one place where that typing gap is bridged. */
export function jsonb<T extends Record<string, unknown>>(value: T): QueryDeepPartialEntity<T> {
  return value as QueryDeepPartialEntity<T>;
}
