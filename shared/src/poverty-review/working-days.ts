import { lastWorkingDay } from '../calendar/working-days';

export { isWorkingDay } from '../calendar/working-days';

/** The last day of a public posting of `workingDays` working days from `startsOn`. */
export const postingEndDate = lastWorkingDay;

/** Posting is over once its last day has passed. */
export function postingIsOver(endsOn: string, today: string): boolean {
  return today > endsOn;
}
