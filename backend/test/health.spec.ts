import { startTestApp, type TestApp } from './support/test-app';

describe('health and API docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('empty');
  });
  afterAll(() => t.close());

  it('reports the database as up without a token', async () => {
    const res = await t.api().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document describing the login route', async () => {
    const res = await t.api().get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/units/{code}/children']));
  });

  it('answers an unknown API route with the error envelope', async () => {
    const res = await t.api().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
