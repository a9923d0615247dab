import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NATIONAL_ROOT_CODE, type UnitImportReport, type UnitImportRowError } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { type KnownUnit, type PlannedUnit, planUnitImport } from './plan-unit-import';
import { readUnitFile } from './read-unit-file';
import { parseUnitRow, type UnitImportRow } from './unit-import-row';

const CHUNK = 500;
const COLUMNS = [
  'code', 'name', 'full_name', 'type', 'parent_code', 'path', 'depth', 'search_name', 'ntm_region',
  'commune_group', 'is_rural', 'particularly_difficult', 'effective_from', 'effective_to', 'successor_code',
] as const;
/** Blank optional cells of an existing unit keep the stored value (COALESCE); names always update. */
const ON_CONFLICT = `ON CONFLICT (code) DO UPDATE SET
  name = EXCLUDED.name, full_name = EXCLUDED.full_name, search_name = EXCLUDED.search_name,
  ntm_region = COALESCE(EXCLUDED.ntm_region, administrative_unit.ntm_region),
  commune_group = COALESCE(EXCLUDED.commune_group, administrative_unit.commune_group),
  is_rural = COALESCE(EXCLUDED.is_rural, administrative_unit.is_rural),
  particularly_difficult = COALESCE(EXCLUDED.particularly_difficult, administrative_unit.particularly_difficult),
  effective_from = COALESCE(EXCLUDED.effective_from, administrative_unit.effective_from),
  effective_to = COALESCE(EXCLUDED.effective_to, administrative_unit.effective_to),
  successor_code = COALESCE(EXCLUDED.successor_code, administrative_unit.successor_code),
  updated_at = now()`;

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
      const plan = planUnitImport(rows, await this.loadKnown(manager, rows), user.scopePath);
      const errors = [...rowErrors, ...plan.errors].sort((a, b) => a.row - b.row);
      const created = plan.units.filter((u) => u.isNew).length;
      const report = { dryRun, rows: raw.length, created, updated: plan.units.length - created, errors };
      if (dryRun || errors.length > 0) return { ...report, imported: false };
      await writeUnits(manager, plan.units);
      return { ...report, imported: true };
    });
  }

  /** Units already stored that the file names (as itself, parent or successor), plus the root. */
  private async loadKnown(manager: EntityManager, rows: UnitImportRow[]): Promise<Map<string, KnownUnit>> {
    const codes = [...new Set(rows.flatMap((r) => [r.code, r.parentCode, r.successorCode, NATIONAL_ROOT_CODE]).filter(Boolean))];
    const found: KnownUnit[] = await manager.query(
      `SELECT code, type, path, parent_code AS "parentCode", ntm_region AS "ntmRegion", is_rural AS "isRural"
         FROM administrative_unit WHERE code = ANY($1) FOR UPDATE`,
      [codes],
    );
    return new Map(found.map((u) => [u.code, u]));
  }
}

export async function writeUnits(manager: EntityManager, units: PlannedUnit[]): Promise<void> {
  for (let start = 0; start < units.length; start += CHUNK) {
    const chunk = units.slice(start, start + CHUNK);
    const params = chunk.flatMap(toColumnValues);
    const tuples = chunk.map((_, r) => `(${COLUMNS.map((__, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`);
    await manager.query(`INSERT INTO administrative_unit (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')} ${ON_CONFLICT}`, params);
  }
}

function toColumnValues(u: PlannedUnit): unknown[] {
  return [
    u.code, u.name, u.fullName, u.type, u.parentCode, u.path, u.depth, u.searchName, u.ntmRegion,
    u.communeGroup, u.isRural, u.particularlyDifficult, u.effectiveFrom, u.effectiveTo, u.successorCode,
  ];
}
