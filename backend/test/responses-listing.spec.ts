import { randomUUID } from 'node:crypto';
import { buildAccount, bearer, login, startTestApp, type TestApp } from './support/test-app';
import { binary, workbookOf } from './support/download';
import { createHousehold, demoCampaignId, sampleAnswers } from './support/survey-fixtures';

describe('listing and exporting responses', () => {
  let t: TestApp;
  let campaignId: string;
  let supervisor: string;
  let enumerator: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp('demo');
    campaignId = await demoCampaignId(t);
    [supervisor, enumerator] = await Promise.all([login(t, 'supervisor'), login(t, 'enumerator')]);
    for (const [i, status] of ['submitted', 'submitted', 'draft'].entries()) {
      const id = randomUUID();
      ids.push(id);
      const answers = status === 'draft' ? { head_name: `Hộ nháp ${i}` } : sampleAnswers({ head_name: `Chủ hộ ${i}` });
      await t.api().put(`/api/campaigns/${campaignId}/responses/${id}`).set(bearer(enumerator)).send({ unitCode: '02839-01', householdId: await createHousehold(t), status, answers }).expect(201);
    }
  });
  afterAll(() => t.close());

  it('filters by campaign, subtree, status (several at once) and enumerator, newest first, paginated', async () => {
    const all = await t.api().get(`/api/responses?campaignId=${campaignId}&unitCode=02839`).set(bearer(supervisor));
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([...ids].reverse());
    expect(all.body.items[0]).not.toHaveProperty('answers');
    const queue = await t.api().get(`/api/responses?status=submitted,resubmitted&pageSize=1&page=2`).set(bearer(supervisor));
    expect(queue.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(queue.body.items[0].id).toBe(ids[0]);
    const [me] = await t.dataSource.query(`SELECT id FROM account WHERE username = 'enumerator'`);
    expect((await t.api().get(`/api/responses?enumeratorId=${me.id}&status=draft`).set(bearer(supervisor))).body.total).toBe(1);
    expect((await t.api().get(`/api/responses?campaignId=${campaignId}&unitCode=02839-02`).set(bearer(supervisor))).body.total).toBe(0); // the demo also has last year's finalised review there
    expect((await t.api().get(`/api/responses?status=lost`).set(bearer(supervisor))).status).toBe(400);
  });

  it("shows an enumerator only their own responses, and nobody a unit outside their scope", async () => {
    const colleague = await buildAccount(t, { role: 'enumerator', unitCode: '02839' });
    const theirs = await login(t, colleague.username);
    expect((await t.api().get('/api/responses').set(bearer(theirs))).body.total).toBe(0);
    expect((await t.api().get(`/api/campaigns/${campaignId}/responses/${ids[0]}`).set(bearer(theirs))).status).toBe(404);
    expect((await t.api().get('/api/responses?unitCode=15').set(bearer(supervisor))).status).toBe(403);
  });

  it('exports CSV with a UTF-8 mark, one column per question and Vietnamese statuses', async () => {
    const res = await t.api().get(`/api/responses/export?format=csv&campaignId=${campaignId}&status=submitted`).set(bearer(supervisor)).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?phieu-\d{4}-dot-1\.csv/);
    const lines = res.text.replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('id,unit_code,unit_name,household_id,status,enumerator,submitted_at,updated_at,head_name,member_count,members,water_source,has_latrine,latrine_type,notes');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',Đã nộp,enumerator,');
    expect(lines[1]).toMatch(/,gravity,true,double_vault,$/);
    expect(lines[1]).toContain('Chủ hộ 0,2,"[{""sex"":""male"",""full_name"":""Giàng Seo Pao""');
  });

  it('exports xlsx that opens with the same rows', async () => {
    const res = await binary(t.api().get(`/api/responses/export?format=xlsx&campaignId=${campaignId}`).set(bearer(supervisor)));
    expect(res.status).toBe(200);
    const workbook = await workbookOf(res);
    const sheet = workbook.getWorksheet('Phiếu')!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(9).value).toBe('head_name');
    const heads = [2, 3, 4].map((r) => sheet.getRow(r).getCell(9).value).sort();
    expect(heads).toEqual(['Chủ hộ 0', 'Chủ hộ 1', 'Hộ nháp 2']);
  });

  it('requires the campaign and a known format for an export', async () => {
    const res = await t.api().get('/api/responses/export?format=pdf').set(bearer(supervisor));
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['campaignId', 'format']);
  });
});
