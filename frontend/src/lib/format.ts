import { currentLocale } from './i18n';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date (YYYY-MM-DD or ISO timestamp) in the current language, or null when absent or invalid. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  // Plain dates are calendar days: format them in UTC so no time zone shifts the day.
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    timeZone: DATE_ONLY.test(value) ? 'UTC' : undefined,
  }).format(date);
}

export function formatDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** The YYYY-MM-DD part of a date value, for <input type="date">. */
export function toDateInput(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}
