/**
 * The rule set of one satisfaction poll, kept as data on the poll: Front guidance (78/HD-MTTW-BTT,
 * 90/HD-MTTW-BTT and provincial guidance) sets different thresholds by province and period, so no
 * number here is a law, only a default.
 */

/** Every item (each criterion and the overall item) must reach `min` percent (Decision 320/QĐ-TTg uses 90). */
export type EveryItemRule = { kind: 'every_item'; min: number };

/** The average of the numbered items' rates and the overall item's rate must each reach a threshold
 * (e.g. items 1–9 ≥ 95% and overall ≥ 98%, a 2024 advanced-district poll). */
export type AverageAndOverallRule = { kind: 'average_and_overall'; items: number[]; averageMin: number; overallMin: number };

export type PassRule = EveryItemRule | AverageAndOverallRule;
export const PASS_RULE_KINDS = ['every_item', 'average_and_overall'] as const;
export type PassRuleKind = PassRule['kind'];

export type PollRules = {
  /** Percent of the households in scope that must return a form (70 for a commune in 2021–2025). */
  minCoverage: number;
  passRule: PassRule;
  /** Shown on every report: the guidance the poll follows. */
  legalBasis: string;
  /** Length of the collection window (typically 20 working days). */
  windowWorkingDays: number;
};

export const DEFAULT_POLL_RULES: PollRules = {
  minCoverage: 70,
  passRule: { kind: 'every_item', min: 90 },
  legalBasis:
    'Hướng dẫn số 90/HD-MTTW-BTT ngày 20/9/2022 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về việc lấy ý kiến sự hài lòng của người dân đối với kết quả xây dựng nông thôn mới',
  windowWorkingDays: 20,
};

/** A threshold given in percent (up to two decimals) as hundredths of a percent. */
export function toHundredths(percent: number): number {
  return Math.round(percent * 100);
}

/** The rule in words, as printed under a result. */
export function describePassRule(rule: PassRule): string {
  switch (rule.kind) {
    case 'every_item':
      return `Mỗi nội dung đạt tỷ lệ hài lòng từ ${formatPercent(toHundredths(rule.min))}% trở lên`;
    case 'average_and_overall':
      return `Bình quân các nội dung ${describeItems(rule.items)} đạt từ ${formatPercent(toHundredths(rule.averageMin))}% trở lên và nội dung đánh giá chung đạt từ ${formatPercent(toHundredths(rule.overallMin))}% trở lên`;
    default: {
      const unhandled: never = rule;
      throw new Error(`Unknown pass rule ${JSON.stringify(unhandled)}`);
    }
  }
}

export function describeCoverageRule(rules: Pick<PollRules, 'minCoverage'>): string {
  return `Số hộ tham gia đạt từ ${formatPercent(toHundredths(rules.minCoverage))}% tổng số hộ trở lên`;
}

/** "1–9" for a run, "1, 3, 5" otherwise. */
function describeItems(items: number[]): string {
  const sorted = [...items].sort((a, b) => a - b);
  const isRun = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  return isRun && sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

/** Hundredths of a percent as Vietnamese text with two decimals: 9861 → "98,61". */
export function formatPercent(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(Math.abs(hundredths % 100)).padStart(2, '0');
  return `${whole},${fraction}`;
}
