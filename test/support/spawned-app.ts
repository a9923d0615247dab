import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { createTestDatabase } from '../../backend/src/testing/test-database';

export type SpawnedApp = { baseUrl: string; databaseUrl: string; db: Pool; close: () => Promise<void> };

const MAIN = join(__dirname, '..', '..', 'backend', 'dist', 'main.js');

/** The production build (`node backend/dist/main.js`) in its own process, as `npm start` runs it,
 * over a private copy of the demo database: what benchmarks should measure. */
export async function spawnApp(env: Record<string, string> = {}): Promise<SpawnedApp> {
  const database = await createTestDatabase('demo');
  const port = await freePort();
  // BENCH_PROFILE_DIR=/tmp/prof npm run bench writes a CPU profile of the app for each benchmark.
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: database.url,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      DEMO: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  const db = new Pool({ connectionString: database.url, max: 2 });
  return {
    baseUrl,
    databaseUrl: database.url,
    db,
    close: async () => {
      await db.end();
      child.kill('SIGTERM');
      await once(child, 'exit');
      await database.drop();
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error('the app did not become healthy in 30 s');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
