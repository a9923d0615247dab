import { isNtmRegion, type ThresholdColumn } from '@ntm/shared';
import type { TFunction } from 'i18next';

/** A threshold column in words: a region (Decision 318), a commune group (Decision 51/2025) or "all". */
export function columnLabel(column: ThresholdColumn, t: TFunction): string {
  if (column === 'ALL') return t('criteria.allColumn');
  if (isNtmRegion(column)) return t(`region.${column}`);
  return t('criteria.group', { group: column.slice(1) });
}
