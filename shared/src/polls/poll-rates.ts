import { type PassRule, type PollRules, toHundredths } from './poll-rules';

/**
 * Poll arithmetic on integer counts only. A rate is kept in hundredths of a percent (98.61% → 9861),
 * rounded half up once, from the counts: no float percentage is ever rounded or summed.
 */

/** `part / whole` in hundredths of a percent, rounded half up; null when `whole` is 0. */
export function ratioHundredths(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  // round(part * 10000 / whole) = floor((2 * part * 10000 + whole) / (2 * whole)), all integers.
  return Math.floor((2 * part * 10_000 + whole) / (2 * whole));
}

export type ItemCounts = { satisfied: number; notSatisfied: number; unanswered: number };

/** Satisfied ÷ answered (unanswered forms are left out of an item's denominator and reported). */
export function satisfactionRate(counts: Pick<ItemCounts, 'satisfied' | 'notSatisfied'>): number | null {
  return ratioHundredths(counts.satisfied, counts.satisfied + counts.notSatisfied);
}

/** Households that returned a form ÷ households in scope; null when the household total is unknown. */
export function coverage(returned: number, households: number | null): number | null {
  return households === null ? null : ratioHundredths(returned, households);
}

/** One village's (or a sum's) figures: what results are computed from. */
export type UnitCounts = { households: number | null; returned: number; items: Record<string, ItemCounts> };

/** A commune (or poll) is the sum of its villages' counts, never an average of their percentages.
 * Its household total is unknown when one village's is: coverage could not be stated. */
export function sumCounts(units: readonly UnitCounts[], itemNames: readonly string[]): UnitCounts {
  const items: Record<string, ItemCounts> = {};
  for (const name of itemNames) {
    items[name] = { satisfied: 0, notSatisfied: 0, unanswered: 0 };
    for (const unit of units) {
      const counts = unit.items[name];
      if (!counts) continue;
      items[name].satisfied += counts.satisfied;
      items[name].notSatisfied += counts.notSatisfied;
      items[name].unanswered += counts.unanswered;
    }
  }
  const households = units.some((u) => u.households === null) ? null : units.reduce((sum, u) => sum + (u.households ?? 0), 0);
  return { households, returned: units.reduce((sum, u) => sum + u.returned, 0), items };
}

/** An item of the questionnaire, as results need it: `number` for criterion items, `overall` for the overall one. */
export type PollItemRef = { name: string; number: number | null; overall: boolean };

export type PollVerdict = 'passed' | 'failed' | 'invalid';
export const POLL_VERDICT_LABELS_VI: Readonly<Record<PollVerdict, string>> = {
  passed: 'Đạt',
  failed: 'Không đạt',
  invalid: 'Không hợp lệ',
};

export type ItemEvaluation = ItemCounts & { name: string; rate: number | null; passed: boolean | null };

export type UnitEvaluation = {
  households: number | null;
  returned: number;
  coverage: number | null;
  coverageMet: boolean;
  /** Average of the rule's items (average_and_overall only), in hundredths. */
  average: number | null;
  /** The pass rule alone, whatever the coverage. */
  rulePassed: boolean;
  verdict: PollVerdict;
  items: ItemEvaluation[];
};

/**
 * Applies a poll's rules to counts. Thresholds are compared with the published two-decimal
 * figures, so anyone reading the posted sheet can check the verdict; a unit whose coverage is
 * below the minimum (or unknown) is "không hợp lệ" whatever its rates.
 */
export function evaluateUnit(counts: UnitCounts, items: readonly PollItemRef[], rules: Pick<PollRules, 'minCoverage' | 'passRule'>): UnitEvaluation {
  const rates = items.map((item) => {
    const itemCounts = counts.items[item.name] ?? { satisfied: 0, notSatisfied: 0, unanswered: 0 };
    return { item, counts: itemCounts, rate: satisfactionRate(itemCounts) };
  });
  const judged = judge(rules.passRule, rates.map(({ item, rate }) => ({ item, rate })));
  const cover = coverage(counts.returned, counts.households);
  const coverageMet = cover !== null && cover >= toHundredths(rules.minCoverage);
  return {
    households: counts.households,
    returned: counts.returned,
    coverage: cover,
    coverageMet,
    average: judged.average,
    rulePassed: judged.passed,
    verdict: !coverageMet ? 'invalid' : judged.passed ? 'passed' : 'failed',
    items: rates.map(({ item, counts: c, rate }) => ({ name: item.name, ...c, rate, passed: judged.itemPassed(item) })),
  };
}

type RatedItem = { item: PollItemRef; rate: number | null };
type Judgement = { passed: boolean; average: number | null; itemPassed: (item: PollItemRef) => boolean | null };

function judge(rule: PassRule, rated: RatedItem[]): Judgement {
  switch (rule.kind) {
    case 'every_item': {
      const min = toHundredths(rule.min);
      const meets = (rate: number | null) => rate !== null && rate >= min;
      return { passed: rated.length > 0 && rated.every(({ rate }) => meets(rate)), average: null, itemPassed: (item) => meets(rateOf(rated, item)) };
    }
    case 'average_and_overall': {
      const chosen = rated.filter(({ item }) => item.number !== null && rule.items.includes(item.number));
      const average = averageOf(chosen.length === rule.items.length ? chosen.map(({ rate }) => rate) : []);
      const overall = rated.find(({ item }) => item.overall)?.rate ?? null;
      const overallMet = overall !== null && overall >= toHundredths(rule.overallMin);
      const averageMet = average !== null && average >= toHundredths(rule.averageMin);
      return { passed: averageMet && overallMet, average, itemPassed: (item) => (item.overall ? overallMet : null) };
    }
    default: {
      const unhandled: never = rule;
      throw new Error(`Unknown pass rule ${JSON.stringify(unhandled)}`);
    }
  }
}

function rateOf(rated: RatedItem[], item: PollItemRef): number | null {
  return rated.find((r) => r.item.name === item.name)?.rate ?? null;
}

/** The mean of published rates (hundredths), rounded half up; null when one is missing. */
function averageOf(rates: (number | null)[]): number | null {
  if (rates.length === 0 || rates.some((rate) => rate === null)) return null;
  const sum = (rates as number[]).reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + rates.length) / (2 * rates.length));
}
