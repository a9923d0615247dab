import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CommuneLevel, type CriteriaDashboard, type CriteriaSet, type GridRow, povertyIndicatorRates } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { subtreePattern } from '../../common/sql/escape-like';
import { type IndicatorRow, toIndicatorCounts } from '../../poverty-indicators/poverty-indicators.mapper';
import { ReviewSettingsService } from '../../poverty-review/review-settings.service';
import { UNITS_OF_LEVEL } from '../criteria-units.sql';
import type { UnitSetYearQueryDto } from '../dto/criteria-query.dto';
import type { CriteriaTarget } from '../entities/criteria-target.entity';
import { TargetsService } from '../targets/targets.service';
import { CLOSED_YEARS, DASHBOARD_CRITERIA, DASHBOARD_DISTRIBUTION, DASHBOARD_GRID, DASHBOARD_LEVELS, DASHBOARD_SUMMARY, OWN_POVERTY_ROW } from './dashboard.sql';
import { type ReadTarget, ReadTargets } from './read-target';

/** The selected set's targets; on a commune set's view also the other commune sets' level targets
 * of an overlapping period (the "20 advanced, 9 model" lines are kept with the NTM set but read
 * beside the advanced and model sets too). A village set's targets stay on the village view. */
function targetShown(t: CriteriaTarget, set: CriteriaSet): boolean {
  if (t.setId === set.id) return true;
  return set.unitLevel === 'commune' && t.metric === 'communes_at_level' && t.fromYear <= set.toYear && t.toYear >= set.fromYear;
}

type Summary = { evaluated: number; average_met: number | null; computed_at: Date | null; passed: number; failed: number; invalid: number; no_poll: number };
type CriterionCounts = { position: number; met: number; not_met: number; no_data: number };

/** The steering committee's view of a province (or any unit) for a set and a year, in a few
 * GROUP BY queries over the stored evaluations. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: ReadTargets,
    private readonly targetList: TargetsService,
    private readonly settings: ReviewSettingsService,
  ) {}

  async dashboard(user: AuthUser, query: UnitSetYearQueryDto): Promise<CriteriaDashboard> {
    const target = await this.targets.resolve(user, query);
    const { unit, set, year } = target;
    const params = [set.id, year, subtreePattern(unit.path)];
    const q = <T>(sql: string): Promise<T[]> => this.dataSource.query(sql, params);
    const [summary] = await q<Summary>(DASHBOARD_SUMMARY);
    const levels = await q<{ level: CommuneLevel; n: number }>(DASHBOARD_LEVELS);
    const distribution = await q<{ met: number; n: number }>(DASHBOARD_DISTRIBUTION);
    const criteria = await q<CriterionCounts>(DASHBOARD_CRITERIA);
    const grid = await q<{ code: string; name: string; type: GridRow['unit']['type']; met: number; total: number; level: CommuneLevel; ready: boolean; states: GridRow['states'] }>(DASHBOARD_GRID);
    const [{ n: communes }] = await this.dataSource.query(UNITS_OF_LEVEL[set.unitLevel], [subtreePattern(unit.path)]);
    const byPosition = new Map(criteria.map((c) => [c.position, c]));
    return {
      unit: { code: unit.code, name: unit.name, type: unit.type },
      set: target.summary,
      year,
      years: target.years,
      criteria: set.criteria.map((c, i) => ({ number: c.number, name: c.name, met: byPosition.get(i)?.met ?? 0, notMet: byPosition.get(i)?.not_met ?? 0, noData: byPosition.get(i)?.no_data ?? 0 })),
      levels: { none: 0, ntm: 0, advanced: 0, model: 0, ...Object.fromEntries(levels.map((l) => [l.level, l.n])) },
      distribution: Array.from({ length: set.criteria.length + 1 }, (_, met) => distribution.find((d) => d.met === met)?.n ?? 0),
      averageMet: summary!.average_met,
      grid: grid.map(({ code, name, type, met, total, level, ready, states }) => ({ unit: { code, name, type }, met, total, level, readyForRecognition: ready, states })),
      targets: await this.targetList.targetsOf(unit, (t) => targetShown(t, set)),
      closedYears: ((await this.dataSource.query(CLOSED_YEARS, [target.provinceCode])) as { year: number }[]).map((r) => r.year),
      headline: { communes: communes as number, evaluated: summary!.evaluated, ...(await this.poverty(target)), pollsPassed: summary!.passed, pollsFailed: summary!.failed, pollsInvalid: summary!.invalid, noPoll: summary!.no_poll },
      computedAt: summary!.computed_at?.toISOString() ?? null,
    };
  }

  /** The unit's own figures of its latest finalised review up to the year (not an average of communes). */
  private async poverty({ unit, year, provinceCode }: ReadTarget): Promise<{ multidimensionalPovertyRate: number | null; incomePerHead: number | null }> {
    const [row]: IndicatorRow[] = await this.dataSource.query(OWN_POVERTY_ROW, [unit.code, year]);
    if (!row) return { multidimensionalPovertyRate: null, incomePerHead: null };
    const rates = povertyIndicatorRates(toIndicatorCounts(row), await this.settings.exclusionRule(provinceCode));
    return { multidimensionalPovertyRate: rates.multidimensional, incomePerHead: rates.incomePerHead?.perYear ?? null };
  }
}
