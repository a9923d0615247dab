import { buildAssessment, buildHousehold, buildRecognition, buildReviewCampaign, buildReviewCommune, type ReviewActors } from './support/poverty-fixtures';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('household review procedure of a village, from the list to the commune recognition', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('demo');
  });
  afterAll(() => t.close());

  it('lists, collects, meets, posts and recognises, with the lists and movements worked out by hand', async () => {
    const area = await buildReviewCommune(t, 2);
    const [v1] = area.villages as [string, string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    const as = (who: keyof ReviewActors) => bearer(tokens[who]);
    const commune = `/api/campaigns/${campaignId}/review/communes/${area.commune}`;
    const village = `/api/campaigns/${campaignId}/review/villages/${v1}`;

    // Registry: last year's (2025) recognised classes decide who is listed; HB06 was poor in 2024.
    const h: Record<string, string> = {};
    const add = async (code: string, members: string[], previous: Record<number, 'poor' | 'near_poor' | 'not_poor'> = {}, status: 'active' | 'moved' = 'active') => {
      h[code] = await buildHousehold(t, v1, { code, members, status });
      for (const [year, povertyClass] of Object.entries(previous)) await buildRecognition(t, h[code]!, Number(year), povertyClass);
    };
    await add('HB01', ['Giàng Seo Pao', 'Lù Thị Mai', 'Giàng Seo Lử'], { 2025: 'poor' });
    await add('HB02', ['Vàng A Dình', 'Sùng Thị Dợ'], { 2025: 'poor' });
    await add('HB03', ['Lý Văn Sài'], { 2025: 'poor' });
    await add('HB04', ['Hoàng Thị Nhung', 'Lò Văn Hưng'], { 2025: 'near_poor' });
    await add('HB05', ['Thào A Chứ', 'Giàng Thị Súa'], { 2025: 'near_poor' });
    await add('HB06', ['Ma Seo Chúng', 'Lù Thị Sính', 'Ma Seo Dế', 'Ma Thị Pà'], { 2024: 'poor', 2025: 'not_poor' });
    await add('HB07', ['Sùng A Páo', 'Thào Thị Mỷ', 'Sùng A Lù', 'Sùng Thị Xí', 'Sùng A Chinh']);
    await add('HB08', ['Lù Văn Khiêm']);
    await add('HB09', ['Nguyễn Văn An', 'Trần Thị Bình']);
    await add('HB10', ['Hầu A Vàng', 'Lý Thị Chơ', 'Hầu A Sử'], { 2025: 'near_poor' });
    await add('HB11', ['Cư Seo Lồ'], { 2025: 'poor' }, 'moved');
    await add('HB12', ['Tráng A Sình'], { 2025: 'poor' });

    const start = await t.api().get(commune).set(as('supervisor')).expect(200);
    expect(start.body.villages.map((v: { village: { code: string }; stage: string; progress: object }) => [v.village.code, v.stage, v.progress])).toEqual([
      [v1, 'listing', { listed: 0, submitted: 0, approved: 0, incomplete: 0 }],
      [area.villages[1], 'listing', { listed: 0, submitted: 0, approved: 0, incomplete: 0 }],
    ]);
    expect(start.body.settings).toEqual({ postingWorkingDays: 3, districtOpinion: false, excludeSocialProtection: false, excludeImpoverishedByShock: false });
    expect(start.body.recognition).toBeNull();

    // 1. The list: last year's poor and near-poor who still live here (HB01–05, HB10, HB12; not the moved HB11).
    const generated = await t.api().post(`${commune}/list`).set(as('supervisor')).send({ source: 'previous_lists' });
    expect(generated.status).toBe(200);
    expect(generated.body).toEqual({ added: 7, villages: 1 });
    const requested = await t.api().post(`${village}/households`).set(as('supervisor')).send({ householdCode: 'HB06', reason: 'requested', note: 'Chủ hộ ốm nặng, đề nghị rà soát' });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({ household: { code: 'HB06', headName: 'Ma Seo Chúng' }, reason: 'requested', previousClass: 'not_poor', responseId: null });
    await t.api().post(`${village}/households`).set(as('supervisor')).send({ householdCode: 'HB07', reason: 'requested' }).expect(201);
    await t.api().post(`${village}/households`).set(as('admin')).send({ householdCode: 'HB08', reason: 'flagged' }).expect(201);
    const twice = await t.api().post(`${village}/households`).set(as('supervisor')).send({ householdCode: 'HB01', reason: 'flagged' });
    expect(twice.status).toBe(409);
    const unknown = await t.api().post(`${village}/households`).set(as('supervisor')).send({ householdCode: 'HB99', reason: 'flagged' });
    expect([unknown.status, unknown.body.details]).toEqual([400, [{ field: 'householdCode', reason: 'không có trong sổ hộ của thôn này' }]]);
    expect((await t.api().delete(`${village}/households/${h.HB12}`).set(as('supervisor')).send({})).status).toBe(400);
    await t.api().delete(`${village}/households/${h.HB12}`).set(as('supervisor')).send({ reason: 'Hộ đã tách, rà soát theo hộ mới' }).expect(204);
    expect((await t.api().post(`${village}/households`).set(as('front')).send({ householdCode: 'HB09', reason: 'flagged' })).status).toBe(403);

    const listed = await t.api().get(`${village}/households`).set(as('front')).expect(200);
    expect(listed.body.total).toBe(9);
    expect(listed.body.items.map((i: { household: { code: string }; reason: string; previousClass: string | null }) => `${i.household.code} ${i.reason} ${i.previousClass}`)).toEqual([
      'HB01 previously_poor poor',
      'HB02 previously_poor poor',
      'HB03 previously_poor poor',
      'HB04 previously_near_poor near_poor',
      'HB05 previously_near_poor near_poor',
      'HB06 requested not_poor',
      'HB07 requested null',
      'HB08 flagged null',
      'HB10 previously_near_poor near_poor',
    ]);

    // 2. Forms: eight approved, HB08's still waiting for the supervisor.
    const poorDeprived = ['health_insurance', 'housing_quality', 'water'];
    await buildAssessment(t, campaignId, h.HB01!, 'poor', { deprived: poorDeprived, incomeYearly: 32_400_000 }); // 32.4M / 3 / 12 = 900,000
    await buildAssessment(t, campaignId, h.HB02!, 'near_poor', { deprived: ['internet_use'], incomeYearly: 33_600_000 });
    await buildAssessment(t, campaignId, h.HB03!, 'not_poor', { incomeYearly: 60_000_000 });
    await buildAssessment(t, campaignId, h.HB04!, 'average', { incomeYearly: 43_200_000 });
    await buildAssessment(t, campaignId, h.HB05!, 'poor', { deprived: poorDeprived, incomeYearly: 28_800_000 }); // 1,200,000
    await buildAssessment(t, campaignId, h.HB06!, 'poor', { deprived: [...poorDeprived, 'latrine'], incomeYearly: 57_600_000 }); // 1,200,000
    await buildAssessment(t, campaignId, h.HB07!, 'poor', { deprived: poorDeprived, incomeYearly: 54_000_000 }); // 900,000
    const hb08Form = await buildAssessment(t, campaignId, h.HB08!, 'near_poor', { status: 'submitted', incomeYearly: 16_800_000 }); // 1,400,000
    await buildAssessment(t, campaignId, h.HB10!, 'near_poor', { deprived: ['latrine'], incomeYearly: 36_000_000 }); // 1,000,000
    const collecting = await t.api().post(`${village}/confirm-list`).set(as('supervisor')).expect(200);
    expect([collecting.body.stage, collecting.body.progress]).toEqual(['collecting', { listed: 9, submitted: 9, approved: 8, incomplete: 0 }]);

    // 3. The meeting needs every form approved.
    const early = await t.api().post(`${village}/close-collection`).set(as('supervisor'));
    expect([early.status, early.body.code, early.body.message]).toEqual([409, 'INVALID_TRANSITION', 'Không thể chốt phiếu: mới duyệt 8/9 phiếu của các hộ trong danh sách.']);
    await t.api().post(`/api/campaigns/${campaignId}/responses/${hb08Form}/approve`).set(as('supervisor')).send({}).expect(200);
    expect((await t.api().post(`${village}/close-collection`).set(as('supervisor')).expect(200)).body.stage).toBe('meeting');
    const meeting = await t.api().post(`${village}/meetings`).set(as('supervisor')).send({ heldOn: '2026-11-02', attendees: 10, agreeing: 5, minutes: 'Họp tại nhà văn hóa thôn' });
    expect(meeting.status).toBe(201);
    expect(meeting.body.stage).toBe('posting');
    expect(meeting.body.meetings).toMatchObject([{ heldOn: '2026-11-02', attendees: 10, agreeing: 5, accepted: true, minutes: 'Họp tại nhà văn hóa thôn' }]);

    // 4. Posting from Tuesday 3 November 2026 for 3 working days: Tue, Wed, Thu.
    const posting = await t.api().post(`${village}/posting`).set(as('supervisor')).send({ startsOn: '2026-11-03' }).expect(200);
    expect(posting.body.posting).toMatchObject({ startsOn: '2026-11-03', endsOn: '2026-11-05', workingDays: 3, completedOn: null });
    const poor = await t.api().get(`${village}/posted-lists`).query({ list: 'poor' }).set(as('steering')).expect(200);
    expect(poor.body.total).toBe(4);
    expect(poor.body.items.map((r: { household: { code: string }; incomePerMonth: number }) => [r.household.code, r.incomePerMonth])).toEqual([
      ['HB01', 900_000],
      ['HB05', 1_200_000],
      ['HB06', 1_200_000],
      ['HB07', 900_000],
    ]);
    expect(poor.body.items[0]).toEqual({
      rank: 1,
      household: { id: h.HB01, code: 'HB01', headName: 'Giàng Seo Pao' },
      village: { code: v1, name: 'Thôn Nà Pắc 1', type: 'village' },
      members: ['Giàng Seo Pao', 'Lù Thị Mai', 'Giàng Seo Lử'],
      deprived: [
        { id: 'health_insurance', label: 'Bảo hiểm y tế' },
        { id: 'housing_quality', label: 'Chất lượng nhà ở' },
        { id: 'water', label: 'Nguồn nước sinh hoạt' },
      ],
      incomePerMonth: 900_000,
      povertyClass: 'poor',
    });
    const nearPoor = await t.api().get(`${village}/posted-lists`).query({ list: 'near_poor', pageSize: 2, page: 2 }).set(as('front')).expect(200);
    expect([nearPoor.body.total, nearPoor.body.items.map((r: { rank: number; household: { code: string } }) => `${r.rank} ${r.household.code}`)]).toEqual([3, ['3 HB10']]);
    expect((await t.api().post(`${village}/posting/complete`).set(as('supervisor'))).body.stage).toBe('ready');

    // 5. Recognition by an admin: every household recognised for 2026 with its movement since 2025.
    expect((await t.api().post(`${commune}/recognition`).set(as('supervisor')).send({ decisionNumber: '125/QĐ-UBND', decidedOn: '2026-11-10' })).status).toBe(403);
    const recognised = await t.api().post(`${commune}/recognition`).set(as('admin')).send({ decisionNumber: '125/QĐ-UBND', decidedOn: '2026-11-10' });
    expect(recognised.status).toBe(201);
    expect(recognised.body).toMatchObject({ year: 2026, decisionNumber: '125/QĐ-UBND', decidedOn: '2026-11-10', decidedBy: { username: 'admin' }, households: 9 });
    expect(recognised.body.counts).toEqual({ poor: 4, near_poor: 3, escaped_poor: 2, escaped_near_poor: 1, newly_poor: 1, fallen_back: 1, near_poor_to_poor: 1 });
    const rows = await t.dataSource.query(
      `SELECT hh.code, hr.previous_class, hr.poverty_class, hr.movement, hr.source, hr.recognised_on::text AS on
         FROM household_recognition hr JOIN household hh ON hh.id = hr.household_id WHERE hr.campaign_id = $1 ORDER BY hh.code`,
      [campaignId],
    );
    expect(rows.map((r: Record<string, string>) => [r.code, r.previous_class, r.poverty_class, r.movement].join(' '))).toEqual([
      'HB01 poor poor remained_poor',
      'HB02 poor near_poor poor_to_near_poor',
      'HB03 poor not_poor escaped_poor',
      'HB04 near_poor average escaped_near_poor',
      'HB05 near_poor poor near_poor_to_poor',
      'HB06 not_poor poor fallen_back',
      'HB07  poor newly_poor',
      'HB08  near_poor newly_near_poor',
      'HB10 near_poor near_poor remained_near_poor',
    ]);
    expect(new Set(rows.map((r: Record<string, string>) => `${r.source} ${r.on}`))).toEqual(new Set(['campaign 2026-11-10']));
    const escaped = await t.api().get(`${commune}/recognition-lists`).query({ list: 'escaped_poor' }).set(as('front')).expect(200);
    expect(escaped.body.items.map((r: { household: { code: string }; movement: string; memberCount: number }) => `${r.household.code} ${r.movement} ${r.memberCount}`)).toEqual([
      'HB02 poor_to_near_poor 2',
      'HB03 escaped_poor 1',
    ]);

    const after = await t.api().get(commune).set(as('steering')).expect(200);
    expect(after.body.villages.map((v: { stage: string }) => v.stage)).toEqual(['recognised', 'listing']);
    expect(after.body.recognition.counts.poor).toBe(4);
    const again = await t.api().post(`${commune}/recognition`).set(as('admin')).send({ decisionNumber: '126/QĐ-UBND', decidedOn: '2026-11-11' });
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);

    const audit = await t.api().get(`${village}/audit`).set(as('supervisor')).expect(200);
    expect(audit.body.map((e: { action: string; fromStatus: string; toStatus: string }) => `${e.action} ${e.fromStatus}→${e.toStatus}`)).toEqual([
      'generate_list listing→listing',
      'add_household listing→listing',
      'add_household listing→listing',
      'add_household listing→listing',
      'remove_household listing→listing',
      'confirm_list listing→collecting',
      'close_collection collecting→meeting',
      'accept_meeting meeting→posting',
      'start_posting posting→posting',
      'complete_posting posting→ready',
      'recognise ready→recognised',
    ]);
    expect(audit.body[4].comment).toBe('HB12: Hộ đã tách, rà soát theo hộ mới');
  });
});
