const DAY_MS = 86_400_000;

function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Monday to Friday and not a listed public holiday (YYYY-MM-DD). */
export function isWorkingDay(isoDate: string, holidays: readonly string[] = []): boolean {
  const weekday = toDate(isoDate).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(isoDate);
}

/**
 * The last day of a period of `workingDays` working days that starts on `startsOn` (a public
 * posting, a poll's window): the first day counts when it is a working day (Monday + 3 →
 * Wednesday; Saturday + 3 → Wednesday). Public holidays count only when listed.
 */
export function lastWorkingDay(startsOn: string, workingDays: number, holidays: readonly string[] = []): string {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`workingDays must be a whole number ≥ 1, got ${workingDays}`);
  let day = toDate(startsOn);
  let counted = 0;
  for (;;) {
    if (isWorkingDay(toIso(day), holidays)) counted += 1;
    if (counted === workingDays) return toIso(day);
    day = new Date(day.getTime() + DAY_MS);
  }
}
