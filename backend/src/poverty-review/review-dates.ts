import { vietnamToday } from '@ntm/shared';
import { invalid } from '../common/errors/domain-error';

/** 2026-11-25 → 25/11/2026, as dates are written in Vietnamese documents. */
export function viDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** A step is recorded once it has happened: its date cannot be after today (in Vietnam). */
export function requireNotFuture(field: string, isoDate: string): void {
  if (isoDate > vietnamToday()) throw invalid(field, 'không được sau ngày hôm nay');
}

/** `isoDate` must not come before `earliest` (e.g. posting before the meeting). */
export function requireNotBefore(field: string, isoDate: string, earliest: string, what: string): void {
  if (isoDate < earliest) throw invalid(field, `không được trước ${what} (${viDate(earliest)})`);
}
