import { readUnitFile } from './read-unit-file';

describe('readUnitFile', () => {
  it('reads a CRLF CSV with a byte-order mark and numbers rows as a spreadsheet does', async () => {
    const rows = await readUnitFile('u.csv', Buffer.from('\uFEFFcode,name,type,parent_code\r\n15,Lào Cai,province,\r\n\r\n02839,Bắc Hà,commune,15\r\n'));
    expect(rows).toEqual([
      { row: 2, cells: { code: '15', name: 'Lào Cai', type: 'province', parent_code: '' } },
      { row: 3, cells: { code: '02839', name: 'Bắc Hà', type: 'commune', parent_code: '15' } },
    ]);
  });

  it('accepts semicolons and camelCase or spaced headers', async () => {
    const rows = await readUnitFile('u.csv', Buffer.from('Code;Name;Type;Parent Code;fullName\n15;Lào Cai;province;;Tỉnh Lào Cai\n'));
    expect(rows[0]!.cells).toEqual({ code: '15', name: 'Lào Cai', type: 'province', parent_code: '', full_name: 'Tỉnh Lào Cai' });
  });

  it('refuses a file missing a required column', async () => {
    await expect(readUnitFile('u.csv', Buffer.from('code,name\n1,a\n'))).rejects.toMatchObject({ code: 'IMPORT_REJECTED', message: 'Cannot read the file: missing column(s): type, parent_code' });
  });
});
