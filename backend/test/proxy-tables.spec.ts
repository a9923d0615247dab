import { randomUUID } from 'node:crypto';
import {
  DEFAULT_PROXY_SCORING_TABLE,
  type EffectiveProxyTableDto,
  type ProxyTableContent,
  type ProxyTableVersionDto,
  SAMPLE_REVIEW_REFERENCE_DATE,
  sampleHouseholdReviewAnswers,
} from '@ntm/shared';
import { buildCommune, buildHouseholds } from './support/assessment-fixtures';
import { assign, buildCampaign, householdReviewVersionId, signedInAdmin } from './support/survey-fixtures';
import { bearer, buildAccount, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

const { title, standards, regions, base, items, thresholds } = DEFAULT_PROXY_SCORING_TABLE;
const CONTENT: ProxyTableContent = { title, standards, regions, base, items, thresholds };
const saveRequest = (scopeCode: string, table: Record<string, unknown> = {}, status = 'to_confirm') => ({
  scopeCode,
  status,
  legalBasis: 'Quyết định của UBND tỉnh (thử)',
  table: { ...CONTENT, ...table },
});

describe('B1 proxy scoring tables', () => {
  let t: TestApp;
  let national: string;
  let admin: string;
  let other: { province: string; village: string };
  const save = (token: string, body: object) => t.api().post('/api/proxy-tables').set(bearer(token)).send(body);
  const saved = async (token: string, body: object) => {
    const res = await save(token, body);
    if (res.status !== 201) throw new Error(`save: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ProxyTableVersionDto;
  };
  const effective = async (unit: string, token = admin) =>
    (await t.api().get('/api/proxy-tables/effective').query({ unit }).set(bearer(token)).expect(200)).body as EffectiveProxyTableDto;

  beforeAll(async () => {
    t = await startTestApp('demo');
    national = await signedInAdmin(t, 'VN');
    admin = await login(t, 'admin');
    other = await buildOtherProvince(t);
  });
  afterAll(() => t.close());

  it('resolves a village’s table: its province’s latest version, else the national latest, else the shipped default', async () => {
    const enumerator = await login(t, 'enumerator');
    expect(await effective('02839-01', enumerator)).toMatchObject({ source: 'default', stored: null, table: { id: 'B1_DEFAULT_TO_CONFIRM', status: 'to_confirm' } });

    const vn = await saved(national, saveRequest('VN', { title: 'Bảng toàn quốc' }));
    expect(vn).toMatchObject({ scopeCode: 'VN', version: 1, status: 'to_confirm', table: { title: 'Bảng toàn quốc' }, createdBy: { fullName: expect.any(String) } });
    expect((await effective('02839-01', enumerator)).table).toMatchObject({ id: vn.id, version: 1, title: 'Bảng toàn quốc' });

    const v1 = await saved(admin, saveRequest('15', { title: 'Lào Cai 1' }));
    const v2 = await saved(admin, saveRequest('15', { title: 'Lào Cai 2' }, 'verified'));
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(await effective('02839-01', enumerator)).toMatchObject({ source: 'province', stored: { id: v2.id, version: 2 }, table: { id: v2.id, version: 2, status: 'verified', basis: 'Quyết định của UBND tỉnh (thử)' } });
    expect(await effective(other.village, national)).toMatchObject({ source: 'national', table: { id: vn.id } });

    const listed = (await t.api().get('/api/proxy-tables').query({ scope: '15' }).set(bearer(admin)).expect(200)).body as ProxyTableVersionDto[];
    expect(listed.map((v) => v.version)).toEqual([2, 1]);
    const visible = (await t.api().get('/api/proxy-tables').set(bearer(admin)).expect(200)).body as ProxyTableVersionDto[];
    expect(visible.map((v) => `${v.scopeCode} v${v.version}`)).toEqual(['VN v1', '15 v2', '15 v1']);
    expect((await t.api().get(`/api/proxy-tables/${v1.id}`).set(bearer(enumerator)).expect(200)).body).toMatchObject({ version: 1, table: { title: 'Lào Cai 1' } });

    const audit: { action: string; comment: string }[] = await t.dataSource.query(`SELECT action, comment FROM audit_entry WHERE entity_type = 'proxy_table' AND entity_id = $1`, [v2.id]);
    expect(audit).toEqual([{ action: 'save_version', comment: '15 v2' }]);
  });

  it('refuses a bad table with 400 naming each field, in Vietnamese', async () => {
    const res = await save(admin, saveRequest('15', { base: { rural: 0 }, thresholds: { ...thresholds, rural: { incomeOnlyPoor: null, line: 90, averageUpper: 90 } } }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { field: 'table.base.urban', reason: 'thiếu giá trị cho thành thị' },
      { field: 'table.thresholds.rural.averageUpper', reason: 'phải lớn hơn ngưỡng chuẩn nghèo (line)' },
    ]);
    const points = await save(admin, saveRequest('15', { items: [{ fact: 'car', label: 'Ô tô', points: { rural: { yes: 'nhiều' }, urban: { yes: 40 } } }] }));
    expect(points.body.details).toEqual([{ field: 'table.items[0].points.rural.yes', reason: 'điểm phải là một số' }]);
    expect((await save(admin, { ...saveRequest('15'), status: 'approved' })).status).toBe(400);
    expect((await save(admin, saveRequest('02839'))).body.details).toEqual([{ field: 'scopeCode', reason: 'phải là VN (toàn quốc) hoặc mã một tỉnh' }]);
  });

  it('lets only an admin of the scope save, and shows tables only within scope', async () => {
    expect((await save(admin, saveRequest('VN'))).status).toBe(403);
    expect((await save(admin, saveRequest(other.province))).status).toBe(403);
    expect((await save(await login(t, 'supervisor'), saveRequest('15'))).status).toBe(403);
    const enumerator = await login(t, 'enumerator');
    await t.api().get('/api/proxy-tables/effective').query({ unit: other.village }).set(bearer(enumerator)).expect(403);
    await t.api().get('/api/proxy-tables').query({ scope: other.province }).set(bearer(admin)).expect(403);
    await t.api().get('/api/proxy-tables/effective').query({ unit: 'nowhere' }).set(bearer(admin)).expect(404);
  });
});

describe('a submitted proxy-method review form', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('demo');
  });
  afterAll(() => t.close());

  it('is classified with the province’s saved table', async () => {
    const admin = await login(t, 'admin');
    const [village] = (await buildCommune(t, '99931', 1)) as [string];
    const [first, second] = (await buildHouseholds(t, village, 2)) as [string, string];
    const campaignId = await buildCampaign(t, admin, await householdReviewVersionId(t), { unitCodes: ['99931'], name: 'Rà soát B1', year: 2025, opensOn: SAMPLE_REVIEW_REFERENCE_DATE });
    const { username } = await buildAccount(t, { role: 'enumerator', unitCode: '99931' });
    await assign(t, admin, campaignId, village, username);
    const enumerator = await login(t, username);
    const measured = ['income_wages', 'income_crops', 'income_livestock', 'income_forestry', 'income_fishery', 'income_business', 'income_other', 'production_costs'];
    const answers = Object.fromEntries(
      Object.entries(sampleHouseholdReviewAnswers({ income_method: 'proxy', proxy_assets: ['none'], proxy_cattle: 0 })).filter(([name]) => !measured.includes(name)),
    );
    const submit = async (householdId: string) => {
      const res = await t.api().put(`/api/campaigns/${campaignId}/responses/${randomUUID()}`).set(bearer(enumerator)).send({ unitCode: village, householdId, status: 'submitted', answers });
      expect(res.status).toBe(201);
      const [row]: { poverty_class: string; detail: { income: Record<string, unknown> } }[] = await t.dataSource.query(
        `SELECT poverty_class, detail FROM household_assessment WHERE response_id = $1`,
        [res.body.id],
      );
      return row!;
    };

    // Default table: 3 members → 20, durable house 15, 45 m² / 3 = 15 m² → 10, spring water,
    // pit latrine, no internet, no assets, no cattle: 45 ≤ line 80 with 3 deprivations → poor.
    expect(await submit(first)).toMatchObject({ poverty_class: 'poor', detail: { income: { score: 45, tableId: 'B1_DEFAULT_TO_CONFIRM', tableVersion: null } } });

    // Lào Cai's table adds a rural base of 40: 85 > line 80 and ≤ 110, a farming household → average.
    const res = await t.api().post('/api/proxy-tables').set(bearer(admin)).send(saveRequest('15', { base: { rural: 40, urban: 0 } }, 'verified'));
    expect(res.status).toBe(201);
    const table = res.body as ProxyTableVersionDto;
    const assessed = await submit(second);
    expect(assessed).toMatchObject({ poverty_class: 'average', detail: { income: { method: 'proxy', score: 85, tableId: table.id, tableVersion: 1 } } });
  });
});
