import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../backend/src/database/data-source';
import { seedCriteriaValues } from '../../backend/src/demo/demo-criteria';
import { type SpawnedApp, spawnApp } from '../support/spawned-app';
import { measure, type Timing } from './measure';
import { type BenchProvince, COMMUNES, generateProvince, HOUSEHOLDS_PER_VILLAGE, PROVINCE, VILLAGES_PER_COMMUNE } from './poverty-province';

const HOUSEHOLDS = COMMUNES * VILLAGES_PER_COMMUNE * HOUSEHOLDS_PER_VILLAGE;
const s = (ms: number) => (ms / 1000).toFixed(2);

/**
 * Commune criteria of the 200,000-household bench province: its 2026 review finalised (which
 * recomputes its xã through the campaign hook), seeded manual values for 2021–2026 of every xã,
 * then a full recompute over HTTP (seconds) and the dashboard API (ms), printed as a table.
 */
describe(`criteria scores of a province of ${COMMUNES} xã / ${HOUSEHOLDS.toLocaleString('en')} households`, () => {
  let served: SpawnedApp;
  let province: BenchProvince;
  let token: string;
  const rows: [string, string, string, string][] = [];
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${served.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const row = (name: string, t: Timing, unit: 'ms' | 's') => rows.push([name, String(t.count), unit === 's' ? s(t.p50) : t.p50.toFixed(1), unit === 's' ? s(t.p95) : t.p95.toFixed(1)]);

  beforeAll(async () => {
    served = await spawnApp();
    const client = await served.db.connect();
    try {
      province = await generateProvince(client);
      await client.query(`UPDATE administrative_unit SET ntm_region = 'TDMNPB' WHERE path LIKE '/VN/' || $1 || '/%'`, [PROVINCE]);
    } finally {
      client.release();
    }
    const login = await fetch(`${served.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: province.adminUsername, password: 'demo1234' }) });
    token = ((await login.json()) as { accessToken: string }).accessToken;
    await call('POST', '/api/poverty-indicators/recompute', { campaign: province.campaignId });
    const dataSource = await new DataSource(dataSourceOptions(served.databaseUrl)).initialize();
    try {
      const started = performance.now();
      await dataSource.transaction((manager) => seedCriteriaValues(manager, PROVINCE, {}));
      process.stdout.write(`BENCH seeded thresholds and manual values of ${COMMUNES} xã for 2021–2026 in ${s(performance.now() - started)} s\n`);
    } finally {
      await dataSource.destroy();
    }
  });
  afterAll(() => served.close());

  it('recomputes every score of the province and serves its dashboard', async () => {
    await call('POST', `/api/campaigns/${province.campaignId}/close`, {});
    row('finalise the 2026 review (hook recomputes 100 xã, 2026), HTTP', await measure(1, 1, () => call('POST', `/api/campaigns/${province.campaignId}/finalise`, {})), 's');
    const runs: number[] = [];
    row('POST /api/criteria/recompute, whole province 2021–2026, HTTP', await measure(5, 1, async () => {
      const result = await call('POST', '/api/criteria/recompute', { unitCode: PROVINCE });
      runs.push(result.seconds as number);
    }), 's');
    const [{ n }] = await served.db.query(`SELECT count(*)::int AS n FROM criteria_indicator_result r JOIN criteria_evaluation e USING (unit_code, set_id, year) WHERE e.unit_path LIKE '/VN/' || $1 || '/%'`, [PROVINCE]).then((r) => r.rows);
    process.stdout.write(`BENCH recompute: ${n} indicator results per run; server-side seconds ${runs.join(', ')}\n`);
    for (const [set, year] of [['QD318_NTM', 2025], ['QD51_NTM', 2026]] as const) {
      const dashboard = await call('GET', `/api/criteria/dashboard?unit=${PROVINCE}&set=${set}&year=${year}`);
      expect((dashboard.grid as unknown[]).length).toBe(COMMUNES);
      row(`GET /api/criteria/dashboard ${set} ${year} (100 xã grid), HTTP`, await measure(40, 1, () => call('GET', `/api/criteria/dashboard?unit=${PROVINCE}&set=${set}&year=${year}`)), 'ms');
    }
    row('GET /api/criteria/units/:code (a xã page), HTTP', await measure(40, 1, (i) => call('GET', `/api/criteria/units/${PROVINCE}${String((i % COMMUNES) + 1).padStart(3, '0')}?set=QD318_NTM&year=2025`)), 'ms');
    const width = Math.max(...rows.map((r) => r[0].length));
    process.stdout.write(`BENCH ${'measure'.padEnd(width)} | runs | p50      | p95\n`);
    for (const [name, count, p50, p95] of rows) process.stdout.write(`BENCH ${name.padEnd(width)} | ${count.padStart(4)} | ${p50.padStart(8)} | ${p95.padStart(8)}\n`);
  });
});
