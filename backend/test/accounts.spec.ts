import { bearer, buildAccount, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

describe('accounts', () => {
  let t: TestApp;
  let admin: string;
  const newAccount = (overrides: Record<string, unknown> = {}) => ({
    username: `can.bo${Math.random().toString(36).slice(2, 8)}`,
    fullName: 'Hoàng Văn Tú',
    role: 'enumerator',
    unitCode: '02839',
    password: 'mat-khau-2026',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp('demo');
    await buildOtherProvince(t);
    admin = await login(t, 'admin');
  });
  afterAll(() => t.close());

  it('lets a province admin create an account in its province, which can then log in', async () => {
    const body = newAccount({ username: '  Hoang.Tu ' });
    const res = await t.api().post('/api/accounts').set(bearer(admin)).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'hoang.tu', fullName: 'Hoàng Văn Tú', role: 'enumerator', unitCode: '02839', unitName: 'Bắc Hà', disabled: false, lastLoginAt: null });
    expect(res.body).not.toHaveProperty('passwordHash');
    await login(t, 'hoang.tu', 'mat-khau-2026');
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM account WHERE username = 'hoang.tu'`);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('refuses a taken username with 409 and a weak password with 400, saving nothing', async () => {
    const taken = await t.api().post('/api/accounts').set(bearer(admin)).send(newAccount({ username: 'front' }));
    expect(taken.status).toBe(409);
    expect(taken.body.details).toEqual([{ field: 'username', reason: 'is already taken' }]);
    const weak = await t.api().post('/api/accounts').set(bearer(admin)).send(newAccount({ username: 'weak.one', password: 'short' }));
    expect(weak.status).toBe(400);
    expect(weak.body.details).toEqual([{ field: 'password', reason: 'must be at least 8 characters' }]);
    expect(await t.dataSource.query(`SELECT id FROM account WHERE username = 'weak.one'`)).toEqual([]);
  });

  it.each([
    ['an unknown role', { role: 'mayor' }, 'role'],
    ['a bad username', { username: 'Có dấu' }, 'username'],
    ['a missing unit', { unitCode: undefined }, 'unitCode'],
    ['an unknown unit', { unitCode: '99999' }, 'unitCode'],
  ])('answers an account with %s with 400', async (_, overrides, field) => {
    const res = await t.api().post('/api/accounts').set(bearer(admin)).send(newAccount(overrides));
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses to bind an account to a unit of another province', async () => {
    const res = await t.api().post('/api/accounts').set(bearer(admin)).send(newAccount({ unitCode: '03430' }));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
  });

  it('lists only accounts inside the admin’s scope, paginated, searchable', async () => {
    const outside = await buildAccount(t, { unitCode: '12', username: 'laichau.admin', role: 'admin' });
    const res = await t.api().get('/api/accounts?pageSize=2&page=1').set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    const all = await t.api().get('/api/accounts?pageSize=200').set(bearer(admin));
    const names = all.body.items.map((a: { username: string }) => a.username);
    expect(names).toEqual(expect.arrayContaining(['admin', 'steering', 'front', 'supervisor', 'enumerator']));
    expect(names).not.toContain(outside.username);
    const search = await t.api().get('/api/accounts?q=bắc hà').set(bearer(admin));
    expect(search.body.items.map((a: { username: string }) => a.username).sort()).toEqual(['front', 'supervisor']);
  });

  it('hides an account of another province (404) from edits and password resets', async () => {
    const outside = await buildAccount(t, { unitCode: '03430' });
    expect((await t.api().patch(`/api/accounts/${outside.id}`).set(bearer(admin)).send({ disabled: true })).status).toBe(404);
    expect((await t.api().post(`/api/accounts/${outside.id}/reset-password`).set(bearer(admin)).send({ newPassword: 'moi-mat-khau-1' })).status).toBe(404);
    const [{ disabled }] = await t.dataSource.query(`SELECT disabled FROM account WHERE id = $1`, [outside.id]);
    expect(disabled).toBe(false);
  });

  it('disables an account, ending its sessions, and enables it again', async () => {
    const { id, username } = await buildAccount(t);
    const session = (await t.api().post('/api/auth/login').send({ username, password: 'demo1234' })).body;
    const res = await t.api().patch(`/api/accounts/${id}`).set(bearer(admin)).send({ disabled: true });
    expect(res.body.disabled).toBe(true);
    expect((await t.api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    expect((await t.api().post('/api/auth/login').send({ username, password: 'demo1234' })).status).toBe(403);
    await t.api().patch(`/api/accounts/${id}`).set(bearer(admin)).send({ disabled: false });
    expect((await t.api().post('/api/auth/login').send({ username, password: 'demo1234' })).status).toBe(200);
  });

  it('changes role and unit within scope, but not the admin’s own', async () => {
    const { id } = await buildAccount(t);
    const res = await t.api().patch(`/api/accounts/${id}`).set(bearer(admin)).send({ role: 'supervisor', unitCode: '02680' });
    expect(res.body).toMatchObject({ role: 'supervisor', unitCode: '02680', unitName: 'Hợp Thành' });
    const me = (await t.api().get('/api/me').set(bearer(admin))).body;
    const self = await t.api().patch(`/api/accounts/${me.id}`).set(bearer(admin)).send({ disabled: true });
    expect(self.status).toBe(409);
  });

  it('resets a password: the old one stops working and the lock is lifted', async () => {
    const { id, username } = await buildAccount(t);
    await t.dataSource.query(`UPDATE account SET failed_login_count = 9, locked_until = now() + interval '1 hour' WHERE id = $1`, [id]);
    const res = await t.api().post(`/api/accounts/${id}/reset-password`).set(bearer(admin)).send({ newPassword: 'mat-khau-moi-7' });
    expect(res.status).toBe(204);
    expect((await t.api().post('/api/auth/login').send({ username, password: 'demo1234' })).status).toBe(401);
    expect((await t.api().post('/api/auth/login').send({ username, password: 'mat-khau-moi-7' })).status).toBe(200);
  });

  it('answers a non-UUID account id with 400 and non-admins with 403', async () => {
    const bad = await t.api().patch('/api/accounts/42').set(bearer(admin)).send({ disabled: true });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    const supervisor = await login(t, 'supervisor');
    expect((await t.api().get('/api/accounts').set(bearer(supervisor))).status).toBe(403);
    expect((await t.api().post('/api/accounts').set(bearer(supervisor)).send(newAccount())).status).toBe(403);
  });

  it('lets users change their own password only with the current one', async () => {
    const { username } = await buildAccount(t);
    const token = await login(t, username);
    const wrong = await t.api().post('/api/me/password').set(bearer(token)).send({ currentPassword: 'nope-1234', newPassword: 'doi-mat-khau-9' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([{ field: 'currentPassword', reason: 'is wrong' }]);
    const weak = await t.api().post('/api/me/password').set(bearer(token)).send({ currentPassword: 'demo1234', newPassword: 'abcdefgh' });
    expect(weak.body.details).toEqual([{ field: 'newPassword', reason: 'must contain a letter and a digit' }]);
    const ok = await t.api().post('/api/me/password').set(bearer(token)).send({ currentPassword: 'demo1234', newPassword: 'doi-mat-khau-9' });
    expect(ok.status).toBe(204);
    await login(t, username, 'doi-mat-khau-9');
  });
});
