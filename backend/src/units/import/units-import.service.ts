import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NATIONAL_ROOT_CODE, type UnitImportReport, type UnitImportRowError } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { type KnownUnit, type PlannedUnit, planUnitImport } from './plan-unit-import';
import { readUnitFile } from './read-unit-file';
import { parseUnitRow, type UnitImportRow } from './unit-import-row';

const CHUNK = 500;
const COLUMNS = {
  code: 'varchar', name: 'varchar', full_name: 'varchar', type: 'varchar', parent_code: 'varchar',
  path: 'varchar', depth: 'smallint', search_name: 'varchar', ntm_region: 'varchar', commune_group: 'smallint',
  is_rural: 'boolean', particularly_difficult: 'boolean', effective_from: 'date', effective_to: 'date',
  successor_code: 'varchar',
} as const;
const NAMES = Object.keys(COLUMNS);
/** A blank optional cell leaves an existing unit's stored value; names always update. */
const KEPT_WHEN_BLANK = ['ntm_region', 'commune_group', 'is_rural', 'particularly_difficult', 'effective_from', 'effective_to', 'successor_code'];
const UPDATE_SET = [
  ...['name', 'full_name', 'search_name'].map((c) => `${c} = v.${c}`),
  ...KEPT_WHEN_BLANK.map((c) => `${c} = COALESCE(v.${c}, u.${c})`),
  'updated_at = now()',
].join(', ');

/** All-or-nothing import of administrative units: any wrong row means nothing is written. */
@Injectable()
export class UnitsImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async importFile(user: AuthUser, fileName: string, content: Buffer, dryRun: boolean): Promise<UnitImportReport> {
    const raw = await readUnitFile(fileName, content);
    const parsed = raw.map(parseUnitRow);
    const rowErrors = parsed.filter((p): p is UnitImportRowError[] => Array.isArray(p)).flat();
    const rows = parsed.filter((p): p is UnitImportRow => !Array.isArray(p));
    return this.dataSource.transaction(async (manager) => {
      const plan = planUnitImport(rows, await loadKnownUnits(manager, rows), user.scopePath);
      const errors = [...rowErrors, ...plan.errors].sort((a, b) => a.row - b.row);
      const created = plan.units.filter((u) => u.isNew).length;
      const report = { dryRun, rows: raw.length, created, updated: plan.units.length - created, errors };
      if (dryRun || errors.length > 0) return { ...report, imported: false };
      await writeUnits(manager, plan.units);
      return { ...report, imported: true };
    });
  }
}

/** Units already stored that the rows name (as themselves, parents or successors), plus the
 * root, locked until the import's transaction ends. */
export async function loadKnownUnits(manager: EntityManager, rows: UnitImportRow[]): Promise<Map<string, KnownUnit>> {
  const codes = [...new Set(rows.flatMap((r) => [r.code, r.parentCode, r.successorCode, NATIONAL_ROOT_CODE]).filter(Boolean))];
  const found: KnownUnit[] = await manager.query(
    `SELECT code, type, path, parent_code AS "parentCode", ntm_region AS "ntmRegion", is_rural AS "isRural"
       FROM administrative_unit WHERE code = ANY($1) FOR UPDATE`,
    [codes],
  );
  return new Map(found.map((u) => [u.code, u]));
}

export async function writeUnits(manager: EntityManager, units: PlannedUnit[]): Promise<void> {
  for (let start = 0; start < units.length; start += CHUNK) {
    const chunk = units.slice(start, start + CHUNK);
    const created = chunk.filter((u) => u.isNew);
    const updated = chunk.filter((u) => !u.isNew);
    if (created.length > 0) {
      await manager.query(`INSERT INTO administrative_unit (${NAMES.join(', ')}) VALUES ${valuesList(created.length)}`, created.flatMap(toColumnValues));
    }
    if (updated.length > 0) {
      await manager.query(
        `UPDATE administrative_unit u SET ${UPDATE_SET} FROM (VALUES ${valuesList(updated.length)}) AS v(${NAMES.join(', ')}) WHERE u.code = v.code`,
        updated.flatMap(toColumnValues),
      );
    }
  }
}

/** "($1::varchar, …), (…)": typed placeholders, so NULLs in VALUES have a column type. */
function valuesList(rows: number): string {
  const types = Object.values(COLUMNS);
  return Array.from({ length: rows }, (_, r) => `(${types.map((type, c) => `$${r * types.length + c + 1}::${type}`).join(', ')})`).join(', ');
}

function toColumnValues(u: PlannedUnit): unknown[] {
  return [
    u.code, u.name, u.fullName, u.type, u.parentCode, u.path, u.depth, u.searchName, u.ntmRegion,
    u.communeGroup, u.isRural, u.particularlyDifficult, u.effectiveFrom, u.effectiveTo, u.successorCode,
  ];
}
