import { foldDiacritics, headNameOf, type HouseholdImportRowError, type HouseholdMemberInput, isWithinScope, memberProblems } from '@ntm/shared';
import type { HouseholdRecord } from '../write-households';
import { LABEL_OF } from './household-file';
import type { HouseholdImportRow } from './household-import-row';

export type KnownVillage = { code: string; type: string; path: string; communeCode: string | null };

/** A household of the file, ready to write; `existingId` when the commune already has its code. */
export type PlannedHousehold = HouseholdRecord & { existingId: string | null };

/** `households` are those without errors; `counted` is every household the file names. */
export type HouseholdImportPlan = { households: PlannedHousehold[]; errors: HouseholdImportRowError[]; counted: number };

type Group = { village: KnownVillage; rows: HouseholdImportRow[] };

const MEMBER_FIELD_LABELS: Record<string, string> = { relationToHead: LABEL_OF.relation_to_head, birthDate: LABEL_OF.birth_date, idNumber: LABEL_OF.id_number };

export const householdKey = (communeCode: string, code: string) => `${communeCode}|${code}`;

/**
 * Groups member rows into households by (commune of the village, household code), the head first
 * and the others in file order, and checks each household as the API would. `existing` maps the
 * keys of households already registered to their ids.
 */
export function planHouseholdImport(
  rows: readonly HouseholdImportRow[],
  villages: ReadonlyMap<string, KnownVillage>,
  existing: ReadonlyMap<string, string>,
  scopePath: string,
  today: string,
): HouseholdImportPlan {
  const errors: HouseholdImportRowError[] = [];
  const groups = new Map<string, Group>();
  const unplaced = new Set<string>();
  for (const row of rows.filter((r) => r.householdCode && r.villageCode)) {
    const village = villages.get(row.villageCode);
    const problem = villageProblem(row.villageCode, village, scopePath);
    if (problem) {
      errors.push({ row: row.row, field: LABEL_OF.village_code, reason: problem });
      unplaced.add(`${row.villageCode}|${row.householdCode}`);
      continue;
    }
    const key = householdKey(village!.communeCode!, row.householdCode);
    const group = groups.get(key) ?? { village: village!, rows: [] };
    groups.set(key, group);
    if (group.village.code === village!.code) group.rows.push(row);
    else errors.push({ row: row.row, field: LABEL_OF.village_code, reason: `Khác với dòng ${group.rows[0]!.row} của cùng hộ (${group.village.code})` });
  }
  const households = [...groups.entries()].flatMap(([key, group]) => {
    const planned = planHousehold(group, today, errors);
    return planned ? [{ ...planned, existingId: existing.get(key) ?? null }] : [];
  });
  return { households, errors: errors.sort((a, b) => a.row - b.row), counted: groups.size + unplaced.size };
}

function villageProblem(code: string, village: KnownVillage | undefined, scopePath: string): string | null {
  if (!village) return `Không có thôn mã "${code}"`;
  if (village.type !== 'village' || !village.communeCode) return `"${code}" không phải là mã của một thôn`;
  if (!isWithinScope(village.path, scopePath)) return `Thôn "${code}" nằm ngoài phạm vi của bạn`;
  return null;
}

/** The household of one group, or null when it is wrong (its reasons added to `errors`). */
function planHousehold({ village, rows }: Group, today: string, errors: HouseholdImportRowError[]): HouseholdRecord | null {
  const before = errors.length;
  const headNameRow = firstAgreeing(rows, (r) => r.headName, foldDiacritics, LABEL_OF.head_name, errors);
  const addressRow = firstAgreeing(rows, (r) => r.address, (v) => v, LABEL_OF.address, errors);
  // A row with a wrong cell was reported already; checking its household's members would only add noise.
  if (rows.some((r) => !r.member)) return null;
  const ordered = [...rows].sort((a, b) => Number(b.member!.relationToHead === 'head') - Number(a.member!.relationToHead === 'head'));
  const members: HouseholdMemberInput[] = ordered.map((r) => r.member!);
  for (const { field, reason } of memberProblems(members, today)) {
    const [, index, name] = /^members\.(\d+)\.(\w+)$/.exec(field) ?? [];
    errors.push(index === undefined ? { row: rows[0]!.row, field: LABEL_OF.household_code, reason } : { row: ordered[Number(index)]!.row, field: MEMBER_FIELD_LABELS[name!] ?? name!, reason });
  }
  const headName = headNameOf(headNameRow?.headName, members);
  if (typeof headName !== 'string') errors.push({ row: headNameRow!.row, field: LABEL_OF.head_name, reason: headName.reason });
  if (errors.length > before || typeof headName !== 'string') return null;
  const code = rows[0]!.householdCode;
  return { communeCode: village.communeCode!, villageCode: village.code, villagePath: village.path, code, headName, address: addressRow?.address || null, members };
}

/** The first row giving a value for a household-wide cell; a later row giving another is wrong. */
function firstAgreeing(rows: readonly HouseholdImportRow[], value: (r: HouseholdImportRow) => string, same: (v: string) => string, field: string, errors: HouseholdImportRowError[]): HouseholdImportRow | undefined {
  const given = rows.filter((r) => value(r) !== '');
  const first = given[0];
  for (const row of given.slice(1)) {
    if (same(value(row)) !== same(value(first!))) errors.push({ row: row.row, field, reason: `Khác với dòng ${first!.row} của cùng hộ` });
  }
  return first;
}
