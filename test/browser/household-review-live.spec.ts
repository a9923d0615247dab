import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { buildMember, createHousehold } from '../../backend/test/support/survey-fixtures';
import { usePhoneSessions } from '../support/browser';

const DEPRIVED = ['Nguồn nước sinh hoạt', 'Nhà tiêu hợp vệ sinh', 'Sử dụng dịch vụ viễn thông'];
// 20,000,000 đồng of crops − 2,000,000 of costs = 18,000,000 a year for 3 people: 500,000 a month,
// under the rural line of Decree 07/2021 (1,500,000 đồng per person per month).
const INCOME = '500.000 đồng/người/tháng (chuẩn nghèo khu vực nông thôn: 1.500.000 đồng)';

describe('an enumerator sees a household review classified live, a supervisor reads the reasons and approves, in Chromium', () => {
  const sessions = usePhoneSessions(async (served) => {
    // A rural household of three in the enumerator's village (02839-01, xã Bắc Hà).
    await createHousehold({ dataSource: served.app.get(DataSource) }, {
      code: 'LV.001',
      members: [
        buildMember({ fullName: 'Vàng Seo Dính', birthDate: '1980-05-10', ethnicity: "H'Mông" }),
        buildMember({ fullName: 'Lù Thị Dung', sex: 'female', birthDate: '1984-08-15', relationToHead: 'spouse', ethnicity: "H'Mông" }),
        buildMember({ fullName: 'Vàng Seo Lình', birthDate: '2015-02-20', relationToHead: 'child', ethnicity: "H'Mông" }),
      ],
    });
  });

  const { signIn } = sessions;
  const live = (page: Page) => page.getByRole('complementary', { name: 'Phân loại tạm tính' });
  const next = (page: Page) => page.getByRole('button', { name: 'Tiếp theo' }).click();
  const question = (page: Page, title: string) => page.locator('.sd-question').filter({ has: page.locator('.sd-question__title', { hasText: title }) });
  const yesNo = (scope: Locator, answer: 'Có' | 'Không') => scope.getByRole('switch').locator('..').getByText(answer, { exact: true }).click();
  const inPanel = (panel: Locator, text: string) => panel.locator('.sd-question').filter({ hasText: text });

  /** A dropdown answered from the keyboard: type to filter its list down to the option, then Enter. The
   * page may still be scrolling to its top after "Tiếp theo", which closes a list just opened: then type again. */
  async function choose(page: Page, title: string, option: string): Promise<void> {
    const input = question(page, title).getByRole('combobox');
    for (let attempt = 1; ; attempt++) {
      try {
        await input.focus();
        await input.pressSequentially(option);
        await page.getByRole('option', { name: option, exact: true }).filter({ visible: true }).waitFor({ timeout: 2000 });
        await expect(page.getByRole('option').filter({ visible: true }).count()).resolves.toBe(1);
        await page.keyboard.press('Enter');
        await question(page, title).locator('.sd-dropdown:not(.sd-dropdown--empty)').waitFor({ timeout: 2000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
        await input.fill('');
      }
    }
  }

  async function fillMembers(page: Page): Promise<void> {
    const panels = page.locator('.sd-paneldynamic__panel-wrapper');
    await expect(panels.count()).resolves.toBe(3);
    for (const index of [0, 1]) {
      const panel = panels.nth(index);
      await yesNo(inPanel(panel, 'Có thẻ bảo hiểm y tế còn hạn'), 'Có');
      await panel.getByText('Tự làm nông, lâm, ngư nghiệp hoặc sản xuất, kinh doanh của hộ').click();
      await yesNo(inPanel(panel, 'Khuyết tật nặng'), 'Không');
      await yesNo(inPanel(panel, 'trợ cấp xã hội'), 'Không');
    }
    const child = panels.nth(2);
    await yesNo(inPanel(child, 'Có thẻ bảo hiểm y tế còn hạn'), 'Có');
    await child.getByText('Đang đi học đúng cấp học theo độ tuổi').click();
    await yesNo(inPanel(child, 'trợ cấp xã hội'), 'Không');
    await yesNo(inPanel(child, 'suy dinh dưỡng'), 'Không');
  }

  it('shows "Hộ nghèo" for three deprivations and income under the line, follows a change, and stores the same class', async () => {
    const enumerator = await signIn('enumerator');
    await enumerator.getByRole('link', { name: 'Việc được giao' }).first().click();
    await enumerator.getByRole('region', { name: /Rà soát hộ gia đình mẫu/ }).getByRole('link').first().click();
    await enumerator.getByRole('button', { name: 'Phiếu mới' }).click();
    await enumerator.getByLabel('Tìm hộ').fill('vang seo dinh');
    await enumerator.getByRole('button', { name: 'Chọn hộ LV.001 (Vàng Seo Dính)' }).click();
    await live(enumerator).getByText('Chưa đủ thông tin', { exact: true }).first().waitFor();
    // Ages are taken on the day the campaign opens, the date the server classifies with.
    const [{ opensOn }] = await sessions.served.app.get(DataSource).query(`SELECT to_char(opens_on, 'YYYY-MM-DD') AS "opensOn" FROM campaign WHERE kind = 'household_review' AND status = 'open'`);
    await expect(question(enumerator, 'Ngày tham chiếu của kỳ rà soát').locator('input').inputValue()).resolves.toBe(opensOn);

    await enumerator.getByText('Không có dấu hiệu nào').click();
    await next(enumerator);
    await fillMembers(enumerator);
    await next(enumerator);
    await choose(enumerator, 'Vật liệu chính của tường', 'Gạch, đá');
    await choose(enumerator, 'Vật liệu chính của cột (khung)', 'Bê tông cốt thép');
    await choose(enumerator, 'Vật liệu chính của mái', 'Tôn, tấm lợp fibro xi măng');
    await question(enumerator, 'Tổng diện tích ở của hộ').locator('input').fill('45');
    await next(enumerator);
    await choose(enumerator, 'Nguồn nước sinh hoạt chính', 'Nước khe, mó không được bảo vệ');
    await choose(enumerator, 'Loại nhà tiêu hộ đang sử dụng', 'Hố đào đơn giản');
    await next(enumerator);
    await yesNo(question(enumerator, 'Có thành viên sử dụng dịch vụ internet'), 'Không');
    await enumerator.getByText('Điện thoại', { exact: true }).click();
    await next(enumerator);
    await enumerator.getByText('Thu nhập thực tế theo nguồn trong 12 tháng qua').click();
    for (const [title, amount] of [['Tiền lương, tiền công', '0'], ['Trồng trọt', '20000000'], ['Chăn nuôi', '0'], ['Lâm nghiệp', '0'], ['Thủy sản', '0'], ['Sản xuất, kinh doanh, dịch vụ phi nông nghiệp', '0'], ['Thu khác', '0'], ['Chi phí sản xuất, kinh doanh', '2000000']] as const) {
      await question(enumerator, title).locator('input').fill(amount);
    }
    await enumerator.keyboard.press('Tab'); // a number counts once the field is left
    await live(enumerator).getByText('Hộ nghèo', { exact: true }).waitFor();
    await expect(factsOf(live(enumerator))).resolves.toEqual({ 'Chỉ số thiếu hụt (3)': DEPRIVED.join('; '), 'Thu nhập bình quân đầu người': INCOME });

    // Internet at home: two deprivations left, so the household under the line is near-poor; then back.
    await enumerator.getByRole('button', { name: 'Trở về' }).click();
    await yesNo(question(enumerator, 'Có thành viên sử dụng dịch vụ internet'), 'Có');
    await live(enumerator).getByText('Hộ cận nghèo', { exact: true }).waitFor();
    await expect(factsOf(live(enumerator))).resolves.toMatchObject({ 'Chỉ số thiếu hụt (2)': DEPRIVED.slice(0, 2).join('; ') });
    await yesNo(question(enumerator, 'Có thành viên sử dụng dịch vụ internet'), 'Không');
    await live(enumerator).getByText('Hộ nghèo', { exact: true }).waitFor();
    await next(enumerator);
    await next(enumerator);
    await yesNo(question(enumerator, 'Hộ sống chủ yếu bằng nông nghiệp'), 'Có');
    await yesNo(question(enumerator, 'Hộ thuộc diện bảo trợ xã hội'), 'Không');
    await yesNo(question(enumerator, 'Hộ rơi vào nghèo do tai nạn'), 'Không');
    await enumerator.getByRole('button', { name: 'Nộp phiếu' }).click();
    await enumerator.getByText('Đã nộp phiếu.').waitFor();

    const supervisor = await signIn('supervisor');
    await supervisor.getByRole('link', { name: 'Duyệt phiếu' }).first().click();
    await supervisor.getByRole('link', { name: /^Xem phiếu/ }).first().click();
    const stored = supervisor.getByRole('region', { name: 'Kết quả phân loại của hệ thống' });
    await stored.getByText('Hộ nghèo', { exact: true }).waitFor();
    await expect(factsOf(stored)).resolves.toEqual({ 'Chỉ số thiếu hụt (3)': DEPRIVED.join('; '), 'Thu nhập bình quân đầu người': INCOME });
    await expect(stored.getByRole('listitem').last().textContent()).resolves.toBe('Kết quả: Hộ nghèo.');
    await supervisor.getByRole('button', { name: 'Duyệt' }).click();
    await supervisor.getByText('Đã duyệt phiếu.').waitFor();
  }, 120_000);
});

/** The facts of a classification, term → description. */
async function factsOf(scope: Locator): Promise<Record<string, string>> {
  const terms = await scope.locator('dt').allTextContents();
  const descriptions = await scope.locator('dd').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, descriptions[index] ?? '']));
}
