import { lastWorkingDay } from '../calendar/working-days';

/**
 * The last day of a poll window of `workingDays` working days from `opensOn`. No public holidays
 * are listed: the officer moves the closing date by hand when one falls in the window.
 */
export function closingDate(opensOn: string, workingDays: number): string {
  return lastWorkingDay(opensOn, workingDays);
}
