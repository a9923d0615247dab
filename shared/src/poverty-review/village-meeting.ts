/**
 * Decision 24/2021/QĐ-TTg art. 4(1)(c): the village meeting's result is accepted when at least
 * 50% of the attendees agree ("từ 50% trở lên" is ≥): 5 of 10 is accepted, 4 of 9 is not.
 */
export function meetingAccepted(agreeing: number, attendees: number): boolean {
  return attendees > 0 && agreeing * 2 >= attendees;
}

/** Why these counts cannot be a meeting's, or null when they can. */
export function meetingCountsProblem(agreeing: number, attendees: number): { field: 'attendees' | 'agreeing'; reason: string } | null {
  if (!Number.isInteger(attendees) || attendees < 1) return { field: 'attendees', reason: 'must be a whole number of at least 1' };
  if (!Number.isInteger(agreeing) || agreeing < 0) return { field: 'agreeing', reason: 'must be a whole number of at least 0' };
  if (agreeing > attendees) return { field: 'agreeing', reason: 'cannot exceed the number of attendees' };
  return null;
}
