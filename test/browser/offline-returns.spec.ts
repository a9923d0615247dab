import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { buildRecognition } from '../../backend/test/support/poverty-fixtures';
import { buildMember, createHousehold } from '../../backend/test/support/survey-fixtures';
import type { TestApp } from '../../backend/test/support/test-app';
import { usePhoneSessions } from '../support/browser';
import { apiAs, buildFieldwork, completeSampleForm, deviceCounts, type Fieldwork, installedDevice, ON_DEVICE, openDevicePage as devicePage } from '../support/offline-fieldwork';
import { serverResponses, setOffline, startForm } from '../support/offline-fieldwork';

const VILLAGE = '02839-03';
const COMMENT = 'Năm sinh chủ hộ chưa khớp sổ hộ khẩu, xem lại.';

describe('supervisor returns and changes made elsewhere reach the offline device, in Chromium', () => {
  const sessions = usePhoneSessions(async (served) => {
    // A household of the demo review campaign's village (02839-01), for the live classification offline.
    const dataSource = served.app.get(DataSource);
    const householdId = await createHousehold({ dataSource }, {
      code: 'LO.001',
      members: [
        buildMember({ fullName: 'Thào A Chư', birthDate: '1979-03-01' }),
        buildMember({ fullName: 'Vàng Thị Dớ', sex: 'female', birthDate: '1983-06-09', relationToHead: 'spouse' }),
      ],
    });
    await buildRecognition({ dataSource } as TestApp, householdId, 2025, 'near_poor');
  });

  const installed = (username: string) => installedDevice(sessions.signIn, username);

  const villageLink = (page: Page, work: Fieldwork) => page.getByRole('region', { name: work.campaignName, exact: true }).getByRole('link').first();

  it('brings a returned form with its comment to the device, where it is fixed offline and resubmitted', async () => {
    const work = await buildFieldwork(sessions.served, VILLAGE, 1);
    const page = await installed(work.username);
    await startForm(page, work.campaignName, work.codes[0]!);
    await completeSampleForm(page);
    await page.getByRole('button', { name: 'Nộp phiếu' }).click();
    await page.getByText('Đã nộp phiếu.').waitFor();
    const [response] = await serverResponses(sessions.served, work.campaignId);
    const admin = await apiAs(sessions.served, 'admin');
    expect((await admin('POST', `/campaigns/${work.campaignId}/responses/${response!.id}/return`, { comment: COMMENT })).status).toBe(200);

    await devicePage(page);
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).waitFor();
    await setOffline(page.context(), true);
    await page.reload();
    await page.getByRole('link', { name: 'Việc được giao' }).first().click();
    await villageLink(page, work).click();
    const item = page.getByRole('list', { name: 'Danh sách phiếu' }).getByRole('listitem');
    await item.getByText(COMMENT).waitFor();
    await expect(item.getByText('Bị trả lại', { exact: true }).isVisible()).resolves.toBe(true);

    await item.getByRole('link', { name: 'Tiếp tục điền' }).click();
    await page.getByText('Phiếu bị trả lại: vui lòng sửa theo nhận xét rồi nộp lại.').waitFor();
    await page.getByLabel('Năm sinh').fill('1981');
    await page.getByRole('button', { name: 'Tiếp theo' }).click();
    await page.getByRole('button', { name: 'Nộp phiếu' }).click();
    await page.getByText(ON_DEVICE).waitFor();

    await devicePage(page);
    await setOffline(page.context(), false);
    await page.getByTestId('count-sent').getByText('1').waitFor();
    const [resent] = await sessions.served.app.get(DataSource).query(`SELECT status, answers->'members'->0->>'birth_year' AS "birthYear" FROM survey_response WHERE id = $1`, [response!.id]);
    expect(resent).toEqual({ status: 'resubmitted', birthYear: '1981' });
  });

  /** A draft saved online, edited offline on this device while the same enumerator's other phone saves
   * another head's name; back online, the device shows the conflict. Returns the response id. */
  async function conflictingDraft(): Promise<{ page: Page; id: string; work: Fieldwork }> {
    const work = await buildFieldwork(sessions.served, VILLAGE, 1);
    const page = await installed(work.username);
    await startForm(page, work.campaignName, work.codes[0]!);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu nháp.').waitFor();

    await setOffline(page.context(), true);
    await page.getByLabel('Họ và tên chủ hộ').fill('Sùng A Páo (trên máy)');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText(ON_DEVICE).waitFor();
    const [stored] = await sessions.served.app.get(DataSource).query(`SELECT id, household_id AS "householdId", answers FROM survey_response WHERE campaign_id = $1`, [work.campaignId]);
    const elsewhere = await apiAs(sessions.served, work.username);
    const body = { unitCode: VILLAGE, householdId: stored.householdId, status: 'draft', answers: { ...stored.answers, head_name: 'Sùng A Páo (máy khác)' } };
    expect((await elsewhere('PUT', `/campaigns/${work.campaignId}/responses/${stored.id}`, body)).status).toBe(200);

    await devicePage(page);
    await setOffline(page.context(), false);
    await page.getByTestId('count-conflict').getByText('1').waitFor();
    const row = page.getByRole('row', { name: /Họ và tên chủ hộ/ });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(['Sùng A Páo (trên máy)', 'Sùng A Páo (máy khác)']);
    return { page, id: stored.id as string, work };
  }

  const serverName = async (id: string) =>
    (await sessions.served.app.get(DataSource).query(`SELECT answers->>'head_name' AS name, revision FROM survey_response WHERE id = $1`, [id]))[0];

  it('shows a form changed on the server while edited offline side by side, and keeps the device copy when asked', async () => {
    const { page, id } = await conflictingDraft();
    await page.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await page.getByTestId('count-sent').getByText('1').waitFor();
    await expect(deviceCounts(page)).resolves.toEqual({ draft: '0', waiting: '0', sent: '1', failed: '0', conflict: '0' });
    await expect(serverName(id)).resolves.toEqual({ name: 'Sùng A Páo (trên máy)', revision: 3 });
  });

  it('takes the server copy of a conflicting form when asked, leaving the server untouched', async () => {
    const { page, id, work } = await conflictingDraft();
    await page.getByRole('button', { name: 'Lấy bản trên máy chủ' }).click();
    await page.getByTestId('count-sent').getByText('1').waitFor();
    await expect(deviceCounts(page)).resolves.toEqual({ draft: '0', waiting: '0', sent: '1', failed: '0', conflict: '0' });
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).waitFor();
    await expect(serverName(id)).resolves.toEqual({ name: 'Sùng A Páo (máy khác)', revision: 2 });
    // The form opens with the server's answers, also without signal.
    await setOffline(page.context(), true);
    await page.goto(`${sessions.served.baseUrl}/fieldwork/${work.campaignId}/responses/${id}`);
    await expect(page.getByLabel('Họ và tên chủ hộ').inputValue()).resolves.toBe('Sùng A Páo (máy khác)');
  });

  it('classifies a household review live with no signal, after a reload, beside the class recognised last year', async () => {
    const page = await installed('enumerator');
    await setOffline(page.context(), true);
    await page.reload();
    await page.getByRole('link', { name: 'Việc được giao' }).first().click();
    await page.getByRole('region', { name: /Rà soát hộ gia đình mẫu/ }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Phiếu mới' }).click();
    await page.getByLabel('Tìm hộ').fill('thao a chu');
    await page.getByRole('button', { name: 'Chọn hộ LO.001 (Thào A Chư)' }).click();
    const live = page.getByRole('complementary', { name: 'Phân loại tạm tính' });
    await live.getByText('Chưa đủ thông tin', { exact: true }).first().waitFor();
    await page.getByText('Phân loại đã công nhận các năm trước: 2025: Hộ cận nghèo').waitFor();
    // The registry's two members fill the roster, on the form's second page.
    await page.getByText('Không có dấu hiệu nào').click();
    await page.getByRole('button', { name: 'Tiếp theo' }).click();
    await expect(page.locator('.sd-paneldynamic__panel-wrapper').count()).resolves.toBe(2);
    await expect(live.isVisible()).resolves.toBe(true);
  });
});
