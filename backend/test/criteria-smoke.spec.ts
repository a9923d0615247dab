import { bearer, login, startTestApp, type TestApp } from './support/test-app';

describe('criteria smoke', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp('demo');
    admin = await login(t, 'admin');
  });
  afterAll(() => t.close());

  it('recomputes the demo province', async () => {
    const res = await t.api().post('/api/criteria/recompute').set(bearer(admin)).send({ unitCode: '15' });
    console.log(res.status, JSON.stringify(res.body));
    const rows = await t.dataSource.query(`SELECT set_id, year, count(*)::int, avg(met)::float, sum(CASE WHEN all_met THEN 1 ELSE 0 END)::int AS all_met FROM criteria_evaluation GROUP BY 1, 2 ORDER BY 1, 2`);
    console.log(JSON.stringify(rows));
    const r2 = await t.dataSource.query(`SELECT count(*)::int FROM criteria_indicator_result`);
    console.log(JSON.stringify(r2));
    const sets = await t.api().get('/api/criteria/sets').set(bearer(admin));
    console.log(sets.status, JSON.stringify(sets.body).slice(0, 600));
  });
});
