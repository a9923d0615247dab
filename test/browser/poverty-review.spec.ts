import type { Download } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildRecognition, buildReviewCampaign, buildReviewCommune } from '../../backend/test/support/poverty-fixtures';
import { listWithApprovedForms, takeVillageTo } from '../../backend/test/support/poverty-steps';
import type { TestApp } from '../../backend/test/support/test-app';
import { logIn, useBrowserSession } from '../support/browser';

describe('a commune admin takes a village from its meeting to the recognition, in Chromium', () => {
  const session = useBrowserSession();

  it('records the meeting and the posting, recognises the commune and shows and downloads the lists', async () => {
    const { served, page } = session;
    const t = { app: served.app, api: () => request(served.app.getHttpServer()), dataSource: served.app.get(DataSource), close: async () => {} } as TestApp;
    const area = await buildReviewCommune(t, 1);
    const [village] = area.villages as [string];
    const { campaignId, tokens } = await buildReviewCampaign(t, area);
    const forms = await listWithApprovedForms(t, tokens.supervisor, campaignId, village, ['poor', 'near_poor', 'not_poor']);
    await buildRecognition(t, forms.HB03!.householdId, 2025, 'poor');
    await takeVillageTo(t, tokens.supervisor, campaignId, village, 'meeting');

    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Rà soát hộ nghèo' }).click();
    await page.getByRole('link', { name: new RegExp(`Rà soát hộ nghèo 2026 ${area.commune}`) }).click();
    await page.getByRole('link', { name: new RegExp(`Xã thử ${area.commune}`) }).click();
    await page.getByRole('button', { name: 'Xem thôn Thôn Nà Pắc 1' }).click();
    await page.getByText('Chờ họp thôn').first().waitFor();

    const meeting = page.getByRole('form', { name: 'Ghi kết quả họp' });
    await meeting.getByLabel('Ngày họp').fill('2026-11-02');
    await meeting.getByLabel('Số người dự họp').fill('9');
    await meeting.getByLabel('Số người đồng ý').fill('4');
    await meeting.getByRole('button', { name: 'Ghi kết quả họp' }).click();
    await page.getByRole('cell', { name: 'Không thông qua' }).waitFor();
    await page.getByRole('button', { name: 'Chốt phiếu, chuyển họp thôn' }).click();
    await meeting.getByLabel('Ngày họp').fill('2026-11-02');
    await meeting.getByLabel('Số người dự họp').fill('10');
    await meeting.getByLabel('Số người đồng ý').fill('5');
    await meeting.getByRole('button', { name: 'Ghi kết quả họp' }).click();

    const posting = page.getByRole('form', { name: 'Bắt đầu niêm yết' });
    await posting.getByLabel('Ngày bắt đầu niêm yết').fill('2026-11-03');
    await posting.getByRole('button', { name: 'Bắt đầu niêm yết' }).click();
    await page.getByRole('tab', { name: 'Hộ cận nghèo' }).click();
    await page.getByRole('cell', { name: 'Chủ hộ HB02, Vợ chủ hộ HB02' }).waitFor();
    await page.getByRole('button', { name: 'Kết thúc niêm yết' }).click();
    await page.getByText('Thôn chuyển sang bước "Sẵn sàng công nhận".').waitFor();

    const recognise = page.getByRole('form', { name: 'Ghi nhận quyết định công nhận' });
    await recognise.getByLabel('Số quyết định').fill('15/QĐ-UBND');
    await recognise.getByLabel('Ngày quyết định').fill('2026-11-10');
    await recognise.getByRole('button', { name: 'Ghi nhận quyết định công nhận' }).click();
    const lists = page.getByRole('region', { name: 'Danh sách được công nhận' });
    await lists.getByRole('cell', { name: 'Chủ hộ HB01' }).waitFor();
    await lists.getByRole('tab', { name: 'Hộ thoát nghèo' }).click();
    await lists.getByRole('cell', { name: 'Thoát nghèo' }).waitFor();
    await expect(lists.getByRole('cell', { name: 'Chủ hộ HB03' }).isVisible()).resolves.toBe(true);

    const [download] = (await Promise.all([page.waitForEvent('download'), lists.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click()])) as [Download, unknown];
    expect(download.suggestedFilename()).toBe(`danh-sach-cong-nhan-${area.commune}-2026.xlsx`);

    await page.getByRole('link', { name: 'Xem chỉ tiêu nghèo đa chiều' }).click();
    await page.getByRole('heading', { name: new RegExp(`Chỉ tiêu nghèo đa chiều: Xã thử ${area.commune}`) }).waitFor();
    await page.getByRole('link', { name: '← Về đợt rà soát' }).click();
    await page.getByRole('link', { name: new RegExp(`Xã thử ${area.commune}`) }).waitFor();
  });
});
