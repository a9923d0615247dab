import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../backend/src/database/data-source';
import { IndicatorRefresher } from '../../backend/src/poverty-indicators/indicator-refresher';
import { type SpawnedApp, spawnApp } from '../support/spawned-app';
import { measure, report } from './measure';
import { type BenchProvince, COMMUNES, generateProvince, HOUSEHOLDS_PER_VILLAGE, insertAssessments, PROVINCE, VILLAGES_PER_COMMUNE } from './poverty-province';

const HOUSEHOLDS = COMMUNES * VILLAGES_PER_COMMUNE * HOUSEHOLDS_PER_VILLAGE;
const seconds = (ms: number) => (ms / 1000).toFixed(3);

describe(`poverty indicators of a province of ${HOUSEHOLDS.toLocaleString('en')} households`, () => {
  let served: SpawnedApp;
  let province: BenchProvince;
  let token: string;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${served.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    if (res.headers.get('content-type')?.includes('json')) return (await res.json()) as Record<string, unknown>;
    await res.arrayBuffer(); // a download: read it whole
    return {};
  };

  beforeAll(async () => {
    served = await spawnApp();
    const client = await served.db.connect();
    const started = performance.now();
    try {
      province = await generateProvince(client);
    } finally {
      client.release();
    }
    process.stdout.write(`BENCH generated ${HOUSEHOLDS} households, responses and assessments in ${seconds(performance.now() - started)} s\n`);
    const login = await fetch(`${served.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: province.adminUsername, password: 'demo1234' }),
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;
  });
  afterAll(() => served.close());

  it('recomputes the whole campaign, then one village and its ancestors per approval', async () => {
    const full = await measure(3, 1, () => call('POST', '/api/poverty-indicators/recompute', { campaign: province.campaignId }));
    report(`full recompute (${HOUSEHOLDS} households, ${COMMUNES * (VILLAGES_PER_COMMUNE + 1) + 2} units), HTTP`, full);
    const indicators = await call('GET', `/api/poverty-indicators?campaign=${province.campaignId}&unit=${PROVINCE}`);
    const counts = (indicators.row as { counts: { households: number; reviewed: number } }).counts;
    expect(counts).toMatchObject({ households: HOUSEHOLDS, reviewed: HOUSEHOLDS });
    expect(indicators.children).toHaveLength(COMMUNES);

    const pending = await submittedInVillages(served, province.campaignId, 20);
    report('approve a response: village + commune + province + campaign rows, HTTP', await measure(pending.length, 1, async (i) => {
      await call('POST', `/api/campaigns/${province.campaignId}/responses/${pending[i]}/approve`, {});
    }));
    const after = await call('GET', `/api/poverty-indicators?campaign=${province.campaignId}&unit=${PROVINCE}`);
    expect((after.row as { counts: { reviewed: number } }).counts.reviewed).toBe(HOUSEHOLDS + pending.length);

    const dataSource = await new DataSource(dataSourceOptions(served.databaseUrl)).initialize();
    try {
      const refresher = new IndicatorRefresher();
      const villages: { code: string; path: string }[] = await dataSource.query(
        `SELECT code, path FROM administrative_unit WHERE type = 'village' AND path LIKE '/VN/' || $1 || '/%' ORDER BY code`,
        [PROVINCE],
      );
      report('one village + its ancestors, refresher in its own transaction (no HTTP)', await measure(50, 1, async (i) => {
        const village = villages[(i * 37) % villages.length]!;
        await dataSource.transaction((manager) => refresher.refreshArea(manager, province.campaignId, village.path));
      }));
    } finally {
      await dataSource.destroy();
    }
    report('indicators of the province (row + 100 xã), HTTP', await measure(50, 1, () => call('GET', `/api/poverty-indicators?campaign=${province.campaignId}&unit=${PROVINCE}`)));
    report('summary xlsx of the province (1,101 units), HTTP', await measure(5, 1, () => call('GET', `/api/poverty-indicators/export?campaign=${province.campaignId}&unit=${PROVINCE}`)));
  });
});

/** One new household with a submitted (not approved) response and its assessment in each of `n` villages. */
async function submittedInVillages(served: SpawnedApp, campaignId: string, n: number): Promise<string[]> {
  const client = await served.db.connect();
  try {
    const { rows } = await client.query(
      `WITH v AS (
         SELECT code, path, parent_code FROM administrative_unit WHERE type = 'village' AND path LIKE '/VN/' || $2 || '/%' ORDER BY code LIMIT $3
       ), h AS (
         INSERT INTO household (commune_code, village_code, village_path, code, head_name)
         SELECT parent_code, code, path, code || '-moi', 'Hộ mới' FROM v RETURNING id, village_code, village_path
       )
       INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, household_id, status, answers, created_by, submitted_at)
       SELECT gen_random_uuid(), c.id, c.form_version_id, h.village_code, h.village_path, h.id, 'submitted', '{}', c.created_by, now()
         FROM h, campaign c WHERE c.id = $1 RETURNING id`,
      [campaignId, PROVINCE, n],
    );
    await insertAssessments(client, campaignId, `SELECT r.* FROM survey_response r WHERE r.campaign_id = $1 AND r.status = 'submitted'`);
    return rows.map((r: { id: string }) => r.id);
  } finally {
    client.release();
  }
}
