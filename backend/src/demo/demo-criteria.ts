import {
  adoptCriteriaSet,
  childPath,
  type CriteriaSet,
  NATIONAL_ROOT_PATH,
  QD318_ADVANCED,
  QD318_NTM,
  QD319_MODEL,
  QD51_NTM,
  thresholdColumnOf,
  type ThresholdOverride,
  VILLAGE_MODEL_TEMPLATE,
  VILLAGE_NTM_TEMPLATE,
} from '@ntm/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { CriteriaCatalog } from '../criteria/catalog/criteria-catalog';
import { CriteriaRecomputer } from '../criteria/recompute/criteria-recomputer';
import { ReviewSettingsService } from '../poverty-review/review-settings.service';
import { seedFinalisedPoll, seedFinalisedReview } from './demo-criteria-campaigns';
import { demoTargets } from './demo-criteria-targets';
import { criteriaMet, type DemoUnit, type DemoValue, demoThresholds, demoValues, hashCode } from './demo-criteria-values';
import { seededRandom } from './seeded-random';

type Account = { id: string; unitCode: string };
/** The province's village sets, when it has adopted them: thôn NTM and thôn kiểu mẫu. */
type VillageSets = { village?: CriteriaSet; modelVillage?: CriteriaSet };
const NOTE = 'Giá trị tạm áp dụng của tỉnh (dữ liệu mẫu), chờ văn bản hướng dẫn';

/**
 * Commune criteria of the demo province: commune groups, the village template adopted, province
 * thresholds for the "to confirm" indicators, seeded values for 2021–2026 improving over the years,
 * the 2021–2025 and 2026–2030 targets, a finalised review and poll feeding xã Bắc Hà, and a full
 * recompute through the real recompute path.
 */
