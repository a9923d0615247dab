import type { PovertyClass } from '../households/poverty-class';
import type { HouseholdAssessment, TraceLine } from './assessment';
import { classLine, deprivationLine, indicatorLine, livelihoodLine, screeningLine, standardLine } from './classification-trace';
import type { HouseholdFacts } from './facts';
import { summarizeHousehold } from './household-summary';
import { assessIncome } from './income/assess-income';
import { DEFAULT_PROXY_SCORING_TABLE } from './income/default-proxy-table';
import type { IncomeBand } from './income/income-band';
import type { ProxyScoringTable } from './income/proxy-score';
import { type IndicatorId, indicatorInput } from './indicators/indicator';
import type { PovertyStandard } from './standard';

/** The B1 table for households scored by proxy; the default table (to be confirmed) when none is given. */
export type ClassifyOptions = { readonly proxyTable?: ProxyScoringTable };

/**
 * Classifies a household under `standard` from the recorded facts, exactly as the regulation reads:
 * - Phiếu A: one clear non-poor sign stops the review (`screened_out`);
 * - income ≤ line and ≥ 3 deprivations: poor; income ≤ line and fewer: near-poor (Decision 59/2015
 *   adds a lower tier, poor whatever the deprivations);
 * - over the line and ≤ the average bound: `average` for a household living from agriculture,
 *   forestry, fishery or salt (the group the average standard serves), `not_poor` for any other;
 * - over that: not poor. Above the line a household is never poor, whatever its deprivations.
 * A fact that is missing never counts as "not deprived": any unknown indicator, an unknown income or
 * screening, or (in the average band) an unknown livelihood gives `incomplete`.
 */
export function classifyHousehold(facts: HouseholdFacts, standard: PovertyStandard, options: ClassifyOptions = {}): HouseholdAssessment {
  const input = indicatorInput(facts);
  const trace: TraceLine[] = [standardLine(standard, facts.area), screeningLine(facts.screeningSigns)];
  const result = (povertyClass: PovertyClass, rest: Pick<HouseholdAssessment, 'deprived' | 'unknown' | 'income'>): HouseholdAssessment => {
    trace.push(classLine(povertyClass));
    return {
      standardId: standard.id,
      area: facts.area,
      referenceDate: facts.referenceDate,
      povertyClass,
      ...rest,
      deprivationCount: rest.deprived.length,
      members: facts.members.length,
      trace,
      householdFacts: summarizeHousehold(input),
      socialProtection: facts.socialProtection,
    };
  };
  if (facts.screeningSigns !== null && facts.screeningSigns.length > 0) return result('screened_out', { deprived: [], unknown: [], income: null });

  const deprived: IndicatorId[] = [];
  const unknown: IndicatorId[] = [];
  for (const indicator of standard.indicators) {
    const verdict = indicator.deprived(input);
    if (verdict === true) deprived.push(indicator.id);
    if (verdict === null) unknown.push(indicator.id);
    trace.push(indicatorLine(indicator, verdict));
  }
  const minimum = standard.minDeprivations.value;
  trace.push(deprivationLine(deprived.length, unknown.length, minimum));
  const income = assessIncome(input, standard, options.proxyTable ?? DEFAULT_PROXY_SCORING_TABLE);
  trace.push(...income.trace);
  if (income.band === 'average_band') trace.push(livelihoodLine(facts.farmLivelihood));

  const complete = facts.screeningSigns !== null && unknown.length === 0;
  const povertyClass = complete ? classOf(income.band, deprived.length >= minimum, facts.farmLivelihood) : 'incomplete';
  return result(povertyClass, { deprived, unknown, income: income.used });
}

function classOf(band: IncomeBand | null, enoughDeprivations: boolean, farmLivelihood: boolean | null): PovertyClass {
  switch (band) {
    case null:
      return 'incomplete';
    case 'income_only_poor':
      return 'poor';
    case 'within_line':
      return enoughDeprivations ? 'poor' : 'near_poor';
    case 'average_band':
      return farmLivelihood === null ? 'incomplete' : farmLivelihood ? 'average' : 'not_poor';
    case 'above':
      return 'not_poor';
  }
}
