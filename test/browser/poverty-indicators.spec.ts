import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildIndicatorScenario, type IndicatorScenario } from '../../backend/test/support/indicator-scenario';
import { login, type TestApp } from '../../backend/test/support/test-app';
import { logIn, useBrowserSession } from '../support/browser';

describe('an admin reads the classification of review forms and the poverty indicators, in Chromium', () => {
  const session = useBrowserSession();
  let scenario: IndicatorScenario;

  beforeAll(async () => {
    const { app } = session.served;
    const t: TestApp = { app, api: () => request(app.getHttpServer()), dataSource: app.get(DataSource), close: async () => undefined };
    scenario = await buildIndicatorScenario(t, await login(t, 'admin'), '99903');
  });

  it('sees the class, the deprivations and the reasons of an approved review form', async () => {
    const { page, served } = session;
    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Trang chủ' }).waitFor();
    await page.goto(`${served.baseUrl}/review/${scenario.campaignId}/${scenario.approved.a}`);
    const assessment = page.getByRole('region', { name: 'Kết quả phân loại của hệ thống' });
    await assessment.getByText('Hộ nghèo', { exact: true }).waitFor();
    await assessment.getByText('Nguồn nước sinh hoạt; Nhà tiêu hợp vệ sinh; Sử dụng dịch vụ viễn thông').waitFor();
    await assessment.getByText('888.889 đồng/người/tháng (chuẩn nghèo khu vực nông thôn: 1.500.000 đồng)', { exact: true }).waitFor();
    await assessment.getByRole('heading', { name: 'Căn cứ phân loại' }).waitFor();
    await assessment.getByText('Kết quả: Hộ nghèo.').waitFor();
  });

  it('goes from the campaign to the province, down to the xã, compares the NTM rule and downloads the summary', async () => {
    const { page, served } = session;
    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Trang chủ' }).waitFor();
    await page.goto(`${served.baseUrl}/campaigns/${scenario.campaignId}`);
    await page.getByRole('link', { name: 'Xem chỉ tiêu nghèo đa chiều' }).click();

    await page.getByRole('heading', { name: 'Chỉ tiêu nghèo đa chiều: Lào Cai' }).waitFor();
    const units = page.getByRole('region', { name: 'Số liệu theo đơn vị' });
    await units.getByRole('row', { name: /Toàn đợt rà soát/ }).waitFor();
    await units.getByRole('link', { name: 'Xã thử 99903' }).click();

    await page.getByRole('heading', { name: 'Chỉ tiêu nghèo đa chiều: Xã thử 99903' }).waitFor();
    const figures = page.locator('dl.attributes');
    await figures.getByText('2 hộ (11,76 %)').waitFor(); // 2 poor of 17 households
    await figures.getByText(/^17,65 %/).first().waitFor();
    await page.getByRole('row', { name: /Thôn 99903-01 10 3/ }).waitFor();

    await page.getByLabel('Không tính hộ thuộc diện bảo trợ xã hội').check();
    await figures.getByText('không tính 2 hộ').waitFor(); // A and E: (3 − 2) / 17 = 5.88 %
    await figures.getByText(/^5,88 %/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo tổng hợp (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('chi-tieu-ngheo-2025-99903.xlsx');
  });
});
