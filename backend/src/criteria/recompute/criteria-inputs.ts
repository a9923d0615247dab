import {
  type CriteriaSet,
  type CriteriaValueInput,
  type ExclusionRule,
  feedValue,
  type ValueSource,
} from '@ntm/shared';
import { toIndicatorCounts } from '../../poverty-indicators/poverty-indicators.mapper';
import type { ManualRow, PollFeedRow, PovertyFeedRow, ScoredUnit } from './criteria-feeds.sql';

/** Everything the feeds returned for a recompute, keyed for the per-unit evaluation. */
export class FeedValues {
  private readonly poverty = new Map<string, PovertyFeedRow>();
  private readonly income = new Map<string, PovertyFeedRow>();
  private readonly polls = new Map<string, PollFeedRow>();
  private readonly manual = new Map<string, ManualRow>();

  constructor(
    private readonly rule: ExclusionRule,
    feeds: { poverty: PovertyFeedRow[]; income: PovertyFeedRow[]; polls: PollFeedRow[]; manual: ManualRow[] },
  ) {
    for (const row of feeds.poverty) this.poverty.set(`${row.unit_code}|${row.year}`, row);
    for (const row of feeds.income) this.income.set(`${row.unit_code}|${row.year}`, row);
    for (const row of feeds.polls) this.polls.set(`${row.unit_code}|${row.year}`, row);
    for (const row of feeds.manual) this.manual.set(`${row.unit_code}|${row.set_id}|${row.indicator_id}|${row.year}`, row);
  }

  poll(unit: ScoredUnit, year: number): PollFeedRow | null {
    return this.polls.get(`${unit.code}|${year}`) ?? null;
  }

  /**
   * The value offered for every indicator of the set: the agency's entry, or for a fed indicator
   * the figure of the latest finalised campaign. A fed indicator falls back to an entry only where
   * no campaign covers the unit and year (official figures of years before the surveys ran here);
   * a campaign, once finalised, always wins.
   */
  inputs(set: CriteriaSet, unit: ScoredUnit, year: number): Record<string, CriteriaValueInput> {
    const inputs: Record<string, CriteriaValueInput> = {};
    for (const criterion of set.criteria) {
      for (const indicator of criterion.indicators) {
        const fed = indicator.source.kind === 'feed' ? this.feedInput(indicator.source.feed, unit, year) : NO_VALUE;
        inputs[indicator.id] = fed.source.kind === 'campaign' ? fed : this.manualInput(set.id, indicator.id, unit, year);
      }
    }
    return inputs;
  }

  private manualInput(setId: string, indicatorId: string, unit: ScoredUnit, year: number): CriteriaValueInput {
    const row = this.manual.get(`${unit.code}|${setId}|${indicatorId}|${year}`);
    if (!row) return NO_VALUE;
    return { value: row.value, source: { kind: 'manual', entryId: row.id, enteredBy: row.entered_by, enteredAt: row.entered_at.toISOString() } };
  }

  private feedInput(feed: Parameters<typeof feedValue>[0], unit: ScoredUnit, year: number): CriteriaValueInput {
    const key = `${unit.code}|${year}`;
    const row = feed.startsWith('poll.') ? this.polls.get(key) : feed.startsWith('income.') ? this.income.get(key) : this.poverty.get(key);
    if (!row) return NO_VALUE;
    const counts = isPovertyRow(row) ? toIndicatorCounts(row) : null;
    const poll = isPovertyRow(row) ? null : { verdict: row.verdict, average: row.average };
    const value = feedValue(feed, { counts, exclusionRule: this.rule, poll });
    return { value, source: campaignSource(row) };
  }
}

const isPovertyRow = (row: PovertyFeedRow | PollFeedRow): row is PovertyFeedRow => 'income_sum' in row;

const NO_VALUE: CriteriaValueInput = { value: null, source: { kind: 'none' } };

function campaignSource(row: PovertyFeedRow | PollFeedRow): ValueSource {
  return { kind: 'campaign', campaignId: row.campaign_id, campaignName: row.campaign_name, campaignKind: row.campaign_kind, year: row.campaign_year };
}
