import { randomUUID } from 'node:crypto';
import { buildHousehold, buildReviewCampaign, buildReviewCommune, reassess } from './support/poverty-fixtures';
import { listWithApprovedForms, reviewPaths, takeVillageTo } from './support/poverty-steps';
import { demoCampaignId, sampleAnswers } from './support/survey-fixtures';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('steps of the household review that must be refused or sent back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('demo');
  });
  afterAll(() => t.close());

  it('sends the village back to re-review when 4 of 9 attendees agree, keeping that meeting on record', async () => {
    const area = await buildReviewCommune(t, 1);
    const [v1] = area.villages as [string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    const village = (rest = '') => reviewPaths(campaignId).village(v1, rest);
    await listWithApprovedForms(t, tokens.supervisor, campaignId, v1, ['poor', 'near_poor']);
    await takeVillageTo(t, tokens.supervisor, campaignId, v1, 'meeting');
    const meet = (body: object) => t.api().post(village('/meetings')).set(bearer(tokens.supervisor)).send(body);

    expect((await meet({ heldOn: '2026-11-02', attendees: 9, agreeing: 10 })).body.details).toEqual([{ field: 'agreeing', reason: 'cannot exceed the number of attendees' }]);
    expect((await meet({ heldOn: '2099-01-01', attendees: 9, agreeing: 5 })).body.details).toEqual([{ field: 'heldOn', reason: 'không được sau ngày hôm nay' }]);
    expect((await meet({ heldOn: '2026-11-02', attendees: 0, agreeing: 0 })).status).toBe(400);

    const rejected = await meet({ heldOn: '2026-11-02', attendees: 9, agreeing: 4, minutes: 'Nhiều ý kiến về hộ HB02' });
    expect(rejected.status).toBe(201);
    expect(rejected.body.stage).toBe('collecting');
    expect(rejected.body.meetings).toMatchObject([{ attendees: 9, agreeing: 4, accepted: false }]);
    const tooSoon = await meet({ heldOn: '2026-11-06', attendees: 9, agreeing: 5 });
    expect([tooSoon.status, tooSoon.body.message]).toEqual([409, 'Không thể "họp thôn thông qua" khi thôn đang ở bước "Thu thập, duyệt phiếu".']);

    await t.api().post(village('/close-collection')).set(bearer(tokens.supervisor)).expect(200);
    const accepted = await meet({ heldOn: '2026-11-06', attendees: 9, agreeing: 5 });
    expect(accepted.body.stage).toBe('posting');
    expect(accepted.body.meetings.map((m: { heldOn: string; accepted: boolean }) => `${m.heldOn} ${m.accepted}`)).toEqual(['2026-11-02 false', '2026-11-06 true']);
    const beforeMeeting = await t.api().post(village('/posting')).set(bearer(tokens.supervisor)).send({ startsOn: '2026-11-05' });
    expect(beforeMeeting.body.details).toEqual([{ field: 'startsOn', reason: 'không được trước ngày họp thôn (06/11/2026)' }]);
    const audit = await t.api().get(village('/audit')).set(bearer(tokens.supervisor)).expect(200);
    expect(audit.body.filter((e: { action: string }) => e.action.endsWith('_meeting')).map((e: { action: string; toStatus: string; comment: string }) => [e.action, e.toStatus, e.comment])).toEqual([
      ['reject_meeting', 'collecting', '4/9 người dự họp đồng ý: không thông qua, rà soát lại'],
      ['accept_meeting', 'posting', '5/9 người dự họp đồng ý: thông qua'],
    ]);
  });

  it('refuses the recognition before a village has held its meeting, naming the village and its step', async () => {
    const area = await buildReviewCommune(t, 2);
    const [v1, v2] = area.villages as [string, string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    const commune = reviewPaths(campaignId).commune(area.commune);
    const recognise = () => t.api().post(`${commune}/recognition`).set(bearer(tokens.admin)).send({ decisionNumber: '12/QĐ-UBND', decidedOn: '2026-11-10' });

    const nothing = await recognise();
    expect([nothing.status, nothing.body.message]).toEqual([409, 'Chưa thể công nhận: xã chưa có thôn nào có hộ trong danh sách rà soát.']);
    await listWithApprovedForms(t, tokens.supervisor, campaignId, v1, ['poor']);
    await listWithApprovedForms(t, tokens.supervisor, campaignId, v2, ['near_poor'], 'HC');
    await takeVillageTo(t, tokens.supervisor, campaignId, v1, 'ready');
    await takeVillageTo(t, tokens.supervisor, campaignId, v2, 'meeting');

    const early = await recognise();
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('INVALID_TRANSITION');
    expect(early.body.message).toBe('Chưa thể công nhận: Thôn Sín Chải 2 đang ở bước "Chờ họp thôn". Các thôn phải họp thôn và niêm yết công khai xong trước khi xã công nhận.');
    expect(early.body.details).toEqual([{ field: `villages.${v2}`, reason: 'Chờ họp thôn' }]);
    expect(await t.dataSource.query(`SELECT 1 FROM household_recognition WHERE campaign_id = $1`, [campaignId])).toEqual([]);
    const skipping = await t.api().post(reviewPaths(campaignId).village(v2, '/posting/complete')).set(bearer(tokens.supervisor)).send({});
    expect([skipping.status, skipping.body.message]).toEqual([409, 'Không thể "kết thúc niêm yết" khi thôn đang ở bước "Chờ họp thôn".']);

    await takeVillageTo(t, tokens.supervisor, campaignId, v2, 'ready');
    expect((await recognise()).body.counts).toMatchObject({ poor: 1, near_poor: 1, newly_poor: 1 });
  });

  it('keeps a complaint open through its re-check and resolves it once the form is approved again', async () => {
    const area = await buildReviewCommune(t, 1);
    const [v1] = area.villages as [string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    const village = (rest = '') => reviewPaths(campaignId).village(v1, rest);
    const forms = await listWithApprovedForms(t, tokens.supervisor, campaignId, v1, ['poor', 'near_poor']);
    const outsider = await buildHousehold(t, v1, { code: 'HB09' });
    await takeVillageTo(t, tokens.supervisor, campaignId, v1, 'posting');
    const complain = (body: object) => t.api().post(village('/complaints')).set(bearer(tokens.supervisor)).send(body);

    expect((await complain({ householdId: outsider, content: 'Đề nghị xét', receivedOn: '2026-11-04' })).body.details).toEqual([
      { field: 'householdId', reason: 'không có trong danh sách rà soát của thôn' },
    ]);
    expect((await complain({ householdId: forms.HB02!.householdId, content: 'Sớm', receivedOn: '2026-11-02' })).status).toBe(400);
    const recorded = await complain({ householdId: forms.HB02!.householdId, content: 'Hộ có con ốm nặng, thu nhập giảm: đề nghị xem lại', receivedOn: '2026-11-04' });
    expect(recorded.status).toBe(201);
    const [complaint] = recorded.body.complaints;
    expect(complaint).toMatchObject({ household: { code: 'HB02' }, receivedOn: '2026-11-04', classAtComplaint: 'near_poor', responseStatus: 'approved', resolution: null, rechecked: null });
    expect(recorded.body.openComplaints).toBe(1);
    const blocked = await t.api().post(village('/posting/complete')).set(bearer(tokens.supervisor)).send({});
    expect([blocked.status, blocked.body.message]).toEqual([409, 'Không thể kết thúc niêm yết: còn 1 khiếu nại chưa giải quyết.']);

    // The re-check: the supervisor sends the approved form back through the response review; the enumerator corrects it.
    const recheck = village(`/complaints/${complaint.id}/recheck`);
    expect((await t.api().post(recheck).set(bearer(tokens.supervisor)).send({})).status).toBe(400);
    const rechecking = await t.api().post(recheck).set(bearer(tokens.supervisor)).send({ reason: 'Xác minh thu nhập' });
    expect(rechecking.body.complaints[0].responseStatus).toBe('returned');
    expect((await t.api().post(recheck).set(bearer(tokens.supervisor)).send({ reason: 'Lần nữa' })).status).toBe(409);
    const responses = `/api/campaigns/${campaignId}/responses/${forms.HB02!.responseId}`;
    const trail = await t.api().get(`${responses}/audit`).set(bearer(tokens.supervisor)).expect(200);
    expect(trail.body.at(-1)).toMatchObject({ action: 'reopen', fromStatus: 'approved', toStatus: 'returned', comment: 'Phúc tra theo khiếu nại: Xác minh thu nhập' });
    const resolve = (body: object) => t.api().post(village(`/complaints/${complaint.id}/resolve`)).set(bearer(tokens.supervisor)).send(body);
    const resolution = { resolution: 'Phúc tra: thu nhập dưới chuẩn, thiếu hụt 3 chỉ số, đưa vào danh sách hộ nghèo', resolvedOn: '2026-11-05' };
    const pending = await resolve(resolution);
    expect([pending.status, pending.body.message]).toEqual([409, 'Phiếu của hộ HB02 đang được phúc tra: chỉ giải quyết khiếu nại khi phiếu đã được duyệt lại.']);
    const resubmitted = await t.api().put(responses).set(bearer(tokens.enumerator)).send({ unitCode: v1, householdId: forms.HB02!.householdId, status: 'submitted', answers: sampleAnswers({ head_name: 'Chủ hộ HB02' }) });
    expect(resubmitted.body.status).toBe('resubmitted');
    await reassess(t, forms.HB02!.responseId, 'poor', ['health_insurance', 'housing_quality', 'clean_water']);
    await t.api().post(`${responses}/approve`).set(bearer(tokens.supervisor)).send({}).expect(200);

    const resolved = await resolve(resolution);
    expect(resolved.status).toBe(200);
    expect(resolved.body.complaints[0]).toMatchObject({ resolution: resolution.resolution, resolvedOn: '2026-11-05', resolvedBy: { id: expect.any(String) }, classAtComplaint: 'near_poor', classAfter: 'poor', rechecked: true });
    expect(resolved.body.openComplaints).toBe(0);
    expect((await resolve(resolution)).status).toBe(409);
    const poor = await t.api().get(village('/posted-lists')).query({ list: 'poor' }).set(bearer(tokens.supervisor)).expect(200);
    expect(poor.body.items.map((r: { household: { code: string } }) => r.household.code)).toEqual(['HB01', 'HB02']);
    expect((await t.api().post(village('/posting/complete')).set(bearer(tokens.supervisor)).send({})).body.stage).toBe('ready');
  });

  it('blocks the recognition while a household is still incomplete, naming the household', async () => {
    const area = await buildReviewCommune(t, 1);
    const [v1] = area.villages as [string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    await listWithApprovedForms(t, tokens.supervisor, campaignId, v1, ['poor', 'incomplete']);
    await takeVillageTo(t, tokens.supervisor, campaignId, v1, 'ready');
    const commune = reviewPaths(campaignId).commune(area.commune);
    expect((await t.api().get(commune).set(bearer(tokens.front))).body.villages[0].progress).toEqual({ listed: 2, submitted: 2, approved: 2, incomplete: 1 });

    const refused = await t.api().post(`${commune}/recognition`).set(bearer(tokens.admin)).send({ decisionNumber: '7/QĐ-UBND', decidedOn: '2026-11-10' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Chưa thể công nhận: 1 hộ chưa đủ thông tin để phân loại: HB02 (Chủ hộ HB02).');
    expect(refused.body.details).toEqual([{ field: 'households.HB02', reason: 'chưa đủ thông tin' }]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM poverty_review_decision WHERE campaign_id = $1`, [campaignId]);
    expect(n).toBe(0);
  });

  it('keeps each commune to its own officers (403 elsewhere) and lets steering and front only read', async () => {
    const mine = await buildReviewCommune(t, 1);
    const other = await buildReviewCommune(t, 1);
    const { campaignId, tokens } = await buildReviewCampaign(t, mine, [other.commune]);
    const paths = reviewPaths(campaignId);
    await buildHousehold(t, other.villages[0]!, { code: 'HK01' });

    const elsewhere = await t.api().get(paths.commune(other.commune)).set(bearer(tokens.supervisor));
    expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect((await t.api().get(paths.village(other.villages[0]!)).set(bearer(tokens.supervisor))).status).toBe(403);
    expect((await t.api().post(`${paths.commune(other.commune)}/list`).set(bearer(tokens.supervisor)).send({ source: 'all_active' })).status).toBe(403);
    expect((await t.api().post(paths.village(other.villages[0]!, '/households')).set(bearer(tokens.front)).send({ householdCode: 'HK01', reason: 'flagged' })).status).toBe(403);

    expect((await t.api().get(paths.commune(other.commune)).set(bearer(tokens.steering))).status).toBe(200);
    expect((await t.api().get(paths.commune(mine.commune)).set(bearer(tokens.front))).status).toBe(200);
    expect((await t.api().post(paths.village(mine.villages[0]!, '/confirm-list')).set(bearer(tokens.front)).send({})).status).toBe(403);
    expect((await t.api().post(paths.village(mine.villages[0]!, '/confirm-list')).set(bearer(tokens.steering)).send({})).status).toBe(403);
    expect((await t.api().get(paths.commune(mine.commune)).set(bearer(tokens.enumerator))).status).toBe(403);

    const whole = await t.api().post(`${paths.commune(other.commune)}/list`).set(bearer(tokens.admin)).send({ source: 'all_active' });
    expect(whole.body).toEqual({ added: 1, villages: 1 });
    const notInCampaign = await t.api().get(reviewPaths(await demoCampaignId(t)).commune(mine.commune)).set(bearer(tokens.admin));
    expect(notInCampaign.status).toBe(404);
    const foreignVillage = await t.api().post(`${paths.commune(mine.commune)}/list`).set(bearer(tokens.admin)).send({ source: 'all_active', villageCode: other.villages[0] });
    expect(foreignVillage.body.details).toEqual([{ field: 'villageCode', reason: 'không phải thôn của xã này' }]);
    expect((await t.api().get(reviewPaths(randomUUID()).commune(mine.commune)).set(bearer(tokens.admin))).status).toBe(404);
  });

  it('answers 409 for a campaign that is not a household review', async () => {
    const area = await buildReviewCommune(t, 1);
    const { tokens } = await buildReviewCampaign(t, area);
    const [poll] = await t.dataSource.query(
      `INSERT INTO campaign (name, kind, status, form_version_id, year, round, rounds_per_year, opens_on, closes_on, owner_unit_code, created_by)
       SELECT 'Lấy ý kiến 2026', 'satisfaction_poll', 'open', form_version_id, 2026, 1, 1, opens_on, closes_on, owner_unit_code, created_by FROM campaign WHERE id = $1 RETURNING id`,
      [await demoCampaignId(t)],
    );
    await t.dataSource.query(`INSERT INTO campaign_unit (campaign_id, unit_code) VALUES ($1, $2)`, [poll.id, area.commune]);
    const res = await t.api().get(reviewPaths(poll.id).commune(area.commune)).set(bearer(tokens.admin));
    expect([res.status, res.body.code]).toEqual([409, 'CONFLICT']);
  });
});
