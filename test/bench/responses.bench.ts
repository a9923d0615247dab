import { randomUUID } from 'node:crypto';
import { generateHouseholds } from '../../backend/src/demo/household-generator';
import { insertHouseholds } from '../../backend/src/households/write-households';
import { type SpawnedApp, spawnApp } from '../support/spawned-app';
import { benchAnswers, HOUSEHOLD_BENCH_FORM } from './household-bench-form';
import { measure, report } from './measure';

const CLIENTS = 32;
const SUBMISSIONS = 3000;
/** Warm-up, one client, many clients: one household of thôn 02839-01 each. */
const HOUSEHOLDS = 200 + 300 + SUBMISSIONS;

type Api = (token: string, method: string, path: string, body?: unknown) => Promise<{ id: string; accessToken: string }>;

function apiOf(served: SpawnedApp): Api {
  return async (token, method, path, body) => {
    const res = await fetch(`${served.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json()) as { id: string; accessToken: string };
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Publishes the bench form, opens a household campaign over xã Bắc Hà and assigns the enumerator. */
async function openBenchCampaign(served: SpawnedApp, call: Api, admin: string): Promise<string> {
  const form = await call(admin, 'POST', '/api/forms', { key: 'bench-household', title: 'Phiếu rà soát (bench)', definition: HOUSEHOLD_BENCH_FORM });
  const version = await call(admin, 'POST', `/api/forms/${form.id}/publish`);
  const campaign = await call(admin, 'POST', '/api/campaigns', {
    name: 'Bench 2026', kind: 'household_review', formVersionId: version.id, year: 2026, round: 1, roundsPerYear: 1,
    opensOn: '2026-01-01', closesOn: '2099-12-31', unitCodes: ['02839'],
  });
  await call(admin, 'POST', `/api/campaigns/${campaign.id}/open`);
  const [account] = (await served.db.query(`SELECT id FROM account WHERE username = 'enumerator'`)).rows;
  await call(admin, 'POST', `/api/campaigns/${campaign.id}/assignments`, { enumeratorId: account.id, unitCode: '02839-01' });
  return campaign.id;
}

/** Households to review, added to the demo registry of the village (each takes one response). */
async function benchHouseholds(served: SpawnedApp): Promise<string[]> {
  const [village] = (await served.db.query(`SELECT code, path, parent_code AS "communeCode" FROM administrative_unit WHERE code = '02839-01'`)).rows;
  const [admin] = (await served.db.query(`SELECT id FROM account WHERE username = 'admin'`)).rows;
  const households = generateHouseholds([village], { perVillage: HOUSEHOLDS, codePrefix: 'B' });
  return insertHouseholds(async (sql, params) => (await served.db.query(sql, params)).rows, households, admin.id, '2025-01-01');
}

describe.each([1, 2])('response submissions with %i server process(es)', (processes) => {
  let served: SpawnedApp;
  let call: Api;
  let campaignId: string;
  let enumerator: string;
  let households: string[];
  const login = async (username: string) => (await call('', 'POST', '/api/auth/login', { username, password: 'demo1234' })).accessToken;

  beforeAll(async () => {
    served = await spawnApp({ WEB_CONCURRENCY: String(processes) });
    call = apiOf(served);
    enumerator = await login('enumerator');
    campaignId = await openBenchCampaign(served, call, await login('admin'));
    households = await benchHouseholds(served);
  });
  afterAll(() => served.close());

  it(`submits validated household forms (32+ questions, rosters of 1–8 members) with ${CLIENTS} clients`, async () => {
    let next = 0;
    const submit = (i: number) =>
      call(enumerator, 'PUT', `/api/campaigns/${campaignId}/responses/${randomUUID()}`, {
        unitCode: '02839-01', householdId: households[next++], status: 'submitted', answers: benchAnswers(1 + (i % 8)),
      });
    await measure(200, CLIENTS, submit);
    report(`submit household form, 1 client, ${processes} process(es)`, await measure(300, 1, submit));
    report(`submit household form, ${CLIENTS} clients, ${processes} process(es)`, await measure(SUBMISSIONS, CLIENTS, submit));
    const { rows } = await served.db.query(`SELECT count(*)::int AS n FROM survey_response WHERE campaign_id = $1 AND status = 'submitted'`, [campaignId]);
    expect(rows[0].n).toBe(SUBMISSIONS + 500);
  });
});
