import { useTranslation } from 'react-i18next';
import type { PovertyClass } from '@ntm/shared';

/** The words for a poverty class, or a dash where there is none (not recognised, no form yet). */
export function useClassLabel(): (value: PovertyClass | null) => string {
  const { t } = useTranslation();
  return (value) => (value ? t(`povertyReview.classes.${value}`) : '—');
}
