import { randomUUID } from 'node:crypto';
import { buildMember, createHousehold, neighbourCommune } from './support/survey-fixtures';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

const VILLAGE = '02839-90';
const HEAD = buildMember({ fullName: 'Sùng A Dình', birthDate: '1979-06-02', idNumber: '010079004455' });
const SPOUSE = buildMember({ fullName: 'Giàng Thị Mỷ', sex: 'female', birthDate: '1983-01-20', relationToHead: 'spouse' });
const CHILD = buildMember({ fullName: 'Sùng A Chứ', birthDate: '2010-09-09', relationToHead: 'child' });

describe('the household registry', () => {
  let t: TestApp;
  let tokens: Record<'admin' | 'supervisor' | 'enumerator' | 'front' | 'steering', string>;
  let codes = 0;
  const api = (who: keyof typeof tokens) => ({
    get: (path: string) => t.api().get(`/api/households${path}`).set(bearer(tokens[who])),
    post: (path: string, body: object) => t.api().post(`/api/households${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.api().patch(`/api/households${path}`).set(bearer(tokens[who])).send(body),
  });
  const household = (overrides: object = {}) => ({ villageCode: VILLAGE, code: `90.${String(++codes).padStart(3, '0')}`, address: 'Thôn Thử', members: [HEAD, SPOUSE, CHILD], ...overrides });
  const created = async (overrides: object = {}) => {
    const res = await api('supervisor').post('', household(overrides));
    expect(res.status).toBe(201);
    return res.body as { id: string; code: string; revision: number };
  };
  const detailsOf = async (body: object) => {
    const res = await api('supervisor').post('', household(body));
    expect(res.status).toBe(400);
    return res.body.details as { field: string; reason: string }[];
  };

  const addVillage = async (code: string, name: string) => {
    await t.dataSource.query(
      `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name) VALUES ($1, $2, $2, 'village', '02839', $3, 3, $2)`,
      [code, name, `/VN/15/02839/${code}/`],
    );
    return code;
  };

  beforeAll(async () => {
    t = await startTestApp('demo');
    await addVillage(VILLAGE, 'Thôn Thử');
    const names = ['admin', 'supervisor', 'enumerator', 'front', 'steering'] as const;
    const signed = await Promise.all(names.map((u) => login(t, u)));
    tokens = Object.fromEntries(names.map((u, i) => [u, signed[i]])) as typeof tokens;
  });
  afterAll(() => t.close());

  it('registers a household with its members in book order, its registration in the history and an audit entry', async () => {
    const res = await api('supervisor').post('', household({ code: '90.500' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: '90.500', headName: 'Sùng A Dình', address: 'Thôn Thử', status: 'active', revision: 1, memberCount: 3, communeCode: '02839',
      village: { code: VILLAGE, name: 'Thôn Thử', type: 'village' }, mergedInto: null,
    });
    expect(res.body.members.map((m: { position: number; fullName: string; relationToHead: string; birthDate: string; idNumber: string | null }) => [m.position, m.fullName, m.relationToHead, m.birthDate, m.idNumber])).toEqual([
      [1, 'Sùng A Dình', 'head', '1979-06-02', '010079004455'],
      [2, 'Giàng Thị Mỷ', 'spouse', '1983-01-20', null],
      [3, 'Sùng A Chứ', 'child', '2010-09-09', null],
    ]);
    expect(res.body.history).toMatchObject([{ fromStatus: null, toStatus: 'active', reason: null, actor: { username: 'supervisor' } }]);
    const audit = await t.dataSource.query(`SELECT action, to_status AS "toStatus" FROM audit_entry WHERE entity_type = 'household' AND entity_id = $1`, [res.body.id]);
    expect(audit).toEqual([{ action: 'create', toStatus: 'active' }]);
  });

  it('answers 400 with the field and a Vietnamese reason for each problem', async () => {
    expect(await detailsOf({ members: [] })).toEqual([{ field: 'members', reason: 'Hộ phải có ít nhất một thành viên' }]);
    expect(await detailsOf({ members: [SPOUSE, HEAD, { ...CHILD, relationToHead: 'head' }] })).toEqual([
      { field: 'members.0.relationToHead', reason: 'Thành viên thứ nhất phải là chủ hộ' },
      { field: 'members.2.relationToHead', reason: 'Hộ chỉ có một chủ hộ' },
    ]);
    expect(await detailsOf({ members: [HEAD, { ...CHILD, birthDate: '2099-01-01' }, { ...SPOUSE, idNumber: '12345' }] })).toEqual([
      { field: 'members.1.birthDate', reason: 'Ngày sinh không được sau ngày hôm nay' },
      { field: 'members.2.idNumber', reason: 'Số định danh phải gồm 9 hoặc 12 chữ số' },
    ]);
    expect(await detailsOf({ members: [HEAD, { ...SPOUSE, sex: 'nu', relationToHead: 'wife' }] })).toEqual([
      { field: 'members.1.sex', reason: 'Phải là male (Nam) hoặc female (Nữ)' },
      { field: 'members.1.relationToHead', reason: 'Phải là một trong: head, spouse, child, parent, grandchild, sibling, child_in_law, other' },
    ]);
    expect(await detailsOf({ headName: 'Giàng Thị Mỷ' })).toEqual([{ field: 'headName', reason: 'Phải trùng họ tên của thành viên là chủ hộ' }]);
    expect(await detailsOf({ code: 'hộ 1' })).toEqual([{ field: 'code', reason: 'Gồm 1–32 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới' }]);
    expect(await detailsOf({ villageCode: '02839-99' })).toEqual([{ field: 'villageCode', reason: 'Không có thôn mã "02839-99"' }]);
    expect(await detailsOf({ villageCode: '02839' })).toEqual([{ field: 'villageCode', reason: '"02839" không phải là mã của một thôn' }]);
    const outside = await api('supervisor').post('', household({ villageCode: (await neighbourCommune(t)).village }));
    expect(outside.status).toBe(403);
  });

  it('refuses a code already used in the commune with 409, and takes it in another commune', async () => {
    await created({ code: '90.600' });
    const again = await api('supervisor').post('', household({ code: '90.600', villageCode: '02839-03' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', details: [{ field: 'code', reason: 'Đã có hộ khác mang mã này trong xã' }] });
    const elsewhere = await api('admin').post('', household({ code: '90.600', villageCode: (await neighbourCommune(t)).village }));
    expect(elsewhere.status).toBe(201);
  });

  it('edits head, address and members against the revision read, and refuses a stale revision with the current household', async () => {
    const { id } = await created();
    const edited = await api('supervisor').patch(`/${id}`, { revision: 1, address: 'Đội 2, Thôn Thử', members: [HEAD, CHILD] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ revision: 2, address: 'Đội 2, Thôn Thử', memberCount: 2 });
    expect(edited.body.members.map((m: { fullName: string }) => m.fullName)).toEqual(['Sùng A Dình', 'Sùng A Chứ']);
    const stale = await api('supervisor').patch(`/${id}`, { revision: 1, address: 'Khác' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CONFLICT', current: { revision: 2, address: 'Đội 2, Thôn Thử' } });
    const renamed = await api('supervisor').patch(`/${id}`, { revision: 2, headName: 'Sùng Seo Dình', villageCode: '02839-04' });
    expect(renamed.body).toMatchObject({ revision: 3, headName: 'Sùng Seo Dình', village: { code: '02839-04' } });
    expect(renamed.body.members[0]).toMatchObject({ position: 1, fullName: 'Sùng Seo Dình', relationToHead: 'head' });
    const [update] = await t.dataSource.query(`SELECT previous_answers AS previous FROM audit_entry WHERE entity_id = $1 AND action = 'update' ORDER BY id LIMIT 1`, [id]);
    expect(update.previous).toMatchObject({ address: 'Thôn Thử', villageCode: VILLAGE, members: [{ fullName: 'Sùng A Dình' }, { fullName: 'Giàng Thị Mỷ' }, { fullName: 'Sùng A Chứ' }] });
    const away = await api('admin').patch(`/${id}`, { revision: 3, villageCode: (await neighbourCommune(t)).village });
    expect(away.body.details).toEqual([{ field: 'villageCode', reason: 'Chỉ chuyển được sang thôn khác trong cùng xã' }]);
  });

  it('records a move and a return in the history, and refuses moves the lifecycle does not allow', async () => {
    const { id } = await created();
    const status = (body: object) => api('supervisor').post(`/${id}/status`, body);
    const moved = await status({ status: 'moved', effectiveOn: '2025-10-01', reason: 'Chuyển vào Bình Dương làm công nhân' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'moved', revision: 2 });
    expect((await status({ status: 'dissolved', effectiveOn: '2025-10-02', reason: 'x' })).body).toMatchObject({ code: 'INVALID_TRANSITION', message: 'Không thể chuyển hộ từ "Đã chuyển đi" sang "Đã giải thể"' });
    expect((await status({ status: 'active', effectiveOn: '2025-09-30', reason: 'Quay về' })).body.details).toEqual([{ field: 'effectiveOn', reason: 'Không được trước ngày của lần thay đổi trước (2025-10-01)' }]);
    expect((await status({ status: 'active', effectiveOn: '2099-01-01', reason: 'Quay về' })).body.details).toEqual([{ field: 'effectiveOn', reason: 'Ngày hiệu lực không được sau ngày hôm nay' }]);
    expect((await status({ status: 'active', effectiveOn: '2025-12-01', reason: 'Quay về thôn', revision: 1 })).status).toBe(409);
    const back = await status({ status: 'active', effectiveOn: '2025-12-01', reason: 'Quay về thôn' });
    expect(back.body.history.map((h: { fromStatus: string | null; toStatus: string; effectiveOn: string; reason: string | null }) => [h.fromStatus, h.toStatus, h.effectiveOn, h.reason])).toEqual([
      [null, 'active', expect.any(String), null],
      ['active', 'moved', '2025-10-01', 'Chuyển vào Bình Dương làm công nhân'],
      ['moved', 'active', '2025-12-01', 'Quay về thôn'],
    ]);
    const audit = await t.dataSource.query(`SELECT action, from_status AS "from", to_status AS "to", comment FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string; from: string; to: string }) => `${a.action} ${a.from} → ${a.to}`)).toEqual(['create null → active', 'status active → moved', 'status moved → active']);
  });

  it('merges a household only into another active household of the same commune', async () => {
    const [{ id }, { id: into }, { id: gone }] = [await created(), await created(), await created()];
    const other = await createHousehold(t, { villageCode: (await neighbourCommune(t)).village });
    await api('supervisor').post(`/${gone}/status`, { status: 'dissolved', effectiveOn: '2025-06-01', reason: 'Không còn ai' }).expect(200);
    const merge = (mergedIntoId: string | undefined) => api('admin').post(`/${id}/status`, { status: 'merged', effectiveOn: '2025-11-01', reason: 'Về ở với bố mẹ', mergedIntoId });
    expect((await merge(undefined)).body.details).toEqual([{ field: 'mergedIntoId', reason: 'Bắt buộc khi nhập vào hộ khác' }]);
    expect((await merge(id)).body.details).toEqual([{ field: 'mergedIntoId', reason: 'Không thể nhập hộ vào chính nó' }]);
    for (const target of [other, gone, randomUUID()]) expect((await merge(target)).body.details).toEqual([{ field: 'mergedIntoId', reason: 'Phải là một hộ khác đang cư trú trong cùng xã' }]);
    const merged = await merge(into);
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: { id: into, headName: 'Sùng A Dình' } });
    expect(merged.body.history[1]).toMatchObject({ toStatus: 'merged', mergedInto: { id: into } });
    const moved = await api('supervisor').post(`/${into}/status`, { status: 'moved', effectiveOn: '2025-11-02', reason: 'x', mergedIntoId: id });
    expect(moved.body.details).toEqual([{ field: 'mergedIntoId', reason: 'Chỉ dùng khi nhập vào hộ khác' }]);
  });

  it("lists households under a unit with member counts, by status, code or head's name without accents, a page at a time", async () => {
    const village = await addVillage('02839-92', 'Thôn Tìm');
    await created({ villageCode: village, code: '92.001' });
    await created({ villageCode: village, code: '92.002', members: [buildMember({ fullName: 'ĐỖ THỊ DUNG', sex: 'female' })] });
    const { id } = await created({ villageCode: village, code: '92.003', members: [buildMember({ fullName: 'Vàng Seo Lử' }), SPOUSE] });
    await api('supervisor').post(`/${id}/status`, { status: 'moved', effectiveOn: '2025-05-05', reason: 'Đi làm ăn xa' }).expect(200);
    const codes = async (query: string) => (await api('supervisor').get(`?unit=${village}&${query}`)).body.items.map((h: { code: string }) => h.code);

    const first = await api('supervisor').get(`?unit=${village}&pageSize=2&page=1`);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items.map((h: { code: string; headName: string; memberCount: number; status: string }) => [h.code, h.headName, h.memberCount, h.status])).toEqual([
      ['92.001', 'Sùng A Dình', 3, 'active'],
      ['92.002', 'ĐỖ THỊ DUNG', 1, 'active'],
    ]);
    expect(await codes('pageSize=2&page=2')).toEqual(['92.003']);
    expect(await codes('status=active')).toEqual(['92.001', '92.002']);
    expect(await codes('status=moved')).toEqual(['92.003']);
    expect(await codes('q=92.00')).toEqual(['92.001', '92.002', '92.003']);
    expect(await codes('q=do%20thi')).toEqual(['92.002']);
    expect(await codes('q=VANG%20seo')).toEqual(['92.003']);
    const province = await api('supervisor').get('?unit=15&pageSize=1');
    const [{ commune }] = await t.dataSource.query(`SELECT count(*)::int AS commune FROM household WHERE commune_code = '02839'`);
    expect(province.body.total).toBe(commune);
    expect((await api('supervisor').get(`?unit=${(await neighbourCommune(t)).commune}`)).status).toBe(403);
  });

  it("keeps a household of another commune from a supervisor (403), and reads one in scope for steering and front, who may not write", async () => {
    const other = await createHousehold(t, { villageCode: (await neighbourCommune(t)).village });
    expect((await api('supervisor').get(`/${other}`)).status).toBe(403);
    expect((await api('supervisor').get(`/${randomUUID()}`)).status).toBe(404);
    expect((await api('admin').get(`/${other}`)).status).toBe(200);
    const { id } = await created();
    expect((await api('steering').get(`/${id}`)).body.members).toHaveLength(3);
    expect((await api('front').get(`/${id}`)).body.members).toHaveLength(3);
    expect((await api('front').post('', household())).status).toBe(403);
    expect((await api('steering').patch(`/${id}`, { revision: 1, address: 'x' })).status).toBe(403);
    expect((await api('enumerator').post(`/${id}/status`, { status: 'moved', effectiveOn: '2025-01-01', reason: 'x' })).status).toBe(403);
  });

  it('shows an enumerator only the households of villages assigned in an open household campaign', async () => {
    const [{ assigned }] = await t.dataSource.query(`SELECT count(*)::int AS assigned FROM household WHERE village_code = '02839-01'`);
    const mine = await api('enumerator').get('?pageSize=1');
    expect(mine.body.total).toBe(assigned);
    expect(mine.body.items[0].village.code).toBe('02839-01');
    const [{ id: elsewhere }] = await t.dataSource.query(`SELECT id FROM household WHERE village_code = '02839-02' LIMIT 1`);
    expect((await api('enumerator').get(`/${elsewhere}`)).status).toBe(403);
    const [{ id: own }] = await t.dataSource.query(`SELECT id FROM household WHERE village_code = '02839-01' ORDER BY code LIMIT 1`);
    expect((await api('enumerator').get(`/${own}`)).body.members.length).toBeGreaterThan(0);
    await t.dataSource.query(`UPDATE campaign SET status = 'closed'`);
    expect((await api('enumerator').get('')).body.total).toBe(0);
    expect((await api('enumerator').get(`/${own}`)).status).toBe(403);
    await t.dataSource.query(`UPDATE campaign SET status = 'open'`);
  });

  it('streams the names of a unit with Vietnamese headers and logs every download for admins', async () => {
    const village = await addVillage('02839-91', 'Thôn Xuất');
    await created({ villageCode: village, code: '91.001' });
    await created({ villageCode: village, code: '91.002', members: [buildMember({ fullName: 'Lò Thị Dung', sex: 'female', relationToHead: 'head', birthDate: '1990-02-03', ethnicity: 'Tày' })] });
    const csv = await api('supervisor').get(`/export?unit=${village}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toContain('so-ho-02839-91.csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines).toEqual([
      'Mã hộ,Mã thôn,Chủ hộ,Địa chỉ,Họ tên,Giới tính,Ngày sinh,Quan hệ với chủ hộ,Dân tộc,Số định danh,Trạng thái',
      "91.001,02839-91,Sùng A Dình,Thôn Thử,Sùng A Dình,Nam,02/06/1979,Chủ hộ,H'Mông,010079004455,Đang cư trú",
      "91.001,02839-91,Sùng A Dình,Thôn Thử,Giàng Thị Mỷ,Nữ,20/01/1983,Vợ/chồng,H'Mông,,Đang cư trú",
      "91.001,02839-91,Sùng A Dình,Thôn Thử,Sùng A Chứ,Nam,09/09/2010,Con,H'Mông,,Đang cư trú",
      '91.002,02839-91,Lò Thị Dung,Thôn Thử,Lò Thị Dung,Nữ,03/02/1990,Chủ hộ,Tày,,Đang cư trú',
    ]);
    expect((await api('front').get(`/export?unit=${village}&format=xlsx&status=moved`)).status).toBe(200);
    expect((await api('enumerator').get(`/export?unit=${village}&format=csv`)).status).toBe(403);
    const log = await api('admin').get('/exports?pageSize=2');
    expect(log.body.items.map((e: { actor: { username: string }; unit: { code: string }; statusFilter: string | null; format: string; rowCount: number; dataset: string }) => [e.actor.username, e.unit.code, e.statusFilter, e.format, e.rowCount, e.dataset])).toEqual([
      ['front', village, 'moved', 'xlsx', 0, 'household_members'],
      ['supervisor', village, null, 'csv', 4, 'household_members'],
    ]);
    expect((await api('supervisor').get('/exports')).status).toBe(403);
  });
});
