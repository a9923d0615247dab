import { ReviewSettingsService } from '../src/poverty-review/review-settings.service';
import { buildReviewCampaign, buildReviewCommune } from './support/poverty-fixtures';
import { listWithApprovedForms, reviewPaths, takeVillageTo } from './support/poverty-steps';
import { signedInAdmin } from './support/survey-fixtures';
import { bearer, buildAccount, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

describe('review settings of a province', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('demo');
  });
  afterAll(() => t.close());

  it('starts from the defaults marked to confirm, and lets only an admin of the province change them, audited', async () => {
    const admin = await login(t, 'admin');
    const shown = await t.api().get('/api/poverty-review/settings/15').set(bearer(await login(t, 'front'))).expect(200);
    expect(shown.body).toMatchObject({ provinceCode: '15', postingWorkingDays: 3, districtOpinion: false, excludeSocialProtection: false, excludeImpoverishedByShock: false, isDefault: true, updatedBy: null });
    expect(shown.body.notes.postingWorkingDays.status).toBe('to_confirm');
    expect(shown.body.notes.districtOpinion.status).toBe('verified');
    expect(await t.app.get(ReviewSettingsService).exclusionRule('15')).toEqual({ excludeSocialProtection: false, excludeImpoverishedByShock: false });

    const communeAdmin = await login(t, (await buildAccount(t, { role: 'admin', unitCode: '02839' })).username);
    expect((await t.api().put('/api/poverty-review/settings/15').set(bearer(communeAdmin)).send({ postingWorkingDays: 5 })).status).toBe(403);
    expect((await t.api().put('/api/poverty-review/settings/15').set(bearer(await login(t, 'supervisor'))).send({ postingWorkingDays: 5 })).status).toBe(403);
    expect((await t.api().put('/api/poverty-review/settings/15').set(bearer(admin)).send({ postingWorkingDays: 0 })).body.details[0].field).toBe('postingWorkingDays');
    expect((await t.api().put('/api/poverty-review/settings/02839').set(bearer(admin)).send({})).status).toBe(404);
    const { province } = await buildOtherProvince(t);
    expect((await t.api().get('/api/poverty-review/settings/15').set(bearer(await signedInAdmin(t, province)))).status).toBe(403);

    const saved = await t.api().put('/api/poverty-review/settings/15').set(bearer(admin)).send({ postingWorkingDays: 5, districtOpinion: true, excludeSocialProtection: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ postingWorkingDays: 5, districtOpinion: true, excludeSocialProtection: true, excludeImpoverishedByShock: false, isDefault: false, updatedBy: { username: 'admin' } });
    expect(await t.app.get(ReviewSettingsService).exclusionRule('15')).toEqual({ excludeSocialProtection: true, excludeImpoverishedByShock: false });
    const [entry] = await t.dataSource.query(`SELECT action, comment, previous_answers FROM audit_entry WHERE entity_type = 'review_setting'`);
    expect(entry).toEqual({
      action: 'update_settings',
      comment: 'postingWorkingDays, districtOpinion, excludeSocialProtection',
      previous_answers: { postingWorkingDays: 3, districtOpinion: false, excludeSocialProtection: false, excludeImpoverishedByShock: false },
    });
  });

  it('posts for the province’s working days and then asks the opinion of the level above when the province keeps that step', async () => {
    const admin = await login(t, 'admin');
    await t.api().put('/api/poverty-review/settings/15').set(bearer(admin)).send({ postingWorkingDays: 5, districtOpinion: true }).expect(200);
    const area = await buildReviewCommune(t, 1);
    const [v1] = area.villages as [string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    await listWithApprovedForms(t, tokens.supervisor, campaignId, v1, ['poor']);
    await takeVillageTo(t, tokens.supervisor, campaignId, v1, 'posting');
    const village = (rest = '') => reviewPaths(campaignId).village(v1, rest);

    // Tuesday 3 November 2026 + 5 working days: Tue, Wed, Thu, Fri, Mon 9.
    const posting = (await t.api().get(village()).set(bearer(tokens.supervisor))).body;
    expect([posting.posting.endsOn, posting.posting.workingDays, posting.districtOpinionRequired]).toEqual(['2026-11-09', 5, true]);
    const completed = await t.api().post(village('/posting/complete')).set(bearer(tokens.supervisor)).send({});
    expect([completed.body.stage, completed.body.posting.completedOn]).toEqual(['district_opinion', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    const commune = reviewPaths(campaignId).commune(area.commune);
    const early = await t.api().post(`${commune}/recognition`).set(bearer(tokens.admin)).send({ decisionNumber: '9/QĐ-UBND', decidedOn: '2026-11-12' });
    expect(early.body.details).toEqual([{ field: `villages.${v1}`, reason: 'Chờ ý kiến cấp trên' }]);

    const opinion = await t.api().post(village('/district-opinion')).set(bearer(tokens.supervisor)).send({ receivedOn: '2026-11-11', note: 'Thống nhất kết quả rà soát' });
    expect(opinion.body).toMatchObject({ stage: 'ready', districtOpinion: { receivedOn: '2026-11-11', note: 'Thống nhất kết quả rà soát' } });
    await t.api().post(`${commune}/recognition`).set(bearer(tokens.admin)).send({ decisionNumber: '9/QĐ-UBND', decidedOn: '2026-11-12' }).expect(201);
  });
});
