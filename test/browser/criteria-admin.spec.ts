import request from 'supertest';
import { DataSource } from 'typeorm';
import { adoptCriteriaSet, type CriteriaSet, type TargetDto, VILLAGE_NTM_TEMPLATE } from '@ntm/shared';
import { bearer, login, type TestApp } from '../../backend/test/support/test-app';
import { logIn, useBrowserSession } from '../support/browser';

// The demo: Lào Cai (15), its admin, the 2021–2025 targets of the directives (domain note).
const PROVINCE = '15';
const SET = 'QD318_NTM';

describe('a province admin manages the criteria years and targets, in Chromium', () => {
  const session = useBrowserSession();
  let t: TestApp;
  beforeAll(() => {
    const { app } = session.served;
    t = { app, api: () => request(app.getHttpServer()), dataSource: app.get(DataSource), close: async () => undefined };
  });
  const computedAt = async (year: number): Promise<number> => {
    const [row] = await t.dataSource.query(`SELECT max(computed_at) AS at FROM criteria_evaluation WHERE set_id = $1 AND year = $2 AND unit_path LIKE '/VN/15/%'`, [SET, year]);
    return (row.at as Date).getTime();
  };

  it('closes 2024, recomputes (2024 is skipped, 2025 is not), then reopens 2024 with a reason', async () => {
    const { page, served } = session;
    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Tiêu chí NTM' }).waitFor();
    await page.goto(`${served.baseUrl}/criteria?set=${SET}&year=2024`);
    const years = page.getByRole('region', { name: 'Chốt số liệu năm' });
    await years.getByText('Chưa chốt năm nào.').waitFor();
    await years.getByRole('button', { name: 'Chốt năm 2024' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Chốt năm 2024' }).click();
    await years.getByText('Đã chốt số liệu năm 2024.').waitFor();
    await years.getByText('Năm đã chốt', { exact: true }).waitFor();
    await years.getByText('Các năm đã chốt: 2024.').waitFor();
    await page.goto(`${served.baseUrl}/criteria/units/02839?set=${SET}&year=2024`); // Bắc Hà's page says so too
    await page.getByText('Năm đã chốt', { exact: true }).waitFor();
    await page.goto(`${served.baseUrl}/criteria?set=${SET}&year=2024`);

    const before = { 2024: await computedAt(2024), 2025: await computedAt(2025) };
    await years.getByRole('button', { name: 'Tính lại' }).click();
    await years.getByText(/^Đã tính lại \d+ đơn vị trong [\d,]+ giây/).waitFor({ timeout: 60_000 });
    expect(await computedAt(2024)).toBe(before[2024]); // the snapshot stays as closed
    expect(await computedAt(2025)).toBeGreaterThan(before[2025]);

    await years.getByRole('button', { name: 'Mở lại năm 2024' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Mở lại năm 2024' }).click(); // no reason: the form does not submit
    await dialog.getByLabel('Lý do mở lại').waitFor();
    await dialog.getByLabel('Lý do mở lại').fill('Bổ sung biên bản thẩm định');
    await dialog.getByRole('button', { name: 'Mở lại năm 2024' }).click();
    await years.getByText('Đã mở lại năm 2024 và tính lại.').waitFor();
    await years.getByText('Năm đang mở', { exact: true }).waitFor();
    expect(await computedAt(2024)).toBeGreaterThan(before[2024]);
    const trail = await t.dataSource.query(`SELECT action, comment FROM audit_entry WHERE entity_type = 'criteria_year' ORDER BY id`);
    expect(trail).toEqual([{ action: 'close', comment: null }, { action: 'reopen', comment: 'Bổ sung biên bản thẩm định' }]);
  });

  it('deletes a target after confirming', async () => {
    const { page, served } = session;
    const label = '9 xã đạt chuẩn nông thôn mới kiểu mẫu';
    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Tiêu chí NTM' }).waitFor();
    await page.goto(`${served.baseUrl}/criteria/targets?set=${SET}&year=2025`);
    await page.getByRole('button', { name: `Xóa: ${label}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Xóa mục tiêu “${label}”?`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByText(`Đã xóa mục tiêu “${label}”.`).waitFor();
    await page.getByRole('row', { name: new RegExp(label) }).waitFor({ state: 'detached' });
    const token = await login(t, 'admin');
    const targets: TargetDto[] = (await t.api().get('/api/criteria/targets').query({ unit: PROVINCE, set: SET }).set(bearer(token)).expect(200)).body;
    expect(targets.map((target) => target.label)).not.toContain(label);
    expect(targets).toHaveLength(7); // the other commune lines of the directives
  });

  it("adopts the thôn kiểu mẫu template again as a new version, and shows a pasted set's problems per field", async () => {
    const { page, served } = session;
    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Tiêu chí NTM' }).waitFor();
    await page.goto(`${served.baseUrl}/criteria/sets`);
    const panel = page.getByRole('region', { name: 'Bộ tiêu chí riêng của tỉnh' });
    const modelRow = panel.getByRole('row', { name: /P15_VILLAGE_MODEL/ });
    await modelRow.getByRole('cell', { name: '1', exact: true }).waitFor(); // the demo adopted it once
    await panel.getByRole('button', { name: 'Áp dụng lại (phiên bản mới): Bộ tiêu chí thôn nông thôn mới kiểu mẫu (mẫu)' }).click();
    await panel.getByText('Đã lưu "Bộ tiêu chí thôn nông thôn mới kiểu mẫu (mẫu)", phiên bản 2, và tính điểm.').waitFor({ timeout: 60_000 });
    await modelRow.getByRole('cell', { name: '2', exact: true }).waitFor();

    // A set pasted with its years the wrong way round and a foreign id: the server's 400, field by field.
    const broken: CriteriaSet = { ...adoptCriteriaSet(VILLAGE_NTM_TEMPLATE, PROVINCE), id: 'THON_TINH', fromYear: 2030, toYear: 2021 };
    await panel.getByRole('textbox', { name: 'Bộ tiêu chí (JSON)' }).fill(JSON.stringify(broken));
    await panel.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
    const alert = panel.getByRole('alert');
    await alert.getByRole('listitem').filter({ hasText: /^set\.id: phải bắt đầu bằng "P15_"/ }).waitFor();
    await panel.getByRole('textbox', { name: 'Bộ tiêu chí (JSON)' }).fill(JSON.stringify({ ...broken, id: 'P15_THON_TINH' }));
    await panel.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
    await alert.getByRole('listitem').filter({ hasText: /^set\.toYear: / }).waitFor();
    await panel.getByRole('textbox', { name: 'Bộ tiêu chí (JSON)' }).fill('{ "id": ');
    await panel.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
    await panel.getByText(/^JSON không hợp lệ: /).waitFor();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM criteria_province_set WHERE province_code = $1`, [PROVINCE]);
    expect(n).toBe(3); // thôn NTM v1, thôn kiểu mẫu v1 and v2: nothing of the broken ones
  });
});
