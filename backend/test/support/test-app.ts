import type { NestExpressApplication } from '@nestjs/platform-express';
import * as argon2 from 'argon2';
import type { Role } from '@ntm/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ARGON2_OPTIONS } from '../../src/accounts/password-hasher';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database';

export type TestApp = {
  app: NestExpressApplication;
  api: () => ReturnType<typeof request>;
  dataSource: DataSource;
  close: () => Promise<void>;
};

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-validation-0123456789';

/** The real application on a private copy of the `demo` (Lào Cai + demo accounts) or `empty` database. */
export async function startTestApp(template: 'demo' | 'empty' = 'demo', env: Record<string, string> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(template);
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', DATABASE_URL: database.url, ...env });
  const app = await createApp(config, database.url);
  await app.init();
  return {
    app,
    api: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export async function login(t: TestApp, username: string, password = 'demo1234'): Promise<string> {
  const res = await t.api().post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

type AccountOverrides = { username?: string; role?: Role; unitCode?: string; password?: string; disabled?: boolean };

/** Inserts an account directly (factory with overrides); returns its id. */
export async function buildAccount(t: TestApp, overrides: AccountOverrides = {}): Promise<{ id: string; username: string }> {
  const username = overrides.username ?? `user${Math.random().toString(36).slice(2, 10)}`;
  const hash = await argon2.hash(overrides.password ?? 'demo1234', ARGON2_OPTIONS);
  const [row] = await t.dataSource.query(
    `INSERT INTO account (username, full_name, role, unit_code, password_hash, disabled) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [username, `Test ${username}`, overrides.role ?? 'enumerator', overrides.unitCode ?? '02839', hash, overrides.disabled ?? false],
  );
  return { id: row.id as string, username };
}

/** Adds another province with one xã and one village, for cross-province scope tests. */
export async function buildOtherProvince(t: TestApp): Promise<{ province: string; commune: string; village: string }> {
  await t.dataSource.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name) VALUES
      ('12', 'Lai Châu', 'Tỉnh Lai Châu', 'province', 'VN', '/VN/12/', 1, 'lai chau'),
      ('03430', 'Sìn Hồ', 'Xã Sìn Hồ', 'commune', '12', '/VN/12/03430/', 2, 'sin ho'),
      ('03430-01', 'Bản Pa Cheo', 'Bản Pa Cheo', 'village', '03430', '/VN/12/03430/03430-01/', 3, 'ban pa cheo')`,
  );
  return { province: '12', commune: '03430', village: '03430-01' };
}
