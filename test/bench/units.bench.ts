import type { Pool } from 'pg';
import { type SpawnedApp, spawnApp } from '../support/spawned-app';
import { measure, report } from './measure';

const COMMUNES = 100;
const VILLAGES_PER_COMMUNE = 100;

describe('subtree of 10,000 villages', () => {
  let served: SpawnedApp;
  let token: string;
  beforeAll(async () => {
    served = await spawnApp();
    await addProvinceWithVillages(served.db);
    const login = await fetch(`${served.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;
  });
  afterAll(() => served.close());

  const get = async (path: string) => {
    const res = await fetch(`${served.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return res.json() as Promise<{ total: number }>;
  };

  it('pages through the villages of a 10,000-village subtree', async () => {
    const first = await get('/api/units/15/descendants?type=village&pageSize=200');
    expect(first.total).toBeGreaterThanOrEqual(COMMUNES * VILLAGES_PER_COMMUNE);
    const subtreePage = (i: number) => get(`/api/units/15/descendants?type=village&pageSize=200&page=${1 + (i % 50)}`);
    report('subtree page, 1 client (type=village, 200 rows + total)', await measure(200, 1, subtreePage));
    report('subtree page, 4 clients', await measure(200, 4, subtreePage));
    report('children of a xã', await measure(500, 4, async (i) => {
      await get(`/api/units/B${String(i % COMMUNES).padStart(3, '0')}/children?pageSize=200`);
    }));
    report('search "ban" in the province', await measure(200, 4, async () => {
      await get('/api/units?q=ban&pageSize=50');
    }));
  });
});

/** 100 generated xã under Lào Cai with 100 villages each, inserted in bulk with SQL. */
async function addProvinceWithVillages(db: Pool): Promise<void> {
  await db.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name, is_rural)
     SELECT 'B' || lpad(c::text, 3, '0'), 'Bench ' || c, 'Xã Bench ' || c, 'commune', '15', '/VN/15/B' || lpad(c::text, 3, '0') || '/', 2, 'bench ' || c, true
       FROM generate_series(0, $1 - 1) c`,
    [COMMUNES],
  );
  await db.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name, is_rural)
     SELECT p.code || '-' || v, 'Bản ' || v, 'Bản ' || v, 'village', p.code, p.path || p.code || '-' || v || '/', 3, 'ban ' || v, true
       FROM administrative_unit p CROSS JOIN generate_series(1, $1) v WHERE p.code LIKE 'B%' AND p.type = 'commune'`,
    [VILLAGES_PER_COMMUNE],
  );
  await db.query('ANALYZE administrative_unit');
}
