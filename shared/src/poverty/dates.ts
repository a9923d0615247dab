/** A calendar date without time or zone, as forms store it (YYYY-MM-DD). */
export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date an ISO string names, or null when it is not a real calendar date ("2023-02-30"). */
export function parseIsoDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whole months from birth to the reference date: a month is complete on the day of the month one
 * was born on, so the birthday itself counts. Someone born on 29 February completes a year on
 * 1 March in a common year. survey-core's `dateDiff(…, 'months')` counts the same way, so the
 * form's age and the rules' age agree. Negative when born after the reference date.
 */
export function ageInMonths(birth: CalendarDate, on: CalendarDate): number {
  const months = (on.year - birth.year) * 12 + (on.month - birth.month);
  return on.day < birth.day ? months - 1 : months;
}

/** Age in whole years on the reference date (the birthday counts). */
export function ageInYears(birth: CalendarDate, on: CalendarDate): number {
  return Math.floor(ageInMonths(birth, on) / 12);
}
