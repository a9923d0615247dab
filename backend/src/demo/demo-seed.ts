import { DEMO_VILLAGE_NAMES, DEMO_VILLAGE_PREFIXES, NATIONAL_ROOT_PATH, type Role, vietnamToday } from '@ntm/shared';
import * as argon2 from 'argon2';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { ARGON2_OPTIONS } from '../accounts/password-hasher';
import { planUnitImport } from '../units/import/plan-unit-import';
import { readUnitFile } from '../units/import/read-unit-file';
import { parseUnitRow, type UnitImportRow } from '../units/import/unit-import-row';
import { seedDemoCampaign } from './demo-campaign';
import { seedPreviousRecognitions } from './demo-recognitions';
import { seedDemoPoll } from './demo-poll';
import { seedDemoCriteria } from './demo-criteria';
import { seedDemoHouseholds } from './demo-households';
import { seededRandom } from './seeded-random';
import { loadKnownUnits, writeUnits } from '../units/import/units-import.service';

export const DEMO_PROVINCE = '15';
/** Xã Bắc Hà, Lào Cai: the commune the demo officers work in. */
export const DEMO_COMMUNE = '02839';
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_ACCOUNTS: { username: string; fullName: string; role: Role; unitCode: string }[] = [
  { username: 'admin', fullName: 'Quản trị tỉnh Lào Cai', role: 'admin', unitCode: DEMO_PROVINCE },
  { username: 'steering', fullName: 'Ban Chỉ đạo tỉnh Lào Cai', role: 'steering', unitCode: DEMO_PROVINCE },
  { username: 'front', fullName: 'Nguyễn Thị Mai (MTTQ xã Bắc Hà)', role: 'front', unitCode: DEMO_COMMUNE },
  { username: 'supervisor', fullName: 'Lý Văn Sáng (giám sát xã Bắc Hà)', role: 'supervisor', unitCode: DEMO_COMMUNE },
  { username: 'enumerator', fullName: 'Giàng Seo Phủ (rà soát viên)', role: 'enumerator', unitCode: DEMO_COMMUNE },
];

export function officialUnitsCsvPath(): string {
  return join(dirname(require.resolve('@ntm/shared/package.json')), 'data', 'vn-admin-units-2025.csv');
}

/** Lào Cai from the official list, 5–15 generated villages per xã, the demo accounts, the demo
 * commune's household registry and an open campaign.
 * Runs once: a database that already has the demo admin is left alone. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const seeded = await manager.query(`SELECT 1 FROM account WHERE username = 'admin'`);
    if (seeded.length > 0) return;
    const province = await officialRowsOf(DEMO_PROVINCE);
    await importRows(manager, [...province, ...generateVillages(province)]);
    await createDemoAccounts(manager);
    await seedDemoHouseholds(manager, DEMO_COMMUNE);
    await seedDemoCampaign(manager, DEMO_COMMUNE);
    // After the registry's households: last year's recognised classes, so the review shows movement.
    await seedPreviousRecognitions(manager, DEMO_COMMUNE, Number(vietnamToday().slice(0, 4)) - 1);
    await seedDemoPoll(manager, DEMO_COMMUNE, vietnamToday());
    await seedDemoCriteria(manager, dataSource, DEMO_PROVINCE, DEMO_COMMUNE);
  });
}

async function officialRowsOf(provinceCode: string): Promise<UnitImportRow[]> {
  const raw = await readUnitFile('units.csv', await readFile(officialUnitsCsvPath()));
  return raw
    .map(parseUnitRow)
    .filter((r): r is UnitImportRow => !Array.isArray(r))
    .filter((r) => r.code === provinceCode || r.parentCode === provinceCode);
}

export function generateVillages(units: UnitImportRow[]): UnitImportRow[] {
  return units
    .filter((u) => u.type === 'commune')
    .flatMap((commune) => {
      const random = seededRandom(Number(commune.code));
      const count = 5 + Math.floor(random() * 11);
      return Array.from({ length: count }, (_, i) => {
        const prefix = DEMO_VILLAGE_PREFIXES[Math.floor(random() * DEMO_VILLAGE_PREFIXES.length)];
        const base = DEMO_VILLAGE_NAMES[(Number(commune.code) + i * 7) % DEMO_VILLAGE_NAMES.length];
        const name = `${prefix} ${base}`;
        return villageRow(commune.code, i + 1, name);
      });
    });
}

function villageRow(communeCode: string, index: number, name: string): UnitImportRow {
  return {
    row: 0, code: `${communeCode}-${String(index).padStart(2, '0')}`, name, fullName: name, type: 'village',
    parentCode: communeCode, ntmRegion: null, communeGroup: null, isRural: null, particularlyDifficult: null,
    effectiveFrom: null, effectiveTo: null, successorCode: null,
  };
}

async function importRows(manager: EntityManager, rows: UnitImportRow[]): Promise<void> {
  const plan = planUnitImport(rows, await loadKnownUnits(manager, rows), NATIONAL_ROOT_PATH);
  if (plan.errors.length > 0) throw new Error(`Demo units do not import: ${JSON.stringify(plan.errors.slice(0, 3))}`);
  await writeUnits(manager, plan.units);
}

async function createDemoAccounts(manager: EntityManager): Promise<void> {
  const passwordHash = await argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS);
  for (const a of DEMO_ACCOUNTS) {
    await manager.query(
      `INSERT INTO account (username, full_name, role, unit_code, password_hash) VALUES ($1, $2, $3, $4, $5)`,
      [a.username, a.fullName, a.role, a.unitCode, passwordHash],
    );
  }
}
