import { type CommuneLevel, type CriteriaSet, communeLevel, type PollVerdict, readyForRecognition, type UnitCriteriaScore } from '@ntm/shared';

type ScoredSet = { set: CriteriaSet; score: UnitCriteriaScore };

/**
 * The level and readiness stored with each of a unit's evaluations of a year. The national commune
 * sets of a period (NTM, advanced, model for 2021–2025; NTM alone for 2026–2030) make one level
 * together, stored on each of them; a province's own set (or a village set) has its own: its tier
 * when all is met. Ready for recognition: the NTM set all met and the latest poll passed.
 */
export function levelsOfUnitYear(scores: ScoredSet[], pollVerdict: PollVerdict | null): (set: CriteriaSet) => { level: CommuneLevel; ready: boolean } {
  const nationalOf = (tier: CriteriaSet['tier']) => scores.find(({ set }) => set.provinceCode === null && set.tier === tier)?.score;
  const ntm = nationalOf('ntm');
  const national = communeLevel({ ntm, advanced: nationalOf('advanced'), model: nationalOf('model') });
  const nationalReady = readyForRecognition(ntm, pollVerdict);
  return (set) => {
    if (set.provinceCode === null) return { level: national, ready: nationalReady };
    const own = scores.find((s) => s.set.id === set.id)!.score;
    // The pilot 'modern' tier has no level of its own (Decision 51/2025 evaluates NTM only).
    return { level: own.allMet ? (set.tier === 'modern' ? 'ntm' : set.tier) : 'none', ready: readyForRecognition(own, pollVerdict) };
  };
}
