import { Injectable } from '@nestjs/common';
import { type CriteriaSet, NATIONAL_CRITERIA_SETS, nationalCriteriaSet, type ThresholdColumn, type ThresholdOverride } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain-error';

type OverrideRow = { set_id: string; indicator_id: string; column: ThresholdColumn; from_year: number; value: number | boolean };

/**
 * The sets a province uses: the national commune sets shipped with the product (the national
 * village template applies only once a province adopts it as its own set) and the latest version
 * of each of the province's own sets; and the province's threshold column beside the national one.
 */
@Injectable()
export class CriteriaCatalog {
  async setsOf(manager: EntityManager, provinceCode: string): Promise<CriteriaSet[]> {
    const national = NATIONAL_CRITERIA_SETS.filter((set) => set.provinceCode === null && set.unitLevel === 'commune');
    return [...national, ...(await this.ownSets(manager, provinceCode))];
  }

  async ownSets(manager: EntityManager, provinceCode: string): Promise<CriteriaSet[]> {
    const rows: { definition: CriteriaSet }[] = await manager.query(
      `SELECT DISTINCT ON (id) definition FROM criteria_province_set WHERE province_code = $1 ORDER BY id, version DESC`,
      [provinceCode],
    );
    return rows.map((r) => r.definition);
  }

  /** A national set, or one of the province's own (404 otherwise). */
  async requireSet(manager: EntityManager, provinceCode: string, setId: string): Promise<CriteriaSet> {
    const national = nationalCriteriaSet(setId);
    if (national) return national;
    const own = (await this.ownSets(manager, provinceCode)).find((set) => set.id === setId);
    if (!own) throw notFound('Criteria set');
    return own;
  }

  /** Set id → the province's threshold values. */
  async overrides(manager: EntityManager, provinceCode: string): Promise<Map<string, ThresholdOverride[]>> {
    const rows: OverrideRow[] = await manager.query(
      `SELECT set_id, indicator_id, "column", from_year, value FROM criteria_threshold WHERE province_code = $1 ORDER BY set_id, indicator_id, "column", from_year`,
      [provinceCode],
    );
    const bySet = new Map<string, ThresholdOverride[]>();
    for (const r of rows) {
      const list = bySet.get(r.set_id) ?? [];
      list.push({ indicatorId: r.indicator_id, column: r.column, fromYear: r.from_year, value: r.value });
      bySet.set(r.set_id, list);
    }
    return bySet;
  }
}
