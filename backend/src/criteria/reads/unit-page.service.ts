import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { criterionState, type CriterionView, type IndicatorView, type ManualValueDto, type PollHeadline, type UnitCriteriaPage } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import type { UnitSetYearQueryDto } from '../dto/criteria-query.dto';
import { MANUAL_VALUE_SELECT, type ManualValueRow, toManualValueDto } from '../values/manual-values.mapper';
import { type ReadTarget, ReadTargets } from './read-target';
import { unitLevelOf } from './unit-level';
import { EVALUATION, type EvaluationRow, HISTORY, POLL, RESULTS, type ResultRow, VILLAGES } from './unit-page.sql';

const NO_RESULT: Omit<ResultRow, 'indicator_id'> = { value: null, threshold: null, state: 'no_data', no_data_reason: 'no_value', source: { kind: 'none' }, manual_value_id: null };

/** A commune's (or a village's) page: each criterion with its indicators, values, thresholds and
 * sources, its history over the years and its villages. */
@Injectable()
export class UnitPageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: ReadTargets,
  ) {}

  async page(user: AuthUser, code: string, query: UnitSetYearQueryDto): Promise<UnitCriteriaPage> {
    const target = await this.targets.resolve(user, { ...query, unit: code }, unitLevelOf);
    const { unit, set, year } = target;
    const key = [unit.code, set.id, year];
    const [evaluation]: EvaluationRow[] = await this.dataSource.query(EVALUATION, key);
    const results: ResultRow[] = await this.dataSource.query(RESULTS, key);
    const manual = await this.manualValues(results);
    return {
      unit: { code: unit.code, name: unit.name, type: unit.type },
      parentCode: unit.parentCode,
      set: target.summary,
      year,
      score: scoreOf(target, evaluation),
      level: evaluation?.level ?? 'none',
      readyForRecognition: evaluation?.ready ?? false,
      poll: evaluation?.poll_campaign_id ? await this.poll(evaluation.poll_campaign_id, unit.code) : null,
      criteria: criteriaViews(target, results, manual),
      history: (await this.dataSource.query(HISTORY, [unit.code, set.id])) as UnitCriteriaPage['history'],
      villages: ((await this.dataSource.query(VILLAGES, key)) as { code: string; name: string; type: 'village'; met: number | null; total: number | null }[]).map(
        ({ code: c, name, type, met, total }) => ({ unit: { code: c, name, type }, met, total }),
      ),
      computedAt: evaluation?.computed_at.toISOString() ?? null,
      frozen: evaluation?.frozen ?? false,
    };
  }

  private async manualValues(results: ResultRow[]): Promise<Map<string, ManualValueDto>> {
    const ids = results.map((r) => r.manual_value_id).filter((id): id is string => id !== null);
    if (ids.length === 0) return new Map();
    const rows: ManualValueRow[] = await this.dataSource.query(`${MANUAL_VALUE_SELECT} WHERE m.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, toManualValueDto(row)]));
  }

  private async poll(campaignId: string, unitCode: string): Promise<PollHeadline | null> {
    const [row]: { campaign_id: string; campaign_name: string; year: number; verdict: PollHeadline['verdict']; coverage: number | null; average: number | null }[] =
      await this.dataSource.query(POLL, [campaignId, unitCode]);
    return row ? { campaignId: row.campaign_id, campaignName: row.campaign_name, year: row.year, verdict: row.verdict, coverage: row.coverage, average: row.average } : null;
  }
}

function scoreOf({ set, year }: ReadTarget, e: EvaluationRow | undefined): UnitCriteriaPage['score'] {
  const total = set.criteria.length;
  if (!e) return { setId: set.id, setVersion: set.version, year, column: null, met: 0, notMet: 0, noData: total, total, score: 0, allMet: false };
  return { setId: set.id, setVersion: e.set_version, year, column: e.column, met: e.met, notMet: e.not_met, noData: e.no_data, total: e.total, score: e.score, allMet: e.all_met };
}

function criteriaViews({ set }: ReadTarget, results: ResultRow[], manual: Map<string, ManualValueDto>): CriterionView[] {
  const byIndicator = new Map(results.map((r) => [r.indicator_id, r]));
  return set.criteria.map((criterion) => {
    const indicators: IndicatorView[] = criterion.indicators.map(({ id, name, unit, comparison, source, legalBasis, status }) => {
      const r = byIndicator.get(id) ?? { ...NO_RESULT, indicator_id: id };
      return {
        indicator: { id, name, unit, comparison, source, legalBasis, status },
        value: r.value,
        threshold: r.threshold ? { value: r.threshold.value, origin: r.threshold.origin, status: r.threshold.status } : null,
        state: r.state,
        noData: r.no_data_reason,
        source: r.source,
        manual: r.manual_value_id ? (manual.get(r.manual_value_id) ?? null) : null,
      };
    });
    return { number: criterion.number, name: criterion.name, state: criterionState(indicators.map((v) => v.state)), indicators };
  });
}
