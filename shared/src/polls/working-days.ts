/**
 * The last day of a window of `workingDays` working days starting on `opensOn` (counted as day 1
 * when it is a working day). Saturdays and Sundays are skipped; public holidays are NOT: the
 * officer moves the closing date by hand when a holiday falls in the window.
 */
export function closingDate(opensOn: string, workingDays: number): string {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new Error(`workingDays must be a positive integer, not ${workingDays}`);
  const day = new Date(`${opensOn}T00:00:00Z`);
  let counted = isWorkingDay(day) ? 1 : 0;
  while (counted < workingDays) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day.toISOString().slice(0, 10);
}

function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
