import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { buildMember, createHousehold, demoCampaignId } from '../../backend/test/support/survey-fixtures';
import { usePhoneSessions } from '../support/browser';

const COMMENT = 'Năm sinh của Lò Thị Mai chưa đúng, xem lại sổ hộ khẩu.';

type Household = { secondBirthYear: string };

describe('an enumerator fills the sample household form and a supervisor reviews it, in Chromium', () => {
  const { signIn } = usePhoneSessions(async (served) => {
    const dataSource = served.app.get(DataSource);
    await demoCampaignId({ dataSource }); // the demo campaign, on the short sample form
    // Two households of the registry in the enumerator's village, one for each new form.
    for (const code of ['FW.001', 'FW.002']) {
      await createHousehold({ dataSource }, {
        code,
        members: [
          buildMember({ fullName: 'Lò Văn Páo', birthDate: '1980-03-02', ethnicity: 'Tày' }),
          buildMember({ fullName: 'Lò Thị Mai', sex: 'female', birthDate: '1985-07-20', relationToHead: 'spouse', ethnicity: 'Tày' }),
        ],
      });
    }
  });

  /** A new form for a household picked from the village's registry; its members fill the roster. */
  async function openNewForm(page: Page, code: string): Promise<void> {
    await page.getByRole('link', { name: 'Việc được giao' }).first().click();
    await page.getByRole('region', { name: /Rà soát hộ gia đình mẫu/ }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Phiếu mới' }).click();
    await page.getByLabel('Tìm hộ').fill('lo van pao');
    await page.getByRole('button', { name: `Chọn hộ ${code} (Lò Văn Páo)` }).click();
    await page.getByText(`Hộ ${code} · Lò Văn Páo`).waitFor();
  }

  const chooseSwitch = (page: Page, name: string, index: number, answer: 'Có' | 'Không') =>
    page.getByRole('switch', { name }).nth(index).locator('..').getByText(answer, { exact: true }).click();

  /** The first page, whose two-member roster came from the registry; the second member's birth
   * year may be emptied. */
  async function fillHousehold(page: Page, { secondBirthYear }: Household): Promise<void> {
    await expect(page.getByLabel('Họ và tên chủ hộ').inputValue()).resolves.toBe('Lò Văn Páo');
    await expect(page.getByLabel('Số nhân khẩu').inputValue()).resolves.toBe('2');
    await expect(page.getByLabel('Họ và tên', { exact: true }).nth(1).inputValue()).resolves.toBe('Lò Thị Mai');
    await expect(page.getByLabel('Năm sinh').nth(1).inputValue()).resolves.toBe('1985');
    const members = [
      { name: 'Lò Văn Páo', sex: 'Nam', birthYear: '1980', insured: 'Có' },
      { name: 'Lò Thị Mai', sex: 'Nữ', birthYear: secondBirthYear, insured: 'Không' },
    ] as const;
    for (const [index, member] of members.entries()) {
      await page.getByLabel('Họ và tên', { exact: true }).nth(index).fill(member.name);
      await page.getByRole('radiogroup', { name: 'Giới tính' }).nth(index).getByText(member.sex).click();
      await page.getByLabel('Năm sinh').nth(index).fill(member.birthYear);
      await chooseSwitch(page, 'Có thẻ bảo hiểm y tế', index, member.insured);
    }
  }

  async function fillLivingConditions(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Tiếp theo' }).click();
    await page.getByRole('radiogroup', { name: 'Nguồn nước sinh hoạt chính' }).getByText('Giếng khoan').click();
    await chooseSwitch(page, 'Hộ có nhà tiêu', 0, 'Có');
    await page.getByRole('radiogroup', { name: 'Loại nhà tiêu' }).getByText('Hai ngăn').click();
  }

  it('returns a submitted form with a comment, and the fixed form comes back as "Đã nộp lại"', async () => {
    const enumerator = await signIn('enumerator');
    await openNewForm(enumerator, 'FW.001');
    await fillHousehold(enumerator, { secondBirthYear: '' });
    await enumerator.getByRole('button', { name: 'Nộp phiếu' }).click();
    await enumerator.getByText('Phiếu còn câu hỏi chưa trả lời hoặc chưa hợp lệ.', { exact: false }).waitFor();
    await expect(enumerator.getByText('Vui lòng trả lời câu hỏi.').isVisible()).resolves.toBe(true);
    await expect(enumerator.getByLabel('Năm sinh').nth(1).getAttribute('aria-invalid')).resolves.toBe('true');

    await enumerator.getByLabel('Năm sinh').nth(1).fill('1958');
    await fillLivingConditions(enumerator);
    await enumerator.getByRole('button', { name: 'Nộp phiếu' }).click();
    await enumerator.getByText('Đã nộp phiếu.').waitFor();

    const supervisor = await signIn('supervisor');
    await supervisor.getByRole('link', { name: 'Duyệt phiếu' }).first().click();
    await supervisor.getByRole('link', { name: /^Xem phiếu/ }).first().click();
    await supervisor.getByRole('button', { name: 'Trả lại' }).click();
    await supervisor.getByText('Vui lòng nhập nhận xét khi trả lại phiếu.').waitFor();
    await supervisor.getByLabel('Nhận xét').fill(COMMENT);
    await supervisor.getByRole('button', { name: 'Trả lại' }).click();
    await supervisor.getByText('Đã trả lại phiếu cho rà soát viên.').waitFor();

    await enumerator.getByRole('link', { name: 'Quay lại danh sách phiếu của thôn' }).click();
    const returned = enumerator.getByRole('listitem').filter({ hasText: 'Bị trả lại' });
    await returned.getByText(COMMENT).waitFor();
    await returned.getByRole('link', { name: 'Tiếp tục điền' }).click();
    await enumerator.getByRole('note').getByText(COMMENT).waitFor();
    await enumerator.getByLabel('Năm sinh').nth(1).fill('1985');
    await enumerator.getByRole('button', { name: 'Nộp phiếu' }).click();
    await enumerator.getByText('Đã nộp phiếu.').waitFor();

    await supervisor.getByRole('link', { name: 'Quay lại danh sách chờ duyệt' }).click();
    await supervisor.getByRole('listitem').filter({ hasText: 'Đã nộp lại' }).getByRole('link', { name: /^Xem phiếu/ }).waitFor();
  });

  it("shows the server's reason on the roster member it names", async () => {
    const enumerator = await signIn('enumerator');
    const reason = 'Năm sinh phải sau năm sinh của chủ hộ trừ 100 năm.';
    await enumerator.route('**/api/campaigns/*/responses/*', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', details: [{ field: 'members[1].birth_year', reason }] }),
          })
        : route.continue(),
    );
    await openNewForm(enumerator, 'FW.002');
    await fillHousehold(enumerator, { secondBirthYear: '1985' });
    await fillLivingConditions(enumerator);
    await enumerator.getByRole('button', { name: 'Nộp phiếu' }).click();
    await enumerator.getByText(reason).waitFor();
    await expect(enumerator.getByLabel('Năm sinh').nth(1).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(enumerator.getByLabel('Năm sinh').nth(0).getAttribute('aria-invalid')).resolves.toBe('false');
  });
});
