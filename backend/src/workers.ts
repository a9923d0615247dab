import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { AppConfig } from './config/app-config';

/**
 * Forks the HTTP workers. They get the resolved database URL and the JWT secret (a token one
 * worker signs must verify in another, and outside production the secret is generated at boot);
 * a worker that dies is replaced. Resolves once all listen; returns how to stop them.
 */
export async function startWorkers(config: AppConfig, databaseUrl: string): Promise<() => Promise<void>> {
  let stopping = false;
  const fork = (): Worker => cluster.fork({ DATABASE_URL: databaseUrl, JWT_SECRET: config.jwtSecret });
  const workers = Array.from({ length: config.workers }, fork);
  await Promise.all(workers.map((worker) => once(worker, 'listening')));
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    console.error(`Worker ${worker.process.pid} exited with ${code}; starting another`);
    fork();
  });
  return async () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    await Promise.all(alive.map((worker) => (worker.kill('SIGTERM'), once(worker, 'exit'))));
  };
}
