import { useSearchParams } from 'react-router';
import type { CriteriaSetSummary } from '@ntm/shared';
import { useCriteriaSets } from '../api/get-criteria-sets';

/** Years a set is evaluated over: its own range, up to the current calendar year. */
export function yearsOfSet(set: Pick<CriteriaSetSummary, 'fromYear' | 'toYear'>, now = new Date().getFullYear()): number[] {
  const years: number[] = [];
  for (let year = set.fromYear; year <= Math.min(set.toYear, now); year += 1) years.push(year);
  return years;
}

function covers(set: CriteriaSetSummary, year: number): boolean {
  return set.fromYear <= year && year <= set.toYear;
}

/** The commune NTM set comes first: it is the one the province recognises communes by. */
function preferred(sets: CriteriaSetSummary[]): CriteriaSetSummary | undefined {
  return sets.find((set) => set.unitLevel === 'commune' && set.tier === 'ntm') ?? sets[0];
}

/** The set and year a criteria page shows, kept in the address (`?set=&year=`) so it can be shared;
 * defaults: the current year (or the latest year any set covers) and its commune NTM set. */
export function useCriteriaParams(unitLevel?: CriteriaSetSummary['unitLevel']) {
  const [params, setParams] = useSearchParams();
  const sets = useCriteriaSets();
  const all = (sets.data ?? []).filter((set) => !unitLevel || set.unitLevel === unitLevel);
  const years = [...new Set(all.flatMap((set) => yearsOfSet(set)))].sort((a, b) => b - a);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : (years[0] ?? 0);
  const covering = all.filter((set) => covers(set, year));
  const set = covering.find((candidate) => candidate.id === params.get('set')) ?? preferred(covering);

  const update = (next: { set?: string; year?: number }) => {
    const merged = new URLSearchParams(params);
    if (next.year !== undefined) merged.set('year', String(next.year));
    if (next.set !== undefined) merged.set('set', next.set);
    setParams(merged, { replace: true });
  };
  return { sets, years, covering, set, year, update, search: set ? `?set=${encodeURIComponent(set.id)}&year=${year}` : '' };
}
