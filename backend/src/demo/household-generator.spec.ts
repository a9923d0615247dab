import { memberProblems } from '@ntm/shared';
import { generateHouseholds } from './household-generator';

const VILLAGES = ['02839-01', '02839-02', '02839-03'].map((code) => ({ code, path: `/VN/15/02839/${code}/`, communeCode: '02839', name: `Thôn ${code.slice(-2)}` }));

describe('generateHouseholds', () => {
  const households = generateHouseholds(VILLAGES, { fates: true });

  it('gives every village 60–250 households, coded by village suffix and unique in the commune', () => {
    for (const village of VILLAGES) {
      const own = households.filter((h) => h.villageCode === village.code);
      expect(own.length).toBeGreaterThanOrEqual(60);
      expect(own.length).toBeLessThanOrEqual(250);
      expect(own[0]!.code).toBe(`${village.code.slice(-2)}.001`);
    }
    expect(new Set(households.map((h) => h.code)).size).toBe(households.length);
  });

  it('writes households the registry accepts: 1–9 members, the head first and named as the household', () => {
    for (const h of households) {
      expect(memberProblems(h.members, '2025-12-31')).toEqual([]);
      expect(h.members.length).toBeGreaterThanOrEqual(1);
      expect(h.members.length).toBeLessThanOrEqual(9);
      expect(h.headName).toBe(h.members[0]!.fullName);
    }
  });

  it('is the same for the same seed whatever the order of villages, and another for another seed', () => {
    const reversed = generateHouseholds([...VILLAGES].reverse(), { fates: true });
    const byCode = (list: typeof households) => Object.fromEntries(list.map((h) => [h.code, h.members.map((m) => m.fullName).join()]));
    expect(byCode(reversed)).toEqual(byCode(households));
    expect(byCode(generateHouseholds(VILLAGES, { seed: 7 }))).not.toEqual(byCode(households));
  });

  it('merges households only into an earlier household of the same village that stays', () => {
    const merged = households.filter((h) => h.fate?.status === 'merged');
    expect(merged.length).toBeGreaterThan(0);
    for (const h of merged) {
      const target = households[h.fate!.mergedIntoIndex!]!;
      expect([target.villageCode, target.fate]).toEqual([h.villageCode, null]);
    }
  });

  it('makes exactly the number asked for each village', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ code: `V-${String(i).padStart(3, '0')}`, path: `/VN/99/V/${i}/`, communeCode: `C${Math.floor(i / 10)}` }));
    const generated = generateHouseholds(many, { perVillage: 250, fates: true });
    expect(generated).toHaveLength(10_000);
    expect(generated.filter((h) => h.villageCode === 'V-007')).toHaveLength(250);
  });
});
