import { bootstrapAdmin } from '../src/accounts/bootstrap-admin';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

describe('first admin of an empty database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('empty');
  });
  afterAll(() => t.close());

  it('refuses a weak password or an unknown unit, creating nobody', async () => {
    await expect(bootstrapAdmin(t.dataSource, { username: 'root', password: 'short', unitCode: 'VN' })).rejects.toThrow('INITIAL_ADMIN_PASSWORD must be at least 8 characters');
    await expect(bootstrapAdmin(t.dataSource, { username: 'root', password: 'quan-tri-2026', unitCode: '99' })).rejects.toThrow('INITIAL_ADMIN_UNIT: unknown unit "99"');
    expect(await t.dataSource.query('SELECT username FROM account')).toEqual([]);
  });

  it('creates a national admin once, who can then manage the whole country', async () => {
    expect(await bootstrapAdmin(t.dataSource, { username: 'Root', password: 'quan-tri-2026', unitCode: 'VN' })).toBe(true);
    expect(await bootstrapAdmin(t.dataSource, { username: 'root', password: 'other-pass-99', unitCode: 'VN' })).toBe(false);
    const token = await login(t, 'root', 'quan-tri-2026');
    const me = await t.api().get('/api/me').set(bearer(token));
    expect(me.body).toMatchObject({ username: 'root', role: 'admin', unitCode: 'VN', unitName: 'Việt Nam' });
  });
});
