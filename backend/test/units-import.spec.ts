import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { officialUnitsCsvPath } from '../src/demo/demo-seed';
import { bearer, buildAccount, login, startTestApp, type TestApp } from './support/test-app';

const HEADER = 'code,name,full_name,type,parent_code';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'));

describe('importing administrative units', () => {
  let t: TestApp;
  let national: string;
  const upload = (token: string, file: Buffer, name: string, dryRun?: boolean) =>
    t.api()
      .post(`/api/units/import${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`)
      .set(bearer(token))
      .attach('file', file, name);
  const unitCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM administrative_unit'))[0].n);

  beforeAll(async () => {
    t = await startTestApp('empty');
    const { username } = await buildAccount(t, { role: 'admin', unitCode: 'VN' });
    national = await login(t, username);
  });
  afterAll(() => t.close());

  it('checks the official 2025 list as is in a dry run, writing nothing', async () => {
    const res = await upload(national, readFileSync(officialUnitsCsvPath()), 'vn-admin-units-2025.csv', true);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ dryRun: true, imported: false, rows: 3355, created: 3355, updated: 0, errors: [] });
    expect(await unitCount()).toBe(1);
  });

  it('imports the official list: 34 provinces, 2,610 xã, 697 phường, 13 đặc khu', async () => {
    const res = await upload(national, readFileSync(officialUnitsCsvPath()), 'vn-admin-units-2025.csv', false);
    expect(res.body).toMatchObject({ imported: true, created: 3355, errors: [] });
    const counts = await t.dataSource.query(`SELECT type, count(*)::int AS n FROM administrative_unit GROUP BY type ORDER BY type`);
    expect(counts).toEqual([
      { type: 'commune', n: 2610 },
      { type: 'country', n: 1 },
      { type: 'other', n: 1 },
      { type: 'province', n: 34 },
      { type: 'special_zone', n: 13 },
      { type: 'ward', n: 697 },
    ]);
    const again = await upload(national, readFileSync(officialUnitsCsvPath()), 'again.csv', false);
    expect(again.body).toMatchObject({ imported: true, created: 0, updated: 3355 });
    expect(await unitCount()).toBe(3356);
  });

  it('lists every wrong row and imports none of the file', async () => {
    const file = csv(
      '90001,Thôn Một,Thôn Một,village,15',
      '90002,Xã Hai,Xã Hai,commune,15',
      '90002,Xã Hai bis,Xã Hai bis,commune,15',
      '90003,Xã Ba,Xã Ba,township,15',
      '90004,Xã Bốn,Xã Bốn,commune,77',
      ',Không mã,,commune,15',
    );
    const res = await upload(national, file, 'bad.csv', false);
    expect(res.status).toBe(201);
    expect(res.body.imported).toBe(false);
    expect(res.body.errors).toEqual([
      { row: 2, code: '90001', field: 'type', reason: 'a village cannot be placed under a province' },
      { row: 4, code: '90002', field: 'code', reason: 'duplicate of row 3' },
      { row: 5, code: '90003', field: 'type', reason: 'unknown unit type "township"' },
      { row: 6, code: '90004', field: 'parent_code', reason: 'unknown parent "77"' },
      { row: 7, code: null, field: 'code', reason: 'is required' },
    ]);
    expect(await t.dataSource.query(`SELECT code FROM administrative_unit WHERE code = '90002'`)).toEqual([]);
  });

  it('resolves parents given later in the same file and reports cycles', async () => {
    const ok = await upload(national, csv('91001-01,Thôn Mới,,village,91001', '91001,Xã Mới,Xã Mới,commune,15'), 'order.csv', true);
    expect(ok.body).toMatchObject({ created: 2, errors: [] });
    const cycle = await upload(national, csv('92001-01,Thôn A,,village,92001-02', '92001-02,Thôn B,,village,92001-01'), 'cycle.csv', true);
    expect(cycle.body.errors.map((e: { reason: string }) => e.reason)).toContain('parents form a cycle');
  });

  it('imports an .xlsx sheet with optional attribute columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(['code', 'name', 'full_name', 'type', 'parent_code', 'commune_group', 'particularly_difficult']);
    sheet.addRow(['02839-50', 'Thôn Excel', 'Thôn Excel', 'village', '02839', '', '']);
    sheet.addRow(['02842', 'Tả Củ Tỷ', 'Xã Tả Củ Tỷ', 'commune', '15', '3', 'có']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(national, file, 'units.xlsx', false);
    expect(res.body).toMatchObject({ imported: true, created: 1, updated: 1, errors: [] });
    const [xa] = await t.dataSource.query(`SELECT commune_group, particularly_difficult, ntm_region FROM administrative_unit WHERE code = '02842'`);
    expect(xa).toEqual({ commune_group: 3, particularly_difficult: true, ntm_region: 'TDMNPB' });
  });

  it("refuses rows outside a province admin's scope", async () => {
    const { username } = await buildAccount(t, { role: 'admin', unitCode: '15' });
    const res = await upload(await login(t, username), csv('93001,Xã Khác,,commune,12'), 'scope.csv', true);
    expect(res.body.errors).toEqual([{ row: 2, code: '93001', field: 'parent_code', reason: 'is outside your scope' }]);
  });

  it('defaults to a dry run', async () => {
    const res = await upload(national, csv('94001,Xã Thử,,commune,15'), 'default.csv');
    expect(res.body).toMatchObject({ dryRun: true, imported: false, created: 1 });
    expect(await t.dataSource.query(`SELECT code FROM administrative_unit WHERE code = '94001'`)).toEqual([]);
  });

  it.each([
    ['no file', null, 'file'],
    ['a file without the type column', Buffer.from('code,name,parent_code\r\n1,a,15'), 'file'],
    ['a corrupt .xlsx file', Buffer.from('PK\u0003\u0004garbage'), 'file'],
  ])('answers an upload with %s with 400', async (_, file, field) => {
    const req = t.api().post('/api/units/import?dryRun=true').set(bearer(national));
    const res = file ? await req.attach('file', file, 'x.xlsx') : await req;
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe(field);
  });

  it('answers dryRun=maybe with 400 and refuses non-admins', async () => {
    expect((await upload(national, csv(), 'x.csv').query({ dryRun: 'maybe' })).status).toBe(400);
    const { username } = await buildAccount(t, { role: 'steering', unitCode: 'VN' });
    expect((await upload(await login(t, username), csv(), 'x.csv', true)).status).toBe(403);
  });
});
