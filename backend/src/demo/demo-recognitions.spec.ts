import { demoClasses } from './demo-recognitions';

describe('demoClasses (a mountain commune: about 15% poor, 10% near-poor)', () => {
  const tally = (n: number) => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < n; i++) {
      const { year, yearBefore } = demoClasses(i, n);
      counts[`${yearBefore}→${year}`] = (counts[`${yearBefore}→${year}`] ?? 0) + 1;
    }
    return counts;
  };

  it('shapes 40 households: 6 poor (4 already poor, 2 near-poor the year before), 4 near-poor, 2 escaped, 28 never poor', () => {
    // 15% of 40 = 6 poor, of which round(6/3) = 2 were near-poor; 10% = 4 near-poor, half new; 5% = 2 escaped.
    expect(tally(40)).toEqual({ 'poor→poor': 4, 'near_poor→poor': 2, 'near_poor→near_poor': 2, 'not_poor→near_poor': 2, 'poor→not_poor': 2, 'not_poor→not_poor': 28 });
  });

  it('shapes 100 households: 15 poor, 10 near-poor, 5 escaped', () => {
    expect(tally(100)).toEqual({ 'poor→poor': 10, 'near_poor→poor': 5, 'near_poor→near_poor': 5, 'not_poor→near_poor': 5, 'poor→not_poor': 5, 'not_poor→not_poor': 70 });
  });

  it('gives a commune of one household no poor one', () => {
    expect(demoClasses(0, 1)).toEqual({ year: 'not_poor', yearBefore: 'not_poor' });
  });
});