export async function seedDemoCriteria(manager: EntityManager, dataSource: DataSource, provinceCode: string, communeCode: string): Promise<void> {
  const admin = await account(manager, 'admin');
  const front = await account(manager, 'front');
  // The province adopted its village sets (thôn NTM, thôn kiểu mẫu) from 2025 (villages are evaluated from then on).
  const village: CriteriaSet = { ...adoptCriteriaSet(VILLAGE_NTM_TEMPLATE, provinceCode), fromYear: 2025 };
  const modelVillage: CriteriaSet = { ...adoptCriteriaSet(VILLAGE_MODEL_TEMPLATE, provinceCode), fromYear: 2025 };
  for (const set of [village, modelVillage]) {
    await manager.query(`INSERT INTO criteria_province_set (id, version, province_code, definition, created_by) VALUES ($1, 1, $2, $3, $4)`, [set.id, provinceCode, set, admin!.id]);
  }
  const communes = await seedCriteriaValues(manager, provinceCode, { ahead: communeCode, village, modelVillage });
  for (const target of demoTargets({ village: village.id, modelVillage: modelVillage.id }, communes)) {
    await manager.query(
      `INSERT INTO criteria_target (unit_code, set_id, label, metric, parameter, from_year, to_year, baseline, target, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [provinceCode, target.setId, target.label, target.metric, target.parameter, target.fromYear, target.toYear, target.baseline, target.target, admin!.id],
    );
  }
  await seedFinalisedReview(manager, communeCode, admin!);
  await seedFinalisedPoll(manager, communeCode, front!);
  const recomputer = new CriteriaRecomputer(new CriteriaCatalog(), new ReviewSettingsService(dataSource, new AuditLog(dataSource)));
  await recomputer.recompute(manager, { provinceCode, provincePath: childPath(NATIONAL_ROOT_PATH, provinceCode) });
}

/**
 * Commune groups (mostly 3, some 2, a few particularly difficult communes), province thresholds
 * for the "to confirm" indicators, and seeded values of every xã (and village, given a village
 * set) of the province, entered by the steering account. Returns the number of xã. Also used by
 * the criteria benchmark.
 */
export async function seedCriteriaValues(manager: EntityManager, provinceCode: string, options: VillageSets & { ahead?: string }): Promise<number> {
  const admin = await account(manager, 'admin');
  const steering = await account(manager, 'steering');
  await manager.query(
    `UPDATE administrative_unit SET commune_group = CASE WHEN abs(hashtext(code)) % 10 < 2 AND code <> $2 THEN 2 ELSE 3 END,
            particularly_difficult = abs(hashtext(code)) % 10 = 9 AND code <> $2
      WHERE type = 'commune' AND parent_code = $1`,
    [provinceCode, options.ahead ?? ''],
  );
  const units: DemoUnit[] = (await manager.query(
    `SELECT u.code, u.type, coalesce(u.ntm_region, p.ntm_region) AS "ntmRegion", coalesce(u.commune_group, p.commune_group) AS "communeGroup",
            u.particularly_difficult AS "particularlyDifficult"
       FROM administrative_unit u JOIN administrative_unit p ON p.code = u.parent_code
      WHERE u.path LIKE '/VN/' || $1 || '/%' AND (u.type = 'commune' OR (u.type = 'village' AND p.type = 'commune')) ORDER BY u.path`,
    [provinceCode],
  )) as DemoUnit[];
  const sets = [QD318_NTM, QD318_ADVANCED, QD319_MODEL, QD51_NTM, ...[options.village, options.modelVillage].filter((set) => set !== undefined)];
  const overrides = new Map<string, ThresholdOverride[]>();
  for (const set of sets) {
    const columns = [...new Set(units.filter((u) => u.type === set.unitLevel).map((u) => thresholdColumnOf(set.scheme, u)).filter((c) => c !== null))];
    overrides.set(set.id, demoThresholds(set, columns));
  }
  await insertThresholds(manager, provinceCode, overrides, admin!.id);
  const scored = units.filter((u) => u.type === 'commune' || options.village);
  await insertValues(manager, scored.flatMap((unit) => valuesOf(unit, unit.code === options.ahead, options, overrides)), steering!.id);
  return units.filter((u) => u.type === 'commune').length;
}

/**
 * A unit's progress s = q + 0.07 a year from 2021 (q seeded per unit; Bắc Hà well ahead): NTM from
 * s ≥ 0.55 (else 8–18 criteria), advanced from 1.0, model from 1.15; for 2026 (QĐ 51, stricter)
 * NTM when q ≥ 0.45; villages (2025–2026) NTM from v + 0.1 a year from 2023 ≥ 0.55, model villages
 * (thôn kiểu mẫu) from 0.9. The advanced and model sets get values only where the xã (or the
 * village) is NTM (they count for nobody else).
 */
function valuesOf(unit: DemoUnit, ahead: boolean, { village, modelVillage }: VillageSets, overrides: Map<string, ThresholdOverride[]>): DemoValue[] {
  const random = seededRandom(hashCode(unit.code));
  const q = ahead ? 0.9 : random();
  const values = (set: CriteriaSet, year: number, count: number) => demoValues(set, unit, year, criteriaMet(set, unit.code, count), overrides.get(set.id) ?? [], random);
  if (unit.type === 'village') {
    if (!village) return [];
    return [2025, 2026].flatMap((year) => {
      const s = q + 0.1 * (year - 2023);
      if (s < 0.55) return values(village, year, Math.min(village.criteria.length - 1, 6 + Math.floor(s * 10)));
      const model = modelVillage ? values(modelVillage, year, s >= 0.9 ? modelVillage.criteria.length : modelVillage.criteria.length - 1 - Math.floor(random() * 3)) : [];
      return [...values(village, year, village.criteria.length), ...model];
    });
  }
  const period = [2021, 2022, 2023, 2024, 2025].flatMap((year) => {
    const s = q + 0.07 * (year - 2021);
    const ntm = s >= 0.55;
    const advanced = ntm && s >= 1.0;
    const own = values(QD318_NTM, year, ntm ? 19 : Math.min(18, 8 + Math.floor((s / 0.55) * 10)));
    if (!ntm) return own;
    return [...own, ...values(QD318_ADVANCED, year, advanced ? 19 : Math.min(18, 8 + Math.floor(random() * 8))), ...values(QD319_MODEL, year, advanced && s >= 1.15 ? 3 : 2)];
  });
  return [...period, ...values(QD51_NTM, 2026, q >= 0.45 ? 10 : Math.min(9, 3 + Math.floor(q * 14)))];
}

async function insertThresholds(manager: EntityManager, provinceCode: string, overrides: Map<string, ThresholdOverride[]>, actorId: string): Promise<void> {
  const rows = [...overrides].flatMap(([setId, list]) => list.map((o) => [setId, o.indicatorId, o.column, o.fromYear, JSON.stringify(o.value)]));
  await manager.query(
    `INSERT INTO criteria_threshold (province_code, set_id, indicator_id, "column", from_year, value, note, set_by)
     SELECT $1, s, i, c, y, v, $7, $8 FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::jsonb[]) AS t(s, i, c, y, v)`,
    [provinceCode, ...[0, 1, 2, 3, 4].map((k) => rows.map((r) => r[k])), NOTE, actorId],
  );
}

async function insertValues(manager: EntityManager, values: DemoValue[], actorId: string): Promise<void> {
  await manager.query(
    `INSERT INTO criteria_manual_value (unit_code, set_id, indicator_id, year, value, note, evidence_date, evidence_url, entered_by, entered_at)
     SELECT u, s, i, y, v, 'Báo cáo kết quả thực hiện tiêu chí năm ' || y || ' của UBND xã', make_date(y, 12, 15),
            'https://example.org/ntm/' || u || '/' || y || '.pdf', $6, make_timestamptz(y, 12, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh')
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::int[], $5::jsonb[]) AS t(u, s, i, y, v)`,
    [values.map((v) => v.unitCode), values.map((v) => v.setId), values.map((v) => v.indicatorId), values.map((v) => v.year), values.map((v) => JSON.stringify(v.value)), actorId],
  );
}

async function account(manager: EntityManager, username: string): Promise<Account | undefined> {
  const [row]: Account[] = await manager.query(`SELECT id, unit_code AS "unitCode" FROM account WHERE username = $1`, [username]);
  return row;
}
