import { foldDiacritics } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { logIn, useBrowserSession } from '../support/browser';

type Household = { id: string; code: string; headName: string };

describe('a supervisor keeps the household registry (sổ hộ) in Chromium', () => {
  const session = useBrowserSession();
  const db = () => session.served.app.get(DataSource);

  beforeEach(async () => {
    await logIn(session.page, session.served.baseUrl, 'supervisor');
    await session.page.getByRole('link', { name: 'Sổ hộ' }).click();
    await session.page.getByRole('heading', { name: 'Sổ hộ', level: 1 }).waitFor();
  });

  it("finds a household by its head's name typed without accents and shows its members in book order", async () => {
    const { page } = session;
    const [household]: Household[] = await db().query(
      `SELECT id, code, head_name AS "headName" FROM household WHERE village_code = '02839-01' AND status = 'active'
          AND (SELECT count(*) FROM household_member m WHERE m.household_id = household.id) >= 3 ORDER BY code LIMIT 1`,
    );
    const members: { fullName: string }[] = await db().query(`SELECT full_name AS "fullName" FROM household_member WHERE household_id = $1 ORDER BY position`, [household!.id]);
    await page.getByLabel('Tìm hộ').fill(foldDiacritics(household!.headName));
    await page.getByRole('link', { name: `Xem hộ ${household!.code} (${household!.headName})` }).click();
    await page.getByRole('heading', { name: `${household!.code} · ${household!.headName}`, level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Thành viên' });
    const names = await table.getByRole('rowheader').allTextContents();
    expect(names).toEqual(members.map((m) => m.fullName));
    expect(await table.getByRole('row').nth(1).getByRole('cell').nth(3).textContent()).toBe('Chủ hộ');
  });

  it('checks an import file and lists the wrong row with its field and reason', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
    const file = [
      'Mã hộ,Mã thôn,Họ tên,Giới tính,Ngày sinh,Quan hệ với chủ hộ,Dân tộc',
      "B.901,02839-02,Thào Seo Lử,Nam,03/04/1971,Chủ hộ,H'Mông",
      "B.901,02839-02,Giàng Thị Dợ,Nữ,30/02/1975,Vợ,H'Mông",
    ].join('\n');
    await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({ name: 'so-ho.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const errors = page.getByRole('table', { name: /Danh sách lỗi/ });
    await errors.waitFor();
    expect(await errors.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '3',
      'Ngày sinh',
      'Không đọc được ngày "30/02/1975" (DD/MM/YYYY hoặc YYYY-MM-DD)',
    ]);
    expect(await page.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
  });
});
