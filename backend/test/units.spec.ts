import { bearer, buildAccount, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

describe('administrative units', () => {
  let t: TestApp;
  let admin: string;
  let enumerator: string;
  let other: { province: string; commune: string; village: string };
  beforeAll(async () => {
    t = await startTestApp('demo');
    other = await buildOtherProvince(t);
    [admin, enumerator] = await Promise.all([login(t, 'admin'), login(t, 'enumerator')]);
  });
  afterAll(() => t.close());

  it("lists Lào Cai's 99 commune-level units, 89 xã and 10 phường, paginated", async () => {
    const page1 = await t.api().get('/api/units/15/children?pageSize=200').set(bearer(admin));
    expect(page1.status).toBe(200);
    expect(page1.body.total).toBe(99);
    const types = page1.body.items.map((u: { type: string }) => u.type);
    expect(types.filter((x: string) => x === 'commune')).toHaveLength(89);
    expect(types.filter((x: string) => x === 'ward')).toHaveLength(10);
    const page2 = await t.api().get('/api/units/15/children?page=2&pageSize=50').set(bearer(admin));
    expect(page2.body.items).toHaveLength(49);
    expect(page2.body.items[0].code).toBe(page1.body.items[50].code);
  });

  it('gives each xã of the demo 5 to 15 villages and the xã its region and rural flag', async () => {
    const res = await t.api().get('/api/units/02839').set(bearer(admin));
    expect(res.body).toMatchObject({ name: 'Bắc Hà', type: 'commune', ntmRegion: 'TDMNPB', isRural: true });
    expect(res.body.childCount).toBeGreaterThanOrEqual(5);
    expect(res.body.childCount).toBeLessThanOrEqual(15);
    expect(res.body.ancestors).toEqual([
      { code: 'VN', name: 'Việt Nam', type: 'country' },
      { code: '15', name: 'Lào Cai', type: 'province' },
    ]);
    const [{ min, max }] = await t.dataSource.query(
      `SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(*) AS n FROM administrative_unit v
         JOIN administrative_unit c ON c.code = v.parent_code WHERE c.type = 'commune' AND c.parent_code = '15' GROUP BY c.code) s`,
    );
    expect(min).toBeGreaterThanOrEqual(5);
    expect(max).toBeLessThanOrEqual(15);
  });

  it('finds "Lào Cai" when searched without diacritics, within scope only', async () => {
    const res = await t.api().get('/api/units?q=lao%20cai').set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.items.map((u: { code: string }) => u.code)).toEqual(['15', '02647']);
    const lai = await t.api().get('/api/units?q=lai%20chau').set(bearer(admin));
    expect(lai.body.total).toBe(0);
  });

  it('finds by code prefix and filters by type', async () => {
    const res = await t.api().get('/api/units?q=02839&type=village').set(bearer(admin));
    expect(res.body.total).toBeGreaterThanOrEqual(5);
    expect(res.body.items.every((u: { parentCode: string }) => u.parentCode === '02839')).toBe(true);
  });

  it('lists the whole subtree of a province by type', async () => {
    const res = await t.api().get('/api/units/15/descendants?type=village&pageSize=1').set(bearer(admin));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM administrative_unit WHERE type = 'village' AND path LIKE '/VN/15/%'`);
    expect(res.body.total).toBe(n);
    expect(n).toBeGreaterThanOrEqual(89 * 5);
  });

  it("gives an enumerator of Bắc Hà its own villages but 403 for another xã's village", async () => {
    const own = await t.api().get('/api/units/02839-01').set(bearer(enumerator));
    expect(own.status).toBe(200);
    const otherVillage = await t.api().get('/api/units/02680-01').set(bearer(enumerator));
    expect(otherVillage.status).toBe(403);
    expect(otherVillage.body.code).toBe('OUT_OF_SCOPE');
    const province = await t.api().get('/api/units/15/children').set(bearer(enumerator));
    expect(province.status).toBe(403);
  });

  it('keeps a province admin out of another province for reads and writes', async () => {
    expect((await t.api().get(`/api/units/${other.village}`).set(bearer(admin))).status).toBe(403);
    const patch = await t.api().patch(`/api/units/${other.commune}`).set(bearer(admin)).send({ name: 'Hacked' });
    expect(patch.status).toBe(403);
    const create = await t.api().post('/api/units').set(bearer(admin)).send({ code: '03430-99', name: 'Bản X', type: 'village', parentCode: other.commune });
    expect(create.status).toBe(403);
    expect(create.body.details).toEqual([{ field: 'parentCode', reason: 'is outside your scope' }]);
    const [{ name }] = await t.dataSource.query(`SELECT name FROM administrative_unit WHERE code = $1`, [other.commune]);
    expect(name).toBe('Sìn Hồ');
  });

  it('answers 404 for a unit that does not exist', async () => {
    const res = await t.api().get('/api/units/99999').set(bearer(admin));
    expect(res.status).toBe(404);
  });

  it('lets an admin add a village that inherits region and rural flag, once', async () => {
    const body = { code: '02839-90', name: 'Thôn Na Hối Mới', type: 'village', parentCode: '02839' };
    const res = await t.api().post('/api/units').set(bearer(admin)).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: '02839-90', fullName: 'Thôn Na Hối Mới', ntmRegion: 'TDMNPB', isRural: true, childCount: 0 });
    const again = await t.api().post('/api/units').set(bearer(admin)).send(body);
    expect(again.status).toBe(409);
    expect(again.body.details).toEqual([{ field: 'code', reason: 'is already used by another unit' }]);
    const found = await t.api().get('/api/units?q=na%20hoi%20moi').set(bearer(admin));
    expect(found.body.items.map((u: { code: string }) => u.code)).toEqual(['02839-90']);
  });

  it('refuses a village under a province and unit writes by non-admins', async () => {
    const wrongType = await t.api().post('/api/units').set(bearer(admin)).send({ code: '15-77', name: 'Thôn Lạc', type: 'village', parentCode: '15' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.details).toEqual([{ field: 'type', reason: 'a village cannot be placed under a province' }]);
    const byEnumerator = await t.api().post('/api/units').set(bearer(enumerator)).send({ code: '02839-91', name: 'Thôn A', type: 'village', parentCode: '02839' });
    expect(byEnumerator.status).toBe(403);
  });

  it('edits commune attributes and re-indexes the name for search', async () => {
    const res = await t.api().patch('/api/units/02842').set(bearer(admin)).send({ communeGroup: 3, particularlyDifficult: true, name: 'Tả Củ Tỷ Mới' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ communeGroup: 3, particularlyDifficult: true, name: 'Tả Củ Tỷ Mới' });
    const found = await t.api().get('/api/units?q=ta%20cu%20ty%20moi').set(bearer(admin));
    expect(found.body.total).toBe(1);
  });

  it.each([
    ['a commune group of 4', { communeGroup: 4 }, 'communeGroup'],
    ['an unknown region', { ntmRegion: 'XYZ' }, 'ntmRegion'],
    ['a malformed date', { effectiveFrom: '2025-13-01' }, 'effectiveFrom'],
    ['an unknown field', { population: 5 }, 'population'],
    ['a mistyped flag', { particularlyDifficult: 'yes' }, 'particularlyDifficult'],
  ])('answers a patch with %s with 400 naming the field, changing nothing', async (_, body, field) => {
    const [before] = await t.dataSource.query(`SELECT commune_group, ntm_region FROM administrative_unit WHERE code = '02848'`);
    const res = await t.api().patch('/api/units/02848').set(bearer(admin)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
    const [row] = await t.dataSource.query(`SELECT commune_group, ntm_region FROM administrative_unit WHERE code = '02848'`);
    expect(row).toEqual(before); // the demo gives xã their commune group
    expect(row.ntm_region).toBe('TDMNPB');
  });

  it.each([
    ['pageSize=201', 'pageSize'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['type=city', 'type'],
    [`q=${'a'.repeat(101)}`, 'q'],
    ['unknown=1', 'unknown'],
  ])('answers a listing with %s with 400', async (query, field) => {
    const res = await t.api().get(`/api/units/15/children?${query}`).set(bearer(admin));
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe(field);
  });

  it('treats "_" in a code literally when filtering by scope', async () => {
    await t.dataSource.query(
      `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name) VALUES
        ('X_1', 'Xã Gạch', 'Xã Gạch', 'commune', '15', '/VN/15/X_1/', 2, 'xa gach'),
        ('XA1', 'Xã Chữ', 'Xã Chữ', 'commune', '15', '/VN/15/XA1/', 2, 'xa chu'),
        ('XA1-01', 'Bản Lân Cận', 'Bản Lân Cận', 'village', 'XA1', '/VN/15/XA1/XA1-01/', 3, 'ban lan can')`,
    );
    const { username } = await buildAccount(t, { unitCode: 'X_1', role: 'admin' });
    const token = await login(t, username);
    expect((await t.api().get('/api/units?q=lan%20can').set(bearer(token))).body.total).toBe(0);
    expect((await t.api().get('/api/accounts?q=' + username).set(bearer(token))).body.total).toBe(1);
    expect((await t.api().get('/api/units/X_1/descendants').set(bearer(token))).body.total).toBe(0);
  });

  it('refuses an account bound to a village from reading its xã', async () => {
    const { username } = await buildAccount(t, { unitCode: '02839-01' });
    const token = await login(t, username);
    expect((await t.api().get('/api/units/02839').set(bearer(token))).status).toBe(403);
  });
});
