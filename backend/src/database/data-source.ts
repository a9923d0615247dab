import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 20 },
  };
}

/** For the TypeORM CLI (migration:generate / run / revert). */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/ntm'));
