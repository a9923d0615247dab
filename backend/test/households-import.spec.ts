import ExcelJS from 'exceljs';
import { createHousehold, neighbourCommune } from './support/survey-fixtures';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

const HEADER = 'Mã hộ,Mã thôn,Chủ hộ,Địa chỉ,Họ tên,Giới tính,Ngày sinh,Quan hệ với chủ hộ,Dân tộc,Số định danh';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'));

describe('importing households from xlsx/CSV', () => {
  let t: TestApp;
  let supervisor: string;
  const upload = (file: Buffer, name: string, dryRun?: boolean, token = supervisor) =>
    t.api().post(`/api/households/import${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`).set(bearer(token)).attach('file', file, name);
  const householdsCoded = (prefix: string) => t.dataSource.query(`SELECT code FROM household WHERE code LIKE $1 ORDER BY code`, [`${prefix}%`]);

  beforeAll(async () => {
    t = await startTestApp('demo');
    supervisor = await login(t, 'supervisor');
  });
  afterAll(() => t.close());

  it('reports every wrong row with its field in a dry run, counts the households of the file, and imports none of it', async () => {
    await createHousehold(t, { villageCode: '02839-02', code: 'I.010' });
    const outside = (await neighbourCommune(t)).village;
    const file = csv(
      "I.001,02839-02,Sùng A Páo,Thôn 2,Sùng A Páo,Nam,12/03/1975,Chủ hộ,H'Mông,",
      "I.001,02839-02,,,Vàng Thị Sua,Nữ,1978-07-30,Vợ,H'Mông,",
      'I.002,02839-02,,,Lò Văn Tải,Nam,31/02/1980,Chủ hộ,Tày,',
      'I.003,02839-02,,,Lò Thị Hoa,Nữ,01/01/1990,Vợ,Tày,',
      'I.004,02839-77,,,Hà Văn Tú,Nam,01/01/1970,Chủ hộ,Tày,',
      'I.005,02839-03,,,Hà Văn Nam,Khác,01/01/1970,Chủ hộ,Tày,',
      'I.006,02839-03,Đặng Văn Cường,,Đặng Văn Chiến,Nam,05/05/1966,Chủ hộ,Dao,0123',
      'I.007,02839-04,,,Ma Văn Lâm,Nam,05/05/1966,Chủ hộ,Tày,',
      'I.007,02839-05,,,Ma Thị Huệ,Nữ,06/06/1970,Vợ,Tày,',
      'I.008,02839-04,,,Triệu Văn Chàn,Nam,01/01/1950,Chủ hộ,Dao,',
      'I.008,02839-04,,,Triệu Văn Phin,Nam,01/01/1975,Chủ hộ,Dao,',
      `I.009,${outside},,,Hoàng Văn Đức,Nam,01/01/1970,Chủ hộ,Tày,`,
      "I.010,02839-02,,,Giàng Seo Pao,Nam,12/04/1980,Chủ hộ,H'Mông,",
    );
    const errors = [
      { row: 4, field: 'Ngày sinh', reason: 'Không đọc được ngày "31/02/1980" (DD/MM/YYYY hoặc YYYY-MM-DD)' },
      { row: 5, field: 'Mã hộ', reason: 'Hộ phải có một thành viên là chủ hộ' },
      { row: 6, field: 'Mã thôn', reason: 'Không có thôn mã "02839-77"' },
      { row: 7, field: 'Giới tính', reason: 'Không rõ giới tính "Khác" (Nam hoặc Nữ)' },
      { row: 8, field: 'Số định danh', reason: 'Số định danh phải gồm 9 hoặc 12 chữ số' },
      { row: 8, field: 'Chủ hộ', reason: 'Phải trùng họ tên của thành viên là chủ hộ' },
      { row: 10, field: 'Mã thôn', reason: 'Khác với dòng 9 của cùng hộ (02839-04)' },
      { row: 12, field: 'Quan hệ với chủ hộ', reason: 'Hộ chỉ có một chủ hộ' },
      { row: 13, field: 'Mã thôn', reason: `Thôn "${outside}" nằm ngoài phạm vi của bạn` },
    ];
    const dry = await upload(file, 'so-ho.csv');
    expect(dry.status).toBe(201);
    // 10 households (8 placed in a village of the commune, 2 not), 13 member rows; of the
    // households without errors, I.001 and I.007 are new and I.010 exists.
    expect(dry.body).toEqual({ dryRun: true, imported: false, households: 10, members: 13, created: 2, updated: 1, errors });
    const real = await upload(file, 'so-ho.csv', false);
    expect(real.body).toMatchObject({ dryRun: false, imported: false, errors });
    expect(await householdsCoded('I.')).toEqual([{ code: 'I.010' }]);
  });

  it('creates new households and rewrites registered ones in one go, the head first, after a clean dry run', async () => {
    const existing = await createHousehold(t, { villageCode: '02839-02', code: 'K.003' });
    const file = csv(
      "K.001,02839-02,Sùng A Páo,Đội 1,Vàng Thị Sua,Nữ,30/07/1978,Vợ,H'Mông,",
      "K.001,02839-02,,,Sùng A Páo,Nam,12/03/1975,Chủ hộ,H'Mông,010075001122",
      "K.001,02839-02,,,Sùng A Tủa,Nam,2004-02-29,Con,H'Mông,",
      'K.002,02839-03,,,Lò Thị Hoa,Nữ,1/1/1990,Chủ hộ,Tày,',
      "K.003,02839-02,,Đội 3,Giàng Seo Pao,Nam,12/04/1980,Chủ hộ,H'Mông,",
      "K.003,02839-02,,,Lù Thị Mai,Nữ,02/09/1982,vợ,H'Mông,",
    );
    expect((await upload(file, 'k.csv', true)).body).toEqual({ dryRun: true, imported: false, households: 3, members: 6, created: 2, updated: 1, errors: [] });
    expect(await householdsCoded('K.')).toEqual([{ code: 'K.003' }]);
    expect((await upload(file, 'k.csv', false)).body).toEqual({ dryRun: false, imported: true, households: 3, members: 6, created: 2, updated: 1, errors: [] });

    const [k1] = await t.dataSource.query(`SELECT id, head_name AS "headName", address, village_code AS "villageCode" FROM household WHERE code = 'K.001'`);
    expect(k1).toMatchObject({ headName: 'Sùng A Páo', address: 'Đội 1', villageCode: '02839-02' });
    const members = await t.dataSource.query(
      `SELECT position, full_name AS "fullName", to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", relation_to_head AS relation, id_number AS "idNumber"
         FROM household_member WHERE household_id = $1 ORDER BY position`,
      [k1.id],
    );
    expect(members).toEqual([
      { position: 1, fullName: 'Sùng A Páo', birthDate: '1975-03-12', relation: 'head', idNumber: '010075001122' },
      { position: 2, fullName: 'Vàng Thị Sua', birthDate: '1978-07-30', relation: 'spouse', idNumber: null },
      { position: 3, fullName: 'Sùng A Tủa', birthDate: '2004-02-29', relation: 'child', idNumber: null },
    ]);
    const [k3] = await t.dataSource.query(`SELECT revision, address, (SELECT count(*)::int FROM household_member WHERE household_id = h.id) AS members FROM household h WHERE id = $1`, [existing]);
    expect(k3).toEqual({ revision: 2, address: 'Đội 3', members: 2 });
    const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'household' AND entity_id = ANY($1)`, [[k1.id, existing]]);
    expect(audit).toEqual([{ action: 'import' }, { action: 'import' }]);
    const [history] = await t.dataSource.query(`SELECT from_status AS "from", to_status AS "to" FROM household_status_change WHERE household_id = $1`, [k1.id]);
    expect(history).toEqual({ from: null, to: 'active' });
  });

  it('reads an xlsx sheet with English keys and date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hộ');
    sheet.addRow(['household_code', 'village_code', 'full_name', 'sex', 'birth_date', 'relation_to_head', 'ethnicity']);
    sheet.addRow(['X.001', '02839-04', 'Nông Văn Quý', 'male', new Date(Date.UTC(1985, 4, 6)), 'head', 'Tày']);
    sheet.addRow(['X.001', '02839-04', 'Hà Thị Nga', 'female', '07/08/1987', 'spouse', 'Tày']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload(file, 'ho.xlsx', false)).body).toMatchObject({ imported: true, households: 1, members: 2, created: 1, errors: [] });
    const [head] = await t.dataSource.query(`SELECT to_char(m.birth_date, 'YYYY-MM-DD') AS born FROM household h JOIN household_member m ON m.household_id = h.id AND m.position = 1 WHERE h.code = 'X.001'`);
    expect(head.born).toBe('1985-05-06');
  });

  it('ships an xlsx template with the Vietnamese headers and an example household that passes a dry run', async () => {
    const res = await t.api().get('/api/households/import/template').set(bearer(supervisor)).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('mau-nhap-so-ho.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(HEADER.split(','));
    expect(rows.slice(1).map((row) => row[4])).toEqual(['Giàng Seo Pao', 'Lù Thị Mai', 'Giàng Seo Chứ']);
    // 01.001 of thôn 02839-01 is in the demo registry: the example would rewrite it.
    expect((await upload(res.body as Buffer, 'mau.xlsx')).body).toEqual({ dryRun: true, imported: false, households: 1, members: 3, created: 0, updated: 1, errors: [] });
  });

  it('refuses a file without the required columns, naming them in Vietnamese, and callers who may not write', async () => {
    const res = await upload(Buffer.from('Mã hộ,Mã thôn,Họ tên,Giới tính,Quan hệ\nA,02839-01,B,Nam,Chủ hộ\n'), 'thieu.csv');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'IMPORT_REJECTED', message: 'Cannot read the file: missing column(s): Ngày sinh, Dân tộc' });
    expect((await upload(csv(), 'x.csv', true, await login(t, 'front'))).status).toBe(403);
    expect((await t.api().post('/api/households/import').set(bearer(supervisor))).body.details).toEqual([{ field: 'file', reason: 'is required (multipart field "file")' }]);
  });
});
