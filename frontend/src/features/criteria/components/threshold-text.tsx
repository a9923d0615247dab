import type { IndicatorView } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { comparisonSymbol, formatCriteriaValue } from './criteria-format';

/** "≤ 6 %" with where it comes from (the province's column or the national one) and whether the
 * national value is still to be confirmed. */
export function ThresholdText({ view }: { view: IndicatorView }) {
  const { t } = useTranslation();
  const { threshold, indicator } = view;
  const toConfirm = (threshold?.status ?? indicator.status) === 'to_confirm';
  const words = { yes: t('criteria.yes'), no: t('criteria.no') };
  // A qualitative indicator is met by the answer "Đạt": it needs no threshold.
  if (indicator.comparison === 'yes_no' && !threshold) return <>{words.yes}</>;
  return (
    <>
      {threshold ? `${comparisonSymbol(indicator.comparison)} ${formatCriteriaValue(threshold.value, indicator.unit, words)}`.trim() : t('criteria.indicator.noThreshold')}
      {threshold ? (
        <span className={`badge crit-origin crit-origin-${threshold.origin}`}>
          {threshold.origin === 'provincial' ? t('criteria.indicator.provincial') : t('criteria.indicator.national')}
        </span>
      ) : null}
      {toConfirm && threshold?.origin !== 'provincial' ? <span className="badge crit-confirm">{t('criteria.indicator.toConfirm')}</span> : null}
    </>
  );
}
