import type { Page } from 'playwright-core';
import { logIn, useBrowserSession } from '../support/browser';

const buildForm = (questionTitle: string) => ({
  pages: [
    {
      name: 'ho',
      elements: [
        { type: 'text', name: 'head_name', title: questionTitle, isRequired: true },
        { type: 'text', name: 'member_count', title: 'Số nhân khẩu', inputType: 'number' },
      ],
    },
  ],
});

async function createFormFromFile(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Biểu mẫu' }).click();
  await page.getByRole('button', { name: 'Tạo biểu mẫu' }).click();
  await page.getByLabel('Mã biểu mẫu').fill('phieu-thu-nghiem');
  await page.getByLabel('Tên biểu mẫu').fill('Phiếu thử nghiệm');
  await page.getByLabel('Tệp JSON của SurveyJS').check();
  const file = { name: 'phieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(buildForm('Họ và tên chủ hộ'))) };
  await page.getByLabel('Tệp JSON', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Tạo biểu mẫu' }).click();
  await page.getByRole('heading', { name: 'Bản nháp (phiên bản 1)' }).waitFor();
}

async function editAndPublish(page: Page): Promise<void> {
  const preview = page.getByRole('region', { name: 'Xem trước' });
  await preview.getByText('Họ và tên chủ hộ').first().waitFor();
  const editor = page.getByLabel('JSON của biểu mẫu (SurveyJS)');
  await editor.fill('{\n  "pages": [\n    { "name": "ho", }\n  ]\n}');
  await page.getByRole('alert').filter({ hasText: /JSON bị lỗi ở dòng 3, cột \d+/ }).waitFor();
  await editor.fill(JSON.stringify(buildForm('Tên người trả lời'), null, 2));
  await preview.getByText('Tên người trả lời').first().waitFor();
  await page.getByRole('button', { name: 'Xuất bản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bản phiên bản 1?' });
  await dialog.getByText(/cố định phiên bản này/).waitFor();
  await dialog.getByRole('button', { name: 'Xuất bản' }).click();
  await page.getByText('Đã xuất bản phiên bản 1.').waitFor();
  await page.getByRole('button', { name: 'Tạo bản nháp mới từ phiên bản 1' }).waitFor();
}

async function createCampaign(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Đợt khảo sát' }).click();
  await page.getByRole('link', { name: 'Tạo đợt khảo sát' }).click();
  await page.getByLabel('Tên đợt khảo sát').fill('Rà soát thử nghiệm 2026');
  await page.getByLabel('Biểu mẫu', { exact: true }).selectOption({ label: 'Phiếu thử nghiệm (phieu-thu-nghiem)' });
  const version = page.getByLabel('Phiên bản', { exact: true });
  await page.waitForFunction((select) => (select as HTMLSelectElement).value !== '', await version.elementHandle());
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await page.getByLabel('Ngày mở').fill('2026-01-01');
  await page.getByLabel('Ngày đóng').fill('2026-12-31');
  await page.getByLabel('Tìm đơn vị để thêm vào phạm vi').fill('bac ha');
  await page.getByRole('button', { name: /Xã Bắc Hà/ }).click();
  await page.getByRole('list', { name: 'Các đơn vị đã chọn' }).getByText('Xã Bắc Hà').waitFor();
  await page.getByRole('button', { name: 'Tạo đợt khảo sát' }).click();
  await page.getByText('Đã tạo đợt khảo sát "Rà soát thử nghiệm 2026".').waitFor();
}

async function assignEnumerator(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Thêm phân công' }).click();
  await page.getByRole('button', { name: /\(enumerator\)/ }).click();
  await page.getByRole('button', { name: /Bản Na Hối/ }).click();
  await page.getByLabel('Số hộ dự kiến').fill('15');
  await page.getByRole('button', { name: 'Phân công', exact: true }).click();
  await page.getByText(/Đã phân công .* khảo sát Bản Na Hối/).waitFor();
  const row = page.getByRole('row', { name: /Bản Na Hối/ });
  await expect(row.getByText('0/15 hộ').isVisible()).resolves.toBe(true);
}

describe('admin builds a form and runs a campaign of it in Chromium', () => {
  const session = useBrowserSession();

  it('publishes a form from JSON, opens a campaign over xã Bắc Hà, downloads its responses, copies it to the next period and assigns the enumerator', async () => {
    const { page } = session;
    await logIn(page, session.served.baseUrl, 'admin');
    await createFormFromFile(page);
    await editAndPublish(page);
    await createCampaign(page);

    await page.getByRole('button', { name: 'Mở đợt' }).click();
    await page.getByText('Trạng thái mới: Đang mở.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('phieu-2026-dot-1.csv');
    await page.getByRole('button', { name: 'Sao chép sang kỳ sau' }).click();
    await page.getByText(/Đã sao chép sang kỳ sau/).waitFor();
    await expect(page.getByText('Năm 2027, kỳ 1/1').isVisible()).resolves.toBe(true);

    await assignEnumerator(page);
  }, 120_000);
});
