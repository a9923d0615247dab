import type { Sex } from '../households/household';
import type { Tri } from './indicators/indicator';

/**
 * Retirement age under the Labour Code 2019 art. 169 (verified): from 2021 it rises from 60 years
 * 3 months (men) and 55 years 4 months (women) by 3 and 4 months a year up to 62 (2028) and 60
 * (2035). Using the reference year's age for everyone, rather than each birth cohort's, is an
 * approximation to be confirmed; so is working age meaning "from 15 to retirement age".
 */
const RETIREMENT = {
  male: { before2021: 60 * 12, in2021: 60 * 12 + 3, stepPerYear: 3, final: 62 * 12 },
  female: { before2021: 55 * 12, in2021: 55 * 12 + 4, stepPerYear: 4, final: 60 * 12 },
} as const;

export const WORKING_AGE_FROM_YEARS = 15;

/** Retirement age in months for someone of `sex` in `year`. */
export function retirementAgeMonths(sex: Sex, year: number): number {
  const rule = RETIREMENT[sex];
  if (year < 2021) return rule.before2021;
  return Math.min(rule.final, rule.in2021 + (year - 2021) * rule.stepPerYear);
}

/** From 15 up to (not including) the retirement age; the sex matters only between the two retirement ages. */
export function isWorkingAge(ageMonths: number | null, sex: Sex | null, year: number): Tri {
  if (ageMonths === null) return null;
  if (ageMonths < WORKING_AGE_FROM_YEARS * 12) return false;
  if (sex) return ageMonths < retirementAgeMonths(sex, year);
  const [female, male] = [retirementAgeMonths('female', year), retirementAgeMonths('male', year)];
  if (ageMonths < Math.min(female, male)) return true;
  return ageMonths >= Math.max(female, male) ? false : null;
}
