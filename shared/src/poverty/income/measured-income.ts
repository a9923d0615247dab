import type { MeasuredIncomeFacts } from '../facts';
import { INCOME_SOURCES } from '../vocabulary/income';

const isAmount = (value: number | null): value is number => value !== null && Number.isSafeInteger(value) && value >= 0;

/** Income over 12 months, all sources minus production costs, in whole đồng; null when an amount is
 * missing, negative or not a whole number of đồng. May be negative (costs above revenue). */
export function netYearlyIncome(income: MeasuredIncomeFacts): number | null {
  const amounts = INCOME_SOURCES.map(({ value }) => income.sources[value]);
  if (!amounts.every(isAmount) || !isAmount(income.productionCosts)) return null;
  return amounts.reduce((sum, amount) => sum + amount, 0) - income.productionCosts;
}

/** "từ X đồng trở xuống": yearly income ≤ monthly line × members × 12, compared in whole đồng so
 * that a household exactly at the line is within it and one đồng more is not. */
export function withinMonthlyLine(totalYearly: number, members: number, monthlyLine: number): boolean {
  return totalYearly <= monthlyLine * members * 12;
}

/** Average income per person per month, rounded to the đồng: for display only, never compared. */
export function perPersonMonthly(totalYearly: number, members: number): number {
  return Math.round(totalYearly / (members * 12));
}
