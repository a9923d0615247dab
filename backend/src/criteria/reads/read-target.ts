import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CriteriaLevelOfUnit, type CriteriaSet, type CriteriaSetSummary, provinceCodeOfPath } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { invalid, notFound } from '../../common/errors/domain-error';
import { subtreePattern } from '../../common/sql/escape-like';
import type { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';
import { CriteriaCatalog } from '../catalog/criteria-catalog';
import { CriteriaAccess } from '../criteria-access';
import { requireYearOfSet } from '../criteria-values';
import { currentYear } from '../recompute/criteria-recomputer';
import { CriteriaSetsService } from '../sets/criteria-sets.service';

/** What a read is about: a unit in scope, a set of its province, a year of the set. */
export type ReadTarget = { unit: AdministrativeUnit; provinceCode: string; set: CriteriaSet; summary: CriteriaSetSummary; year: number; years: number[] };

type Query = { unit?: string; set?: string; year?: number };

/**
 * Resolves the unit, set and year of the commune page, the dashboard and the downloads. The set by
 * default: the national NTM set (or, for a village, the province's village set) of the year; the
 * year by default: the latest evaluated one.
 */
@Injectable()
export class ReadTargets {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CriteriaAccess,
    private readonly catalog: CriteriaCatalog,
    private readonly sets: CriteriaSetsService,
  ) {}

  /** `levelOf`: the level of set the unit itself is evaluated with (a page); none for an area (the
   * dashboard), which may show any set of its province. */
  async resolve(user: AuthUser, query: Query, levelOf?: (unit: AdministrativeUnit) => CriteriaLevelOfUnit): Promise<ReadTarget> {
    const unit = await this.access.unit(user, query.unit);
    const provinceCode = provinceCodeOfPath(unit.path);
    if (!provinceCode) throw invalid('unit', 'phải là một tỉnh hoặc đơn vị trong tỉnh');
    const manager = this.dataSource.manager;
    const level = levelOf?.(unit);
    const set = query.set ? await this.catalog.requireSet(manager, provinceCode, query.set) : await this.defaultSet(provinceCode, level ?? 'commune', query.year);
    if (level && set.unitLevel !== level) throw invalid('set', set.unitLevel === 'village' ? 'là bộ tiêu chí thôn' : 'là bộ tiêu chí xã');
    const years = await this.evaluatedYears(unit.path, set.id);
    const year = query.year ?? years.at(-1) ?? Math.min(Math.max(currentYear(), set.fromYear), set.toYear);
    requireYearOfSet(set, year, 'year');
    return { unit, provinceCode, set, summary: await this.sets.summaryOf(manager, provinceCode, set), year, years };
  }

  private async defaultSet(provinceCode: string, level: CriteriaLevelOfUnit, year: number | undefined): Promise<CriteriaSet> {
    const y = year ?? currentYear();
    const candidates = (await this.catalog.setsOf(this.dataSource.manager, provinceCode)).filter((s) => s.unitLevel === level && s.tier === 'ntm');
    const set = candidates.find((s) => s.fromYear <= y && y <= s.toYear) ?? candidates.filter((s) => s.fromYear <= y).at(-1) ?? candidates[0];
    if (!set) throw notFound('Criteria set');
    return set;
  }

  private async evaluatedYears(path: string, setId: string): Promise<number[]> {
    const rows: { year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT year FROM criteria_evaluation WHERE set_id = $1 AND unit_path LIKE $2 ORDER BY year`,
      [setId, subtreePattern(path)],
    );
    return rows.map((r) => r.year);
  }
}
