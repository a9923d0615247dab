import type { PollVerdict } from '../polls/poll-rates';
import type { PovertyIndicatorCounts } from '../poverty-indicators/indicator-counts';
import { povertyIndicatorRates, roundedRatio } from '../poverty-indicators/rates';
import type { ExclusionRule } from '../poverty-review/review-settings';
import type { CriteriaFeed } from './criteria-set';

/** What a feed reads: the unit's counts from the latest finalised household review (or income
 * survey), the province's NTM exclusion rule, and the latest finalised poll's result for the unit. */
export type FeedSources = {
  counts: PovertyIndicatorCounts | null;
  exclusionRule: ExclusionRule;
  /** `average` in hundredths of a percent, as `poll_result_unit` stores it. */
  poll: { verdict: PollVerdict; average: number | null } | null;
};

/** The value a survey gives an indicator (2-decimal percentages, million đồng per person per
 * year), or null when the source is missing or has nothing to divide by. */
export function feedValue(feed: CriteriaFeed, sources: FeedSources): number | boolean | null {
  switch (feed) {
    case 'poll.passed':
      return sources.poll ? sources.poll.verdict === 'passed' : null;
    case 'poll.satisfactionRate':
      return sources.poll?.average == null ? null : roundedRatio(sources.poll.average, 100);
    default:
      return sources.counts ? countsFeedValue(feed, povertyIndicatorRates(sources.counts, sources.exclusionRule)) : null;
  }
}

type CountsFeed = Exclude<CriteriaFeed, `poll.${string}`>;

function countsFeedValue(feed: CountsFeed, rates: ReturnType<typeof povertyIndicatorRates>): number | null {
  switch (feed) {
    // The NTM criterion's rate: the province's exclusions leave the numerator, never the denominator.
    case 'poverty.multidimensionalRate':
      return rates.ntm.multidimensional;
    case 'poverty.poorRate':
      return rates.poor;
    case 'income.perHead':
      return rates.incomePerHead?.perYear ?? null;
    case 'facts.durableHousing':
      return rates.facts.durableHousing;
    case 'facts.cleanWater':
      return rates.facts.cleanWater;
    case 'facts.hygienicLatrine':
      return rates.facts.hygienicLatrine;
    case 'facts.allInsured':
      return rates.facts.allInsured;
    case 'facts.internetUse':
      return rates.facts.internetUse;
  }
}
