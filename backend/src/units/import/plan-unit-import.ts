import {
  canBeChildOf,
  childPath,
  defaultUnitAttributes,
  foldDiacritics,
  type InheritedAttributes,
  isWithinScope,
  NATIONAL_ROOT_CODE,
  provinceCodeOfPath,
  type UnitImportRowError,
  type UnitType,
} from '@ntm/shared';
import type { UnitImportRow } from './unit-import-row';

export type KnownUnit = InheritedAttributes & { code: string; type: UnitType; path: string; parentCode: string | null };

/** A row ready to upsert. Attributes left null on an existing unit keep their stored value. */
export type PlannedUnit = UnitImportRow & { path: string; depth: number; searchName: string; isNew: boolean };

export type UnitImportPlan = { units: PlannedUnit[]; errors: UnitImportRowError[] };

/**
 * Resolves every row's parent (in the file or already stored), its path and defaults, and checks
 * the hierarchy and the importer's scope. Pure: the caller loads `known` for the referenced codes.
 * Rows come back parents-first, so they can be written in order.
 */
export function planUnitImport(rows: UnitImportRow[], known: Map<string, KnownUnit>, scopePath: string): UnitImportPlan {
  const errors: UnitImportRowError[] = [];
  const byCode = indexRows(rows, errors);
  const resolved = new Map<string, KnownUnit | null>();
  const fail = (row: UnitImportRow, field: string, reason: string) => errors.push({ row: row.row, code: row.code, field, reason });

  const resolve = (row: UnitImportRow, visiting: Set<string>): KnownUnit | null => {
    if (resolved.has(row.code)) return resolved.get(row.code) ?? null;
    if (visiting.has(row.code)) {
      fail(row, 'parent_code', 'parents form a cycle');
      return null;
    }
    visiting.add(row.code);
    const parentCode = row.parentCode ?? (row.type === 'province' ? NATIONAL_ROOT_CODE : null);
    const parentRow = parentCode ? byCode.get(parentCode) : undefined;
    const parent = parentRow ? resolve(parentRow, visiting) : parentCode ? (known.get(parentCode) ?? null) : null;
    const unit = parent ? placeUnder(row, parent, known.get(row.code), scopePath, fail) : null;
    if (!parent) fail(row, 'parent_code', missingParentReason(parentCode, parentRow));
    resolved.set(row.code, unit);
    return unit;
  };

  const units: PlannedUnit[] = [];
  for (const row of byCode.values()) {
    const unit = resolve(row, new Set());
    if (row.successorCode && !byCode.has(row.successorCode) && !known.has(row.successorCode)) {
      fail(row, 'successor_code', `unknown unit "${row.successorCode}"`);
    }
    if (unit) units.push(toPlanned(row, unit, known.has(row.code)));
  }
  units.sort((a, b) => a.depth - b.depth);
  return { units: errors.length > 0 ? [] : units, errors: errors.sort((a, b) => a.row - b.row) };
}

function missingParentReason(parentCode: string | null, parentRow: UnitImportRow | undefined): string {
  if (parentRow) return `parent row ${parentRow.row} has errors`;
  return parentCode ? `unknown parent "${parentCode}"` : 'is required for this type';
}

function indexRows(rows: UnitImportRow[], errors: UnitImportRowError[]): Map<string, UnitImportRow> {
  const byCode = new Map<string, UnitImportRow>();
  for (const row of rows) {
    const first = byCode.get(row.code);
    if (first) errors.push({ row: row.row, code: row.code, field: 'code', reason: `duplicate of row ${first.row}` });
    else byCode.set(row.code, row);
  }
  return byCode;
}

function placeUnder(
  row: UnitImportRow,
  parent: KnownUnit,
  existing: KnownUnit | undefined,
  scopePath: string,
  fail: (row: UnitImportRow, field: string, reason: string) => void,
): KnownUnit | null {
  const path = childPath(parent.path, row.code);
  const problems = placementProblems(row, parent, existing, path, scopePath);
  problems.forEach(([field, reason]) => fail(row, field, reason));
  if (problems.length > 0) return null;
  const defaults = defaultUnitAttributes(row.type, provinceCodeOfPath(path), parent);
  return {
    code: row.code,
    type: row.type,
    path,
    parentCode: parent.code,
    ntmRegion: row.ntmRegion ?? existing?.ntmRegion ?? defaults.ntmRegion,
    isRural: row.isRural ?? existing?.isRural ?? defaults.isRural,
  };
}

function placementProblems(row: UnitImportRow, parent: KnownUnit, existing: KnownUnit | undefined, path: string, scopePath: string): [string, string][] {
  const found: [string, string][] = [];
  if (!canBeChildOf(row.type, parent.type)) found.push(['type', `a ${row.type} cannot be placed under a ${parent.type}`]);
  if (!isWithinScope(path, scopePath)) found.push(['parent_code', 'is outside your scope']);
  if (existing && existing.type !== row.type) found.push(['type', `unit exists as ${existing.type}; type cannot change by import`]);
  if (existing && existing.path !== path) found.push(['parent_code', `unit exists under ${existing.parentCode}; moving units is not supported by import`]);
  return found;
}

function toPlanned(row: UnitImportRow, unit: KnownUnit, exists: boolean): PlannedUnit {
  return {
    ...row,
    parentCode: unit.parentCode,
    // New units get defaults; for existing ones a blank cell keeps what is stored.
    ntmRegion: exists ? row.ntmRegion : unit.ntmRegion,
    isRural: exists ? row.isRural : unit.isRural,
    particularlyDifficult: row.particularlyDifficult ?? (exists ? null : false),
    path: unit.path,
    depth: unit.path.split('/').filter(Boolean).length - 1,
    searchName: foldDiacritics(row.name),
    isNew: !exists,
  };
}
