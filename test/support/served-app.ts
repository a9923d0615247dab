import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../../backend/src/app.factory';
import { loadConfig } from '../../backend/src/config/app-config';
import { createTestDatabase } from '../../backend/src/testing/test-database';

export type ServedApp = { baseUrl: string; app: NestExpressApplication; close: () => Promise<void> };

/** The whole product (API + built UI) on a free port, over a private copy of the demo database. */
export async function serveApp(template: 'demo' | 'empty' = 'demo', env: Record<string, string> = {}): Promise<ServedApp> {
  const database = await createTestDatabase(template);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url, ...env });
  const app = await createApp(config, database.url, { uiDir: join(__dirname, '..', '..', 'frontend', 'dist') });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    close: async () => {
      // fetch keeps sockets alive; close them or the server waits for their idle timeout.
      app.getHttpServer().closeAllConnections();
      await app.close();
      await database.drop();
    },
  };
}
