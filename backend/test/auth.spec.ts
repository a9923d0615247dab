import { bearer, buildAccount, login, startTestApp, type TestApp } from './support/test-app';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('demo', { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: '600' });
  });
  afterAll(() => t.close());

  it('logs the demo admin in with tokens and the user bound to Lào Cai', async () => {
    const res = await t.api().post('/api/auth/login').send({ username: 'admin', password: 'demo1234' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'admin', role: 'admin', unitCode: '15', unitName: 'Lào Cai' });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(res.body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.expiresIn).toBe(900);
  });

  it('accepts the username in any case', async () => {
    const res = await t.api().post('/api/auth/login').send({ username: 'Admin', password: 'demo1234' });
    expect(res.status).toBe(200);
  });

  it.each([
    ['a wrong password', { username: 'admin', password: 'wrong-pass1' }],
    ['an unknown user', { username: 'nobody', password: 'demo1234' }],
  ])('refuses %s with 401 and the same message', async (_, body) => {
    const res = await t.api().post('/api/auth/login').send(body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' });
  });

  it.each([
    ['a missing password', { username: 'admin' }, 'password'],
    ['an extra field', { username: 'admin', password: 'demo1234', role: 'admin' }, 'role'],
    ['a mistyped username', { username: 42, password: 'demo1234' }, 'username'],
  ])('answers %s with 400 naming the field', async (_, body, field) => {
    const res = await t.api().post('/api/auth/login').send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers malformed JSON and oversized bodies with 400', async () => {
    const malformed = await t.api().post('/api/auth/login').set('Content-Type', 'application/json').send('{"username": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    const huge = await t.api().post('/api/auth/login').send({ username: 'x'.repeat(2_000_000), password: 'p' });
    expect(huge.status).toBe(400);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['refresh', {}],
    ['refresh', { refreshToken: 7 }],
    ['logout', { refreshToken: '' }],
  ])('answers /api/auth/%s with a missing or mistyped token with 400', async (route, body) => {
    const res = await t.api().post(`/api/auth/${route}`).send(body);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('refreshToken');
  });

  it('answers an unknown refresh token with 401', async () => {
    const res = await t.api().post('/api/auth/refresh').send({ refreshToken: 'x'.repeat(43) });
    expect(res.status).toBe(401);
  });

  it('locks an account after 3 failed logins, refusing even the right password', async () => {
    const { username } = await buildAccount(t, { password: 'right-pass1' });
    for (let i = 0; i < 3; i++) {
      const res = await t.api().post('/api/auth/login').send({ username, password: 'wrong-pass1' });
      expect(res.status).toBe(401);
    }
    const locked = await t.api().post('/api/auth/login').send({ username, password: 'right-pass1' });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
    await t.dataSource.query(`UPDATE account SET locked_until = now() - interval '1 second' WHERE username = $1`, [username]);
    const after = await t.api().post('/api/auth/login').send({ username, password: 'right-pass1' });
    expect(after.status).toBe(200);
  });

  it('resets the failure count after a successful login', async () => {
    const { username } = await buildAccount(t, { password: 'right-pass1' });
    for (const password of ['bad-1', 'bad-2', 'right-pass1', 'bad-3', 'bad-4']) {
      await t.api().post('/api/auth/login').send({ username, password });
    }
    const res = await t.api().post('/api/auth/login').send({ username, password: 'right-pass1' });
    expect(res.status).toBe(200);
  });

  it('rotates refresh tokens and revokes the family when a spent token is replayed', async () => {
    const first = (await t.api().post('/api/auth/login').send({ username: 'steering', password: 'demo1234' })).body;
    const second = await t.api().post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.user.username).toBe('steering');
    const replay = await t.api().post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('INVALID_REFRESH_TOKEN');
    const stolen = await t.api().post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken });
    expect(stolen.status).toBe(401);
  });

  it('lets one of two concurrent refreshes with the same token win', async () => {
    const { refreshToken } = (await t.api().post('/api/auth/login').send({ username: 'front', password: 'demo1234' })).body;
    const results = await Promise.all([1, 2].map(() => t.api().post('/api/auth/refresh').send({ refreshToken })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('revokes the refresh token on logout', async () => {
    const { refreshToken } = (await t.api().post('/api/auth/login').send({ username: 'front', password: 'demo1234' })).body;
    expect((await t.api().post('/api/auth/logout').send({ refreshToken })).status).toBe(204);
    expect((await t.api().post('/api/auth/refresh').send({ refreshToken })).status).toBe(401);
  });

  it('requires an access token for /api/me and returns the account with it', async () => {
    expect((await t.api().get('/api/me')).status).toBe(401);
    expect((await t.api().get('/api/me').set(bearer('not-a-jwt'))).status).toBe(401);
    const res = await t.api().get('/api/me').set(bearer(await login(t, 'enumerator')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'enumerator', role: 'enumerator', unitCode: '02839', unitName: 'Bắc Hà' });
  });

  it('refuses a disabled account at login and for tokens issued before', async () => {
    const { id, username } = await buildAccount(t);
    const session = (await t.api().post('/api/auth/login').send({ username, password: 'demo1234' })).body;
    await t.dataSource.query(`UPDATE account SET disabled = true WHERE id = $1`, [id]);
    const res = await t.api().post('/api/auth/login').send({ username, password: 'demo1234' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ACCOUNT_DISABLED');
    expect((await t.api().get('/api/me').set(bearer(session.accessToken))).status).toBe(401);
    expect((await t.api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
  });
});
