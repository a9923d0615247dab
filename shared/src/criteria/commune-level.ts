import type { PollVerdict } from '../polls/poll-rates';
import type { CommuneLevel, UnitCriteriaScore } from './criteria-evaluation';

type Evaluated = Pick<UnitCriteriaScore, 'allMet'> | null | undefined;

/**
 * The level a commune reached in a year. Decision 318: the advanced set counts only for a commune
 * that is NTM; Decision 319: a model commune is an advanced one that meets the model conditions.
 * Decision 51/2025 has one level (its pilot "modern" tier is not evaluated): pass only `ntm`.
 */
export function communeLevel(scores: { ntm: Evaluated; advanced?: Evaluated; model?: Evaluated }): CommuneLevel {
  if (!scores.ntm?.allMet) return 'none';
  if (!scores.advanced?.allMet) return 'ntm';
  if (!scores.model?.allMet) return 'advanced';
  return 'model';
}

/** Ready for recognition: every NTM criterion met and the latest finalised satisfaction poll
 * covering the unit is valid and passed (a failed or invalid poll, or none, is not enough). */
export function readyForRecognition(ntmScore: Evaluated, pollVerdict: PollVerdict | null): boolean {
  return Boolean(ntmScore?.allMet) && pollVerdict === 'passed';
}
