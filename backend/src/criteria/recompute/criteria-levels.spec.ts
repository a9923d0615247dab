import type { CriteriaSet, UnitCriteriaScore } from '@ntm/shared';
import { levelsOfUnitYear } from './criteria-levels';

const set = (id: string, tier: CriteriaSet['tier'], provinceCode: string | null = null) => ({ id, tier, provinceCode }) as CriteriaSet;
const scored = (s: CriteriaSet, allMet: boolean) => ({ set: s, score: { setId: s.id, allMet } as UnitCriteriaScore });

const NTM = set('QD318_NTM', 'ntm');
const ADVANCED = set('QD318_ADVANCED', 'advanced');
const MODEL = set('QD319_MODEL', 'model');
const VILLAGE = set('P15_VILLAGE_NTM', 'ntm', '15');

describe('the level and readiness stored with a unit-year evaluation', () => {
  it('gives every national set of the period the commune level: model needs advanced, advanced needs NTM (Decisions 318, 319)', () => {
    const levels = levelsOfUnitYear([scored(NTM, true), scored(ADVANCED, true), scored(MODEL, true)], 'passed');
    expect([NTM, ADVANCED, MODEL].map((s) => levels(s))).toEqual(Array(3).fill({ level: 'model', ready: true }));
    expect(levelsOfUnitYear([scored(NTM, false), scored(ADVANCED, true), scored(MODEL, true)], 'passed')(ADVANCED)).toEqual({ level: 'none', ready: false });
    expect(levelsOfUnitYear([scored(NTM, true), scored(ADVANCED, false), scored(MODEL, true)], null)(NTM)).toEqual({ level: 'ntm', ready: false });
  });

  it('is ready for recognition only with a passed poll', () => {
    for (const verdict of ['failed', 'invalid', null] as const) expect(levelsOfUnitYear([scored(NTM, true)], verdict)(NTM).ready).toBe(false);
    expect(levelsOfUnitYear([scored(NTM, true)], 'passed')(NTM).ready).toBe(true);
  });

  it("gives a province's own set its own tier once all is met, whatever the national sets", () => {
    const levels = levelsOfUnitYear([scored(NTM, false), scored(VILLAGE, true)], 'passed');
    expect(levels(VILLAGE)).toEqual({ level: 'ntm', ready: true });
    expect(levels(NTM)).toEqual({ level: 'none', ready: false });
    expect(levelsOfUnitYear([scored(set('P15_MODEL_VILLAGE', 'model', '15'), true)], null)(set('P15_MODEL_VILLAGE', 'model', '15'))).toEqual({ level: 'model', ready: false });
  });
});
