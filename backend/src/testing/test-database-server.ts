import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { prepareDatabase } from '../database/prepare-database';
import { seedDemo } from '../demo/demo-seed';
import { runAdminSql, withDatabase } from './database-url';

export type TestDatabaseServer = { env: Record<string, string>; stop: () => Promise<void> };

/**
 * For a test run: one PostgreSQL (embedded in a temp dir unless DATABASE_URL names a server that
 * lets us CREATE DATABASE) with two migrated template databases, empty and demo. Each test file
 * clones one in milliseconds (CREATE DATABASE … TEMPLATE), so files never share state.
 */
export async function startTestDatabase(databaseUrl?: string): Promise<TestDatabaseServer> {
  const dataDir = databaseUrl ? null : await mkdtemp(join(tmpdir(), 'ntm-test-'));
  // The cluster runs as an unprivileged postgres user, which must be able to enter the folder.
  if (dataDir) await chmod(dataDir, 0o777);
  const embedded = dataDir ? await startEmbeddedDatabase(dataDir, 'ntm_admin') : null;
  const adminUrl = databaseUrl ?? embedded!.url;
  const suffix = `${process.pid}_${Date.now()}`;
  const templates = { empty: `ntm_tpl_empty_${suffix}`, demo: `ntm_tpl_demo_${suffix}` };
  for (const name of Object.values(templates)) await runAdminSql(adminUrl, `CREATE DATABASE "${name}"`);
  await Promise.all([
    prepareDatabase(withDatabase(adminUrl, templates.empty)),
    prepareDatabase(withDatabase(adminUrl, templates.demo), seedDemo),
  ]);
  return {
    env: { NTM_TEST_ADMIN_URL: adminUrl, NTM_TEST_TEMPLATE_EMPTY: templates.empty, NTM_TEST_TEMPLATE_DEMO: templates.demo },
    stop: async () => {
      if (embedded) await embedded.stop();
      else for (const name of Object.values(templates)) await runAdminSql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
