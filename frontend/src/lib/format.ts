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

/** A figure with at most two decimals in the current language ("17,65" in Vietnamese), or "—". */
export function formatDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 2 }).format(value);
}

/** A rate in percent (17.65 → "17,65 %"), or "—" when there is nothing to divide by. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatDecimal(value)} %`;
}
