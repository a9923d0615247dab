import type { Comparison } from '@ntm/shared';
import { formatDecimal } from '../../../lib/format';

const SYMBOLS: Record<Comparison, string> = { gte: '≥', lte: '≤', eq: '=', yes_no: '' };

export function comparisonSymbol(comparison: Comparison): string {
  return SYMBOLS[comparison];
}

/** A number with its unit ("17,65 %"), a yes/no as the words given, or "—" without a value. */
export function formatCriteriaValue(value: number | boolean | null, unit: string, words: { yes: string; no: string }): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  return unit ? `${formatDecimal(value)} ${unit}` : formatDecimal(value);
}
