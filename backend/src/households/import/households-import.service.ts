import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type HouseholdImportReport, vietnamToday } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import type { AuthUser } from '../../auth/auth-user';
import { insertHouseholds, sqlOf, updateHouseholds } from '../write-households';
import { readHouseholdFile } from './household-file';
import { type HouseholdImportRow, parseHouseholdRow } from './household-import-row';
import { householdKey, type KnownVillage, type PlannedHousehold, planHouseholdImport } from './plan-household-import';

/** All-or-nothing import of households from xlsx/CSV, one row per member: any wrong row means
 * nothing is written; otherwise every household is created or rewritten in one transaction. */
@Injectable()
export class HouseholdsImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async importFile(user: AuthUser, fileName: string, content: Buffer, dryRun: boolean): Promise<HouseholdImportReport> {
    const raw = await readHouseholdFile(fileName, content);
    const rows = raw.map(parseHouseholdRow);
    return this.dataSource.transaction(async (manager) => {
      const villages = await loadVillages(manager, rows);
      const plan = planHouseholdImport(rows, villages, await lockExisting(manager, rows, villages), user.scopePath, vietnamToday());
      const errors = [...rows.flatMap((r) => r.errors), ...plan.errors].sort((a, b) => a.row - b.row);
      const created = plan.households.filter((h) => !h.existingId);
      const updated = plan.households.filter((h) => h.existingId);
      const report = { dryRun, households: plan.counted, members: raw.length, created: created.length, updated: updated.length, errors };
      if (dryRun || errors.length > 0) return { ...report, imported: false };
      await this.write(manager, user, created, updated);
      return { ...report, imported: true };
    });
  }

  private async write(manager: EntityManager, user: AuthUser, created: PlannedHousehold[], updated: PlannedHousehold[]): Promise<void> {
    const sql = sqlOf(manager);
    const createdIds = await insertHouseholds(sql, created, user.id, vietnamToday());
    const updatedIds = updated.map((h) => h.existingId!);
    await updateHouseholds(sql, updatedIds, updated);
    await this.audit.recordMany(manager, 'household', [...createdIds, ...updatedIds], 'import', user.id);
  }
}

async function loadVillages(manager: EntityManager, rows: HouseholdImportRow[]): Promise<Map<string, KnownVillage>> {
  const codes = [...new Set(rows.map((r) => r.villageCode).filter(Boolean))];
  const found: KnownVillage[] = await manager.query(
    `SELECT code, type, path, parent_code AS "communeCode" FROM administrative_unit WHERE code = ANY($1)`,
    [codes],
  );
  return new Map(found.map((v) => [v.code, v]));
}

/** The households the file names that are registered already, locked until the import ends. */
async function lockExisting(manager: EntityManager, rows: HouseholdImportRow[], villages: Map<string, KnownVillage>): Promise<Map<string, string>> {
  const named = rows.flatMap((r) => {
    const communeCode = villages.get(r.villageCode)?.communeCode;
    return communeCode && r.householdCode ? [householdKey(communeCode, r.householdCode)] : [];
  });
  const keys = [...new Set(named)].map((key) => key.split('|') as [string, string]);
  const found: { id: string; communeCode: string; code: string }[] = await manager.query(
    `SELECT h.id, h.commune_code AS "communeCode", h.code FROM household h
       JOIN unnest($1::varchar[], $2::varchar[]) AS k(commune_code, code) ON k.commune_code = h.commune_code AND k.code = h.code
      ORDER BY h.id FOR UPDATE OF h`,
    [keys.map((k) => k[0]), keys.map((k) => k[1])],
  );
  return new Map(found.map((h) => [householdKey(h.communeCode, h.code), h.id]));
}
