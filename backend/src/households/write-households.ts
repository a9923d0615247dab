import type { HouseholdMemberInput } from '@ntm/shared';
import type { EntityManager } from 'typeorm';

/** Runs one statement and resolves with its rows: an EntityManager's `query`, or a pg client's. */
export type Sql = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const sqlOf = (manager: EntityManager): Sql => (sql, params) => manager.query(sql, params);

/** What the registry stores of a household, besides its status. */
export type HouseholdRecord = {
  communeCode: string;
  villageCode: string;
  villagePath: string;
  code: string;
  headName: string;
  address: string | null;
  members: readonly HouseholdMemberInput[];
};

/** Households per statement: the rows travel as arrays (unnest), so the size is not bounded by
 * the 65,535 parameters of one statement, only by memory. */
const CHUNK = 5000;

function chunks<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));
}

/**
 * Inserts households with their members, and their registration (to `active` on `registeredOn`)
 * in the status history. Resolves with the new ids in the order of `households`.
 */
export async function insertHouseholds(sql: Sql, households: readonly HouseholdRecord[], actorId: string, registeredOn: string): Promise<string[]> {
  const ids: string[] = [];
  for (const chunk of chunks(households)) {
    const rows = await sql(
      `INSERT INTO household (commune_code, village_code, village_path, code, head_name, address)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[])
       RETURNING id, commune_code AS "communeCode", code`,
      householdColumns(chunk),
    );
    const idOf = new Map(rows.map((r) => [`${r.communeCode as string}|${r.code as string}`, r.id as string]));
    const chunkIds = chunk.map((h) => idOf.get(`${h.communeCode}|${h.code}`)!);
    await insertMembers(sql, chunkIds, chunk);
    await sql(
      `INSERT INTO household_status_change (household_id, to_status, effective_on, actor_id) SELECT unnest($1::uuid[]), 'active', $2, $3`,
      [chunkIds, registeredOn, actorId],
    );
    ids.push(...chunkIds);
  }
  return ids;
}

/** Rewrites households (village, head, address) and replaces their members as a whole; each
 * revision goes up by one. */
export async function updateHouseholds(sql: Sql, ids: readonly string[], households: readonly HouseholdRecord[]): Promise<void> {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunkIds = ids.slice(start, start + CHUNK);
    const chunk = households.slice(start, start + CHUNK);
    const [, villageCodes, villagePaths, , headNames, addresses] = householdColumns(chunk);
    await sql(
      `UPDATE household h SET village_code = v.village_code, village_path = v.village_path, head_name = v.head_name,
              address = v.address, revision = h.revision + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])
              AS v(id, village_code, village_path, head_name, address)
        WHERE h.id = v.id`,
      [chunkIds, villageCodes, villagePaths, headNames, addresses],
    );
    await sql(`DELETE FROM household_member WHERE household_id = ANY($1::uuid[])`, [chunkIds]);
    await insertMembers(sql, chunkIds, chunk);
  }
}

function householdColumns(households: readonly HouseholdRecord[]): unknown[][] {
  return [
    households.map((h) => h.communeCode),
    households.map((h) => h.villageCode),
    households.map((h) => h.villagePath),
    households.map((h) => h.code),
    households.map((h) => h.headName),
    households.map((h) => h.address),
  ];
}

/** Members keep the order of the list: position 1 is the head. */
async function insertMembers(sql: Sql, ids: readonly string[], households: readonly HouseholdRecord[]): Promise<void> {
  const rows = households.flatMap((h, i) => h.members.map((m, p) => ({ ...m, householdId: ids[i]!, position: p + 1 })));
  await sql(
    `INSERT INTO household_member (household_id, position, full_name, sex, birth_date, relation_to_head, ethnicity, id_number)
     SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::varchar[], $4::varchar[], $5::date[], $6::varchar[], $7::varchar[], $8::varchar[])`,
    [
      rows.map((r) => r.householdId),
      rows.map((r) => r.position),
      rows.map((r) => r.fullName),
      rows.map((r) => r.sex),
      rows.map((r) => r.birthDate),
      rows.map((r) => r.relationToHead),
      rows.map((r) => r.ethnicity),
      rows.map((r) => r.idNumber ?? null),
    ],
  );
}
