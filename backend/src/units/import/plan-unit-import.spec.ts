import type { UnitImportRow } from './unit-import-row';
import { type KnownUnit, planUnitImport } from './plan-unit-import';
import { parseUnitRow } from './unit-import-row';

const ROOT: KnownUnit = { code: 'VN', type: 'country', path: '/VN/', parentCode: null, ntmRegion: null, isRural: null };
const LAO_CAI: KnownUnit = { code: '15', type: 'province', path: '/VN/15/', parentCode: 'VN', ntmRegion: 'TDMNPB', isRural: null };
const known = (...units: KnownUnit[]) => new Map([ROOT, LAO_CAI, ...units].map((u) => [u.code, u]));

function buildRow(overrides: Partial<UnitImportRow> = {}): UnitImportRow {
  return {
    row: 2, code: '02839', name: 'Bắc Hà', fullName: 'Xã Bắc Hà', type: 'commune', parentCode: '15', ntmRegion: null,
    communeGroup: null, isRural: null, particularlyDifficult: null, effectiveFrom: null, effectiveTo: null, successorCode: null,
    ...overrides,
  };
}

describe('planUnitImport', () => {
  it('places a new xã under its province with path, depth, folded name and defaults', () => {
    const { units, errors } = planUnitImport([buildRow()], known(), '/VN/');
    expect(errors).toEqual([]);
    expect(units).toEqual([
      expect.objectContaining({ path: '/VN/15/02839/', depth: 2, searchName: 'bac ha', ntmRegion: 'TDMNPB', isRural: true, particularlyDifficult: false, isNew: true }),
    ]);
  });

  it('hangs a province without parent code from the national root', () => {
    const { units } = planUnitImport([buildRow({ code: '12', type: 'province', parentCode: null, name: 'Lai Châu' })], known(), '/VN/');
    expect(units[0]).toMatchObject({ parentCode: 'VN', path: '/VN/12/', depth: 1, ntmRegion: 'TDMNPB' });
  });

  it('writes parents before children whatever the file order', () => {
    const rows = [buildRow({ row: 2, code: '02839-01', type: 'village', parentCode: '02839', name: 'Thôn 1' }), buildRow({ row: 3 })];
    const { units } = planUnitImport(rows, known(), '/VN/15/');
    expect(units.map((u) => u.code)).toEqual(['02839', '02839-01']);
    expect(units[1]).toMatchObject({ ntmRegion: 'TDMNPB', isRural: true });
  });

  it('keeps stored attributes of an existing unit when the cells are blank', () => {
    const existing: KnownUnit = { code: '02839', type: 'commune', path: '/VN/15/02839/', parentCode: '15', ntmRegion: 'TN', isRural: false };
    const { units } = planUnitImport([buildRow()], known(existing), '/VN/');
    expect(units[0]).toMatchObject({ isNew: false, ntmRegion: null, isRural: null, particularlyDifficult: null });
  });

  it('refuses to move an existing unit or change its type', () => {
    const existing: KnownUnit = { code: '02839', type: 'ward', path: '/VN/12/02839/', parentCode: '12', ntmRegion: null, isRural: null };
    const { errors, units } = planUnitImport([buildRow()], known(existing), '/VN/');
    expect(units).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['type', 'parent_code']);
  });

  it('reports a successor that exists nowhere', () => {
    const { errors } = planUnitImport([buildRow({ successorCode: '77777' })], known(), '/VN/');
    expect(errors).toEqual([{ row: 2, code: '02839', field: 'successor_code', reason: 'unknown unit "77777"' }]);
  });

  it('blames the child of a wrong parent row too, so nothing is half imported', () => {
    const rows = [buildRow({ row: 2, type: 'village' }), buildRow({ row: 3, code: '02839-01', type: 'village', parentCode: '02839' })];
    const { errors } = planUnitImport(rows, known(), '/VN/');
    expect(errors).toEqual([
      { row: 2, code: '02839', field: 'type', reason: 'a village cannot be placed under a province' },
      { row: 3, code: '02839-01', field: 'parent_code', reason: 'parent row 2 has errors' },
    ]);
  });
});

describe('parseUnitRow', () => {
  const parse = (cells: Record<string, string>) => parseUnitRow({ row: 5, cells: { code: '02839', name: 'Bắc Hà', type: 'commune', parent_code: '15', ...cells } });

  it('reads optional attributes, Vietnamese yes/no included, and defaults the full name', () => {
    expect(parse({ commune_group: '3', particularly_difficult: 'Có', is_rural: 'không', effective_from: '2025-07-01' })).toMatchObject({
      fullName: 'Bắc Hà', communeGroup: 3, particularlyDifficult: true, isRural: false, effectiveFrom: '2025-07-01',
    });
  });

  it('lists every bad cell of a row', () => {
    const errors = parse({ code: 'a b', type: 'city', commune_group: '4', effective_from: '2025-02-30', ntm_region: 'north' });
    expect(Array.isArray(errors) && errors.map((e) => e.field)).toEqual(['code', 'type', 'ntm_region', 'commune_group', 'effective_from']);
  });

  it('refuses an end date before the start date', () => {
    const errors = parse({ effective_from: '2025-07-01', effective_to: '2025-06-30' });
    expect(errors).toEqual([{ row: 5, code: '02839', field: 'effective_to', reason: 'is before effective_from' }]);
  });
});
