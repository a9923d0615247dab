import {
  type CommuneGroup,
  isCommuneGroup,
  isNtmRegion,
  isUnitType,
  type NtmRegion,
  type UnitImportRowError,
  type UnitType,
} from '@ntm/shared';
import type { RawRow } from '../../common/import/read-table-file';

/** One data row of an import file, checked field by field. `row` is the spreadsheet row number. */
export type UnitImportRow = {
  row: number;
  code: string;
  name: string;
  fullName: string;
  type: UnitType;
  parentCode: string | null;
  ntmRegion: NtmRegion | null;
  communeGroup: CommuneGroup | null;
  isRural: boolean | null;
  particularlyDifficult: boolean | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  successorCode: string | null;
};


export const UNIT_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TRUE_WORDS = ['1', 'true', 'yes', 'x', 'có', 'co'];
const FALSE_WORDS = ['0', 'false', 'no', 'không', 'khong'];

/** Checks one raw row; returns the typed row, or the reasons it is wrong (all of them). */
export function parseUnitRow(raw: RawRow): UnitImportRow | UnitImportRowError[] {
  const errors: UnitImportRowError[] = [];
  const cell = (name: string) => (raw.cells[name] ?? '').trim();
  const code = cell('code');
  const fail = (field: string, reason: string) => errors.push({ row: raw.row, code: code || null, field, reason });
  const optional = <T>(field: string, parse: (v: string) => T | undefined, reason: string): T | null => {
    const value = cell(field);
    if (!value) return null;
    const parsed = parse(value);
    if (parsed === undefined) fail(field, reason);
    return parsed ?? null;
  };

  if (!UNIT_CODE_PATTERN.test(code)) fail('code', code ? 'must be 1–32 letters, digits, dot, dash or underscore' : 'is required');
  const name = cell('name');
  if (!name) fail('name', 'is required');
  if (name.length > 200) fail('name', 'must be at most 200 characters');
  const typeText = cell('type');
  if (!isUnitType(typeText)) fail('type', typeText ? `unknown unit type "${typeText}"` : 'is required');
  const parentCode = cell('parent_code') || null;
  if (parentCode && !UNIT_CODE_PATTERN.test(parentCode)) fail('parent_code', 'is not a valid code');

  const row: UnitImportRow = {
    row: raw.row,
    code,
    name,
    fullName: cell('full_name') || name,
    type: typeText as UnitType,
    parentCode,
    ntmRegion: optional('ntm_region', (v) => (isNtmRegion(v) ? v : undefined), 'must be one of the 7 NTM region codes'),
    communeGroup: optional('commune_group', (v) => (isCommuneGroup(Number(v)) ? (Number(v) as CommuneGroup) : undefined), 'must be 1, 2 or 3'),
    isRural: optional('is_rural', parseFlag, 'must be yes/no'),
    particularlyDifficult: optional('particularly_difficult', parseFlag, 'must be yes/no'),
    effectiveFrom: optional('effective_from', parseDate, 'must be a date YYYY-MM-DD'),
    effectiveTo: optional('effective_to', parseDate, 'must be a date YYYY-MM-DD'),
    successorCode: optional('successor_code', (v) => (UNIT_CODE_PATTERN.test(v) ? v : undefined), 'is not a valid code'),
  };
  if (row.effectiveFrom && row.effectiveTo && row.effectiveTo < row.effectiveFrom) fail('effective_to', 'is before effective_from');
  return errors.length > 0 ? errors : row;
}

function parseFlag(value: string): boolean | undefined {
  const word = value.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

function parseDate(value: string): string | undefined {
  if (!DATE_PATTERN.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}
