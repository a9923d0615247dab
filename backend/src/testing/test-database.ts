import { randomUUID } from 'node:crypto';
import { runAdminSql, withDatabase } from './database-url';

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** A private database for one test file, cloned from a template made by the global setup. */
export async function createTestDatabase(template: 'empty' | 'demo'): Promise<TestDatabase> {
  const adminUrl = requiredEnv('NTM_TEST_ADMIN_URL');
  const source = requiredEnv(template === 'empty' ? 'NTM_TEST_TEMPLATE_EMPTY' : 'NTM_TEST_TEMPLATE_DEMO');
  const name = `ntm_t_${randomUUID().replace(/-/g, '')}`;
  await runAdminSql(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${source}"`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => runAdminSql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with jest from the repository root`);
  return value;
}
