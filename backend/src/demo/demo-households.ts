import type { EntityManager } from 'typeorm';
import { insertHouseholds, sqlOf } from '../households/write-households';
import { type GeneratedHousehold, type GeneratorVillage, generateHouseholds } from './household-generator';

/** When the demo registry was entered (before the moves and mergers of the reference year). */
export const DEMO_REGISTERED_ON = '2024-09-01';

/** 60–250 households in each village of the demo commune, a few of them moved, merged or
 * dissolved during 2025 with their history, recorded by the demo admin. */
export async function seedDemoHouseholds(manager: EntityManager, communeCode: string): Promise<void> {
  const villages: GeneratorVillage[] = await manager.query(
    `SELECT code, path, name, parent_code AS "communeCode" FROM administrative_unit WHERE parent_code = $1 AND type = 'village' ORDER BY code`,
    [communeCode],
  );
  const [admin]: { id: string }[] = await manager.query(`SELECT id FROM account WHERE username = 'admin'`);
  const households = generateHouseholds(villages, { fates: true });
  const ids = await insertHouseholds(sqlOf(manager), households, admin!.id, DEMO_REGISTERED_ON);
  await recordFates(manager, households, ids, admin!.id);
}

async function recordFates(manager: EntityManager, households: GeneratedHousehold[], ids: string[], actorId: string): Promise<void> {
  const fated = households.flatMap((h, i) => (h.fate ? [{ id: ids[i]!, ...h.fate, mergedIntoId: h.fate.mergedIntoIndex === undefined ? null : ids[h.fate.mergedIntoIndex]! }] : []));
  const columns = [fated.map((f) => f.id), fated.map((f) => f.status), fated.map((f) => f.mergedIntoId)];
  await manager.query(
    `UPDATE household h SET status = f.status, merged_into_id = f.merged_into_id, revision = h.revision + 1
       FROM unnest($1::uuid[], $2::varchar[], $3::uuid[]) AS f(id, status, merged_into_id) WHERE h.id = f.id`,
    columns,
  );
  await manager.query(
    `INSERT INTO household_status_change (household_id, from_status, to_status, merged_into_id, effective_on, reason, actor_id)
     SELECT f.id, 'active', f.status, f.merged_into_id, f.effective_on, f.reason, $6
       FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::date[], $5::text[]) AS f(id, status, merged_into_id, effective_on, reason)`,
    [...columns, fated.map((f) => f.effectiveOn), fated.map((f) => f.reason), actorId],
  );
}
