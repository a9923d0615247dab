import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CRITERIA_FEED_FORMULAS_VI,
  type CriteriaFeed,
  type ExclusionRule,
  feedValue,
  type IndicatorTrace,
  type PollVerdict,
  type PovertyIndicatorCounts,
  povertyIndicatorRates,
} from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { INDICATOR_ROW_SELECT } from '../../poverty-indicators/poverty-indicators.service';
import { type IndicatorRow, toIndicatorCounts } from '../../poverty-indicators/poverty-indicators.mapper';
import { ReviewSettingsService } from '../../poverty-review/review-settings.service';
import { requireIndicator } from '../criteria-values';
import type { TraceQueryDto } from '../dto/criteria-query.dto';
import { ReadTargets } from './read-target';
import { type CampaignSource, responsesUrl } from './responses-url';
import { unitLevelOf } from './unit-level';
import { RESULTS, type ResultRow } from './unit-page.sql';

type TracedVillage = IndicatorTrace['villages'][number];
type PollVillageRow = { unit_code: string; unit_name: string; parent_code: string | null; verdict: PollVerdict; average: number | null; returned: number; households: number | null };

const MANUAL_FORMULA = 'Số liệu do cơ quan phụ trách nhập, kèm minh chứng (tệp hoặc đường dẫn, ghi chú, ngày)';

/** criterion → indicator → campaign → villages → responses: the figure of each village of the
 * campaign the value came from, and where its responses are listed. */
@Injectable()
export class TraceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: ReadTargets,
    private readonly settings: ReviewSettingsService,
  ) {}

  async trace(user: AuthUser, query: TraceQueryDto): Promise<IndicatorTrace> {
    const { unit, set, year, provinceCode } = await this.targets.resolve(user, query, unitLevelOf);
    const { indicator } = requireIndicator(set, query.indicator, 'indicator');
    const [result]: ResultRow[] = await this.dataSource.query(`${RESULTS} AND indicator_id = $4`, [unit.code, set.id, year, indicator.id]);
    const source = result?.source ?? { kind: 'none' as const };
    const base = { unit: { code: unit.code, name: unit.name, type: unit.type }, indicatorId: indicator.id, value: result?.value ?? null, source };
    if (indicator.source.kind !== 'feed') return { ...base, villages: [], formula: MANUAL_FORMULA };
    const feed = indicator.source.feed;
    const formula = CRITERIA_FEED_FORMULAS_VI[feed];
    if (source.kind !== 'campaign') return { ...base, villages: [], formula };
    const villages =
      source.campaignKind === 'satisfaction_poll'
        ? await this.pollVillages(source, unit.code, feed)
        : await this.countVillages(source, unit.code, feed, await this.settings.exclusionRule(provinceCode));
    return { ...base, villages, formula };
  }

  private async countVillages(source: CampaignSource, unitCode: string, feed: CriteriaFeed, rule: ExclusionRule): Promise<TracedVillage[]> {
    const rows: IndicatorRow[] = await this.dataSource.query(
      `${INDICATOR_ROW_SELECT} WHERE p.campaign_id = $1 AND p.is_village AND (p.parent_code = $2 OR p.unit_code = $2) ORDER BY p.unit_path`,
      [source.campaignId, unitCode],
    );
    return rows.map((row) => {
      const counts = toIndicatorCounts(row);
      return {
        unit: { code: row.unit_code, name: row.unit_name, type: row.unit_type },
        value: feedValue(feed, { counts, exclusionRule: rule, poll: null }),
        ...fractionOf(feed, counts, rule),
        responsesUrl: responsesUrl(source, row.parent_code ?? unitCode, row.unit_code),
      };
    });
  }

  private async pollVillages(source: CampaignSource, unitCode: string, feed: CriteriaFeed): Promise<TracedVillage[]> {
    const rows: PollVillageRow[] = await this.dataSource.query(
      `SELECT unit_code, unit_name, parent_code, verdict, average, returned, households FROM poll_result_unit
        WHERE campaign_id = $1 AND level = 'village' AND (parent_code = $2 OR unit_code = $2) ORDER BY unit_code`,
      [source.campaignId, unitCode],
    );
    return rows.map((row) => ({
      unit: { code: row.unit_code, name: row.unit_name, type: 'village' },
      value: feedValue(feed, { counts: null, exclusionRule: NO_EXCLUSION, poll: { verdict: row.verdict, average: row.average } }),
      numerator: row.returned,
      denominator: row.households,
      responsesUrl: responsesUrl(source, row.parent_code ?? unitCode, row.unit_code),
    }));
  }
}

const NO_EXCLUSION: ExclusionRule = { excludeSocialProtection: false, excludeImpoverishedByShock: false };

/** The counts behind a village's figure (million đồng over persons for income). */
function fractionOf(feed: CriteriaFeed, counts: PovertyIndicatorCounts, rule: ExclusionRule): { numerator: number | null; denominator: number | null } {
  const { classes, households } = counts;
  switch (feed) {
    case 'poverty.multidimensionalRate':
      return { numerator: classes.poor + classes.near_poor - povertyIndicatorRates(counts, rule).ntm.excluded, denominator: households };
    case 'poverty.poorRate':
      return { numerator: classes.poor, denominator: households };
    case 'income.perHead':
      return { numerator: Number(BigInt(counts.income.yearlySum) / 1_000_000n), denominator: counts.income.members };
    case 'facts.durableHousing':
    case 'facts.cleanWater':
    case 'facts.hygienicLatrine':
    case 'facts.allInsured':
    case 'facts.internetUse': {
      const fact = counts.facts[feed.slice('facts.'.length) as keyof PovertyIndicatorCounts['facts']];
      return { numerator: fact.yes, denominator: fact.known };
    }
    default:
      return { numerator: null, denominator: null };
  }
}
