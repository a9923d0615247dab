import { randomUUID } from 'node:crypto';
import { buildHousehold, buildRecognition, buildReviewCommune, type ReviewCommune } from './support/poverty-fixtures';
import { assign, buildCampaign, sampleAnswers, sampleHouseholdVersionId } from './support/survey-fixtures';
import { bearer, buildAccount, login, startTestApp, type TestApp } from './support/test-app';

type Saved = { status: number; body: { code?: string; revision: number; status: string; current?: { status: string; revision: number; reviewComment: string | null } } };

describe('offline devices: work package, changes since a time, conflicting saves', () => {
  let t: TestApp;
  let admin: string;
  let versionId: string;

  beforeAll(async () => {
    t = await startTestApp('demo');
    admin = await login(t, 'admin');
    versionId = await sampleHouseholdVersionId(t);
  });
  afterAll(() => t.close());

  /** A fresh commune, an enumerator of it assigned to its first village in an open campaign. */
  async function fieldwork(): Promise<{ place: ReviewCommune; campaignId: string; token: string }> {
    const place = await buildReviewCommune(t, 2);
    const { username } = await buildAccount(t, { unitCode: place.commune });
    const campaignId = await buildCampaign(t, admin, versionId, { unitCodes: [place.commune], name: 'Rà soát ngoại tuyến' });
    await assign(t, admin, campaignId, place.villages[0], username);
    return { place, campaignId, token: await login(t, username) };
  }

  const put = (token: string, campaignId: string, id: string, body: object): Promise<Saved> =>
    t.api().put(`/api/campaigns/${campaignId}/responses/${id}`).set(bearer(token)).send(body) as unknown as Promise<Saved>;

  it('packs the open assignments with their campaign, form version, village table and active households with past classes', async () => {
    const { place, campaignId, token } = await fieldwork();
    const [village, otherVillage] = place.villages as [string, string];
    const pao = await buildHousehold(t, village, { code: 'HB01', members: ['Sùng A Páo', 'Lý Thị Dua'] });
    await buildHousehold(t, village, { code: 'HB02', members: ['Giàng Seo Lử'] });
    await buildHousehold(t, village, { code: 'HB03', status: 'moved' });
    await buildHousehold(t, otherVillage, { code: 'HB04' });
    await buildRecognition(t, pao, 2025, 'poor');
    const draftCampaign = await buildCampaign(t, admin, versionId, { unitCodes: [place.commune] }, false);

    const res = await t.api().get('/api/me/work-package').set(bearer(token)).expect(200);
    const effective = await t.api().get(`/api/proxy-tables/effective?unit=${village}`).set(bearer(token)).expect(200);
    expect(res.body.assignments.map((a: { campaignId: string; unit: { code: string } }) => [a.campaignId, a.unit.code])).toEqual([[campaignId, village]]);
    expect(res.body.campaigns).toEqual([expect.objectContaining({ id: campaignId, name: 'Rà soát ngoại tuyến', referenceDate: expect.any(String), formVersionId: versionId })]);
    expect(res.body.campaigns[0].id).not.toBe(draftCampaign);
    expect(res.body.formVersions.map((v: { id: string; formKey: string }) => [v.id, v.formKey])).toEqual([[versionId, 'sample-household']]);
    expect(res.body.villages).toEqual([{ code: village, name: 'Thôn Nà Pắc 1', area: res.body.assignments[0].area, proxyTableSource: effective.body.source, proxyTable: effective.body.table }]);
    const households = res.body.households as { code: string; memberCount: number; members: { fullName: string; position: number }[]; recognitions: unknown[] }[];
    expect(households.map((h) => [h.code, h.memberCount, h.members.map((m) => m.fullName), h.recognitions])).toEqual([
      ['HB01', 2, ['Sùng A Páo', 'Lý Thị Dua'], [{ year: 2025, povertyClass: 'poor' }]],
      ['HB02', 1, ['Giàng Seo Lử'], []],
    ]);
  });

  it('sends an enumerator without open assignments an empty package', async () => {
    const { username } = await buildAccount(t, { unitCode: '02839' });
    const res = await t.api().get('/api/me/work-package').set(bearer(await login(t, username))).expect(200);
    expect(res.body).toEqual({ generatedAt: expect.any(String), assignments: [], campaigns: [], formVersions: [], villages: [], households: [] });
  });

  it("lists the caller's own responses changed since a time, so a supervisor's return reaches the device", async () => {
    const { place, campaignId, token } = await fieldwork();
    const village = place.villages[0]!;
    const ids = [randomUUID(), randomUUID()];
    for (const [i, id] of ids.entries()) {
      const householdId = await buildHousehold(t, village, { code: `HR0${i}` });
      expect((await put(token, campaignId, id, { unitCode: village, householdId, status: 'submitted', answers: sampleAnswers() })).status).toBe(201);
    }
    const all = await t.api().get(`/api/me/responses?campaign=${campaignId}`).set(bearer(token)).expect(200);
    expect(all.body.items.map((r: { id: string; answers: object }) => [r.id, r.answers])).toEqual(ids.map((id) => [id, sampleAnswers()]));
    const admins = await t.api().get(`/api/me/responses?campaign=${campaignId}`).set(bearer(admin)).expect(200);
    expect(admins.body.items).toEqual([]);

    await t.api().post(`/api/campaigns/${campaignId}/responses/${ids[1]}/return`).set(bearer(admin)).send({ comment: 'Thiếu thông tin nước sạch' }).expect(200);
    const since = await t.api().get(`/api/me/responses?since=${encodeURIComponent(all.body.until)}`).set(bearer(token)).expect(200);
    expect(since.body.items.map((r: { id: string; status: string; reviewComment: string }) => [r.id, r.status, r.reviewComment])).toEqual([[ids[1], 'returned', 'Thiếu thông tin nước sạch']]);
  });

  it('pages the changes on (updated_at, id), splitting two responses changed in the same microsecond across a page boundary', async () => {
    const { place, campaignId, token } = await fieldwork();
    const village = place.villages[0]!;
    const prefix = randomUUID().slice(0, 24);
    const ids = [1, 2, 3, 4, 5].map((n) => `${prefix}${String(n).padStart(12, '0')}`);
    for (const [i, id] of ids.entries()) {
      const householdId = await buildHousehold(t, village, { code: `HP0${i}` });
      expect((await put(token, campaignId, id, { unitCode: village, householdId, status: 'submitted', answers: sampleAnswers() })).status).toBe(201);
    }
    // Saved out of order on purpose: 5 first, then 1, then 2 and 3 in the same microsecond, then 4.
    const micros = [1, 2, 2, 3, 0];
    for (const [i, id] of ids.entries()) {
      await t.dataSource.query(`UPDATE survey_response SET updated_at = '2026-03-01T08:00:00Z'::timestamptz + $2 * interval '1 microsecond' WHERE id = $1`, [id, micros[i]]);
    }
    const pageOf = async (after?: string) => {
      const query = `campaign=${campaignId}&limit=2${after ? `&after=${after}` : ''}`;
      const res = await t.api().get(`/api/me/responses?${query}`).set(bearer(token)).expect(200);
      return res.body as { items: { id: string }[]; next: string | null; until: string };
    };
    const first = await pageOf();
    const second = await pageOf(first.next!);
    const third = await pageOf(second.next!);
    expect([first, second, third].map((p) => p.items.map((r) => ids.indexOf(r.id) + 1))).toEqual([[5, 1], [2, 3], [4]]);
    const base = Date.parse('2026-03-01T08:00:00Z');
    expect([first.next, second.next, third.next]).toEqual([`${base}001_${ids[0]}`, `${base}002_${ids[2]}`, null]);
    // A page ending on the first of two rows sharing a microsecond: the second comes next, not lost.
    const resumed = await pageOf(`${base}002_${ids[1]}`);
    expect(resumed.items.map((r) => ids.indexOf(r.id) + 1)).toEqual([3, 4]);
  });

  it('refuses a page larger than 500 or a cursor that is not one with 400', async () => {
    const tooMany = await t.api().get('/api/me/responses?limit=501').set(bearer(admin));
    const badCursor = await t.api().get('/api/me/responses?after=2026-03-01').set(bearer(admin));
    expect([tooMany.status, tooMany.body.details.map((d: { field: string }) => d.field), badCursor.status, badCursor.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['limit'], 400, ['after']]);
  });

  it('refuses a time that is not ISO 8601 with 400', async () => {
    const res = await t.api().get('/api/me/responses?since=yesterday').set(bearer(admin));
    expect([res.status, res.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['since']]);
  });

  it('refuses a save based on a revision the server has moved past with 409 RESPONSE_CONFLICT and the current response', async () => {
    const { place, campaignId, token } = await fieldwork();
    const village = place.villages[0]!;
    const householdId = await buildHousehold(t, village, { code: 'HC01' });
    const id = randomUUID();
    const first = await put(token, campaignId, id, { unitCode: village, householdId, status: 'submitted', answers: sampleAnswers(), baseRevision: 0 });
    expect(first.status).toBe(201);
    const returned = await t.api().post(`/api/campaigns/${campaignId}/responses/${id}/return`).set(bearer(admin)).send({ comment: 'Sai số nhân khẩu' }).expect(200);
    expect(returned.body.revision).toBe(first.body.revision + 1);

    const fixed = { unitCode: village, householdId, status: 'submitted', answers: sampleAnswers({ head_name: 'Giàng Seo Pao (sửa)' }) };
    const stale = await put(token, campaignId, id, { ...fixed, baseRevision: first.body.revision });
    expect([stale.status, stale.body.code, stale.body.current?.status, stale.body.current?.revision, stale.body.current?.reviewComment]).toEqual([409, 'RESPONSE_CONFLICT', 'returned', returned.body.revision, 'Sai số nhân khẩu']);

    const resent = await put(token, campaignId, id, { ...fixed, baseRevision: returned.body.revision });
    expect([resent.status, resent.body.status, resent.body.revision]).toEqual([200, 'resubmitted', returned.body.revision + 1]);
    // The same save again (its answer was lost on the way) is a retry, not a conflict.
    const retried = await put(token, campaignId, id, { ...fixed, baseRevision: returned.body.revision });
    expect([retried.status, retried.body.revision]).toEqual([200, returned.body.revision + 1]);
  });
});
