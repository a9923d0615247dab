import { RECOGNITION_LIST_LABELS_VI } from '@ntm/shared';
import { buildHousehold, buildRecognition, buildReviewCampaign, buildReviewCommune, reassess } from './support/poverty-fixtures';
import { downloadXlsx, listWithApprovedForms, reviewPaths, takeVillageTo } from './support/poverty-steps';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('posted and recognition lists as xlsx downloads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('demo');
  });
  afterAll(() => t.close());

  it('streams the recognition lists of a commune, one sheet per list with Vietnamese headers, and logs the download', async () => {
    const area = await buildReviewCommune(t, 2);
    const [v1, v2] = area.villages as [string, string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    // v1: HB01 poor (newly), HB02 near-poor (newly), HB03 not poor; v2: HC01 poor, HC02 poor, both poor last year too.
    const v1Forms = await listWithApprovedForms(t, tokens.supervisor, campaignId, v1, ['poor', 'near_poor', 'not_poor']);
    await reassess(t, v1Forms.HB01!.responseId, 'poor', ['water', 'latrine', 'telecom']);
    const v2Forms = await listWithApprovedForms(t, tokens.supervisor, campaignId, v2, ['poor', 'poor'], 'HC');
    for (const form of Object.values(v2Forms)) await buildRecognition(t, form.householdId, 2025, 'poor');
    await buildHousehold(t, v2, { code: 'HC09' }); // in the registry, not reviewed: on no list
    for (const village of area.villages) await takeVillageTo(t, tokens.supervisor, campaignId, village, 'ready');
    const commune = reviewPaths(campaignId).commune(area.commune);
    await t.api().post(`${commune}/recognition`).set(bearer(tokens.admin)).send({ decisionNumber: '88/QĐ-UBND', decidedOn: '2026-11-12' }).expect(201);

    const { status, workbook, disposition } = await downloadXlsx(t, `${commune}/recognition-lists/xlsx`, tokens.steering);
    expect(status).toBe(200);
    expect(disposition).toContain(`danh-sach-cong-nhan-${area.commune}-2026.xlsx`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(RECOGNITION_LIST_LABELS_VI));
    const poor = workbook.getWorksheet('Hộ nghèo')!;
    expect(poor.getRow(1).values).toEqual([
      undefined, 'STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Phân loại năm trước', 'Phân loại năm nay', 'Diễn biến', 'Chỉ số thiếu hụt', 'Thu nhập bình quân (đồng/người/tháng)',
    ]);
    expect(poor.rowCount).toBe(4);
    // 12,000,000 đồng a year for 2 members: 500,000 per person per month.
    const deprived = 'Nguồn nước sinh hoạt; Nhà tiêu hợp vệ sinh; Sử dụng dịch vụ viễn thông'; // the ND07 names of indicators 9, 10 and 11
    expect(poor.getRow(2).values).toEqual([undefined, 1, 'HB01', 'Chủ hộ HB01', 'Thôn Nà Pắc 1', 2, undefined, 'Hộ nghèo', 'Hộ nghèo mới', deprived, 500_000]);
    expect([3, 4].map((r) => `${poor.getRow(r).getCell(2).value} ${poor.getRow(r).getCell(8).value}`)).toEqual(['HC01 Vẫn là hộ nghèo', 'HC02 Vẫn là hộ nghèo']);
    const rowCounts = workbook.worksheets.map((s) => s.rowCount - 1);
    expect(rowCounts).toEqual([3, 1, 0, 0, 1, 0, 0]); // poor, near-poor, escaped poor, escaped near-poor, newly poor, fallen back, near-poor → poor

    const posted = await downloadXlsx(t, reviewPaths(campaignId).village(v1, '/posted-lists/xlsx'), tokens.front);
    expect(posted.workbook.worksheets.map((s) => [s.name, s.rowCount - 1])).toEqual([['Hộ nghèo', 1], ['Hộ cận nghèo', 1]]);
    expect(posted.workbook.getWorksheet('Hộ cận nghèo')!.getRow(2).values).toEqual([undefined, 1, 'HB02', 'Chủ hộ HB02', 'Thôn Nà Pắc 1', 'Chủ hộ HB02, Vợ chủ hộ HB02', 2, undefined, 0, 500_000]);
    expect(posted.workbook.getWorksheet('Hộ nghèo')!.getRow(1).getCell(9).value).toBe('Thu nhập bình quân (đồng/người/tháng)');
    expect(posted.workbook.getWorksheet('Hộ nghèo')!.getRow(2).values).toEqual([undefined, 1, 'HB01', 'Chủ hộ HB01', 'Thôn Nà Pắc 1', 'Chủ hộ HB01, Vợ chủ hộ HB01', 2, deprived, 3, 500_000]);

    const [decision] = await t.dataSource.query(`SELECT id FROM poverty_review_decision WHERE campaign_id = $1`, [campaignId]);
    const logged = await t.dataSource.query(`SELECT e.action, e.comment, a.username FROM audit_entry e JOIN account a ON a.id = e.actor_id WHERE e.entity_id = $1 ORDER BY e.id`, [decision.id]);
    expect(logged.map((e: Record<string, string>) => `${e.action} ${e.comment} ${e.username}`)).toEqual(['recognise 88/QĐ-UBND: 5 hộ admin', `export_recognition_lists ${area.commune} steering`]);
  });

  it('answers an empty workbook before anything is recognised, and refuses a download outside the scope', async () => {
    const area = await buildReviewCommune(t, 1);
    const other = await buildReviewCommune(t, 1);
    const { campaignId, tokens } = await buildReviewCampaign(t, area, [other.commune]);
    const empty = await downloadXlsx(t, `${reviewPaths(campaignId).commune(area.commune)}/recognition-lists/xlsx`, tokens.supervisor);
    expect(empty.workbook.worksheets.map((s) => s.rowCount)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect((await downloadXlsx(t, `${reviewPaths(campaignId).commune(other.commune)}/recognition-lists/xlsx`, tokens.supervisor)).status).toBe(403);
    expect((await downloadXlsx(t, reviewPaths(campaignId).village(other.villages[0]!, '/posted-lists/xlsx'), tokens.front)).status).toBe(403);
    const bad = await t.api().get(`${reviewPaths(campaignId).commune(area.commune)}/recognition-lists`).query({ list: 'rich' }).set(bearer(tokens.supervisor));
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'list']);
  });
});
