import 'reflect-metadata';
import cluster from 'node:cluster';
import { join } from 'node:path';
import { bootstrapAdmin } from './accounts/bootstrap-admin';
import { createApp } from './app.factory';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { startEmbeddedDatabase } from './database/embedded-database';
import { prepareDatabase } from './database/prepare-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo/demo-seed';
import { startWorkers } from './workers';

/** The primary process owns the database (embedded or not) and its migrations; the HTTP server
 * runs in it, or in WEB_CONCURRENCY worker processes sharing the port. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) {
    await serve(config, config.databaseUrl!);
    return;
  }
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  await prepareDatabase(databaseUrl, async (dataSource) => {
    if (config.demo) await seedDemo(dataSource);
    if (config.initialAdmin && (await bootstrapAdmin(dataSource, config.initialAdmin))) {
      console.log(`Created the first admin "${config.initialAdmin.username}" bound to unit ${config.initialAdmin.unitCode}`);
    }
  });
  const stopServer = config.workers > 1 ? await startWorkers(config, databaseUrl) : await serve(config, databaseUrl);
  stopOnSignal(async () => {
    await stopServer();
    await embedded?.stop();
  });
  announce(config, Boolean(embedded));
}

async function serve(config: AppConfig, databaseUrl: string): Promise<() => Promise<void>> {
  const app = await createApp(config, databaseUrl, { uiDir: join(__dirname, '..', '..', 'frontend', 'dist') });
  await app.listen(config.port);
  if (cluster.isWorker) stopOnSignal(() => app.close());
  return () => app.close();
}

function announce(config: AppConfig, embedded: boolean): void {
  const url = `http://localhost:${config.port}`;
  console.log(`NTM Survey is serving ${url} (API ${url}/api, docs ${url}/api/docs) with ${config.workers} process(es)`);
  console.log(embedded ? `Database: embedded PostgreSQL in ${join(config.dataDir, 'pg')}` : 'Database: DATABASE_URL');
  if (config.demo) {
    console.log(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`);
  }
}

function stopOnSignal(stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
