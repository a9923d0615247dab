import { DataSource } from 'typeorm';
import { installStandardForms } from '../forms/install-standard-forms';
import { dataSourceOptions } from './data-source';

/** Applies pending migrations and installs the standard forms, then runs `then` (e.g. the demo
 * seed) on the same connection. */
export async function prepareDatabase(url: string, then?: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction((manager) => installStandardForms(manager));
    if (then) await then(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
