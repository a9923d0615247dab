import type { HouseholdStatus, PovertyClass } from '@ntm/shared';
import type { TestApp } from './test-app';

/**
 * Every direct insert the indicator tests need: units, registry households (the registry's API is
 * another branch) and recognitions (the review procedure's). Assessments are not inserted: the
 * server makes them from the review forms submitted through the API.
 */

/** A new xã under the demo province with `villages` villages ("<code>-01"…), none with households. */
export async function buildCommune(t: TestApp, code: string, villages: number): Promise<string[]> {
  const villageCodes = Array.from({ length: villages }, (_, i) => `${code}-${String(i + 1).padStart(2, '0')}`);
  await t.dataSource.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name)
     SELECT $1::varchar, 'Xã thử ' || $1, 'Xã thử ' || $1, 'commune', '15', '/VN/15/' || $1 || '/', 2, 'xa thu ' || $1
     UNION ALL
     SELECT v, 'Thôn ' || v, 'Thôn ' || v, 'village', $1::varchar, '/VN/15/' || $1 || '/' || v || '/', 3, 'thon ' || v FROM unnest($2::varchar[]) v`,
    [code, villageCodes],
  );
  return villageCodes;
}

/** `count` households of the registry in a village; returns their ids in order. */
export async function buildHouseholds(t: TestApp, villageCode: string, count: number, status: HouseholdStatus = 'active'): Promise<string[]> {
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO household (commune_code, village_code, village_path, code, head_name, status)
     SELECT u.parent_code, u.code, u.path, u.code || '-' || (n + i), 'Chủ hộ ' || (n + i), $3
       FROM administrative_unit u CROSS JOIN generate_series(1, $2) i
      CROSS JOIN (SELECT count(*) AS n FROM household WHERE village_code = $1) existing
      WHERE u.code = $1
     RETURNING id`,
    [villageCode, count, status],
  );
  return rows.map((r) => r.id);
}

/** The household's recognised class for the campaign's year, with its movement. */
export async function insertRecognition(t: TestApp, campaignId: string, householdId: string, povertyClass: PovertyClass, movement: string): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO household_recognition (household_id, year, campaign_id, village_code, unit_path, poverty_class, movement, source, recognised_on)
     SELECT h.id, c.year, c.id, h.village_code, h.village_path, $3, $4, 'campaign', make_date(c.year, 12, 14)
       FROM household h, campaign c WHERE h.id = $1 AND c.id = $2`,
    [householdId, campaignId, povertyClass, movement],
  );
}
