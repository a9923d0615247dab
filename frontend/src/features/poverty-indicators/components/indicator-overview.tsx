import { useTranslation } from 'react-i18next';
import type { PovertyIndicatorRowDto } from '@ntm/shared';
import { formatDecimal, formatPercent } from '../../../lib/format';

/** The key figures of one unit: households, classes with their rates, the two poverty rates, income. */
export function IndicatorOverview({ row }: { row: PovertyIndicatorRowDto }) {
  const { t } = useTranslation();
  const { counts, rates } = row;
  const countRate = (count: number, rate: number | null) => t('indicators.countRate', { count, rate: formatPercent(rate) });
  const income = rates.incomePerHead;
  return (
    <dl className="attributes">
      <dt>{t('indicators.households')}</dt>
      <dd>{counts.households}</dd>
      <dt>{t('indicators.reviewed')}</dt>
      <dd>{counts.reviewed}</dd>
      <dt>{t('indicators.poor')}</dt>
      <dd>{countRate(counts.classes.poor, rates.poor)}</dd>
      <dt>{t('indicators.nearPoor')}</dt>
      <dd>{countRate(counts.classes.near_poor, rates.nearPoor)}</dd>
      <dt>{t('indicators.average')}</dt>
      <dd>{countRate(counts.classes.average, rates.average)}</dd>
      <dt>{t('indicators.multidimensional')}</dt>
      <dd>{formatPercent(rates.multidimensional)}</dd>
      <dt>{t('indicators.ntm')}</dt>
      <dd>
        {formatPercent(rates.ntm.multidimensional)} <span className="muted">({t('indicators.excludedCount', { count: rates.ntm.excluded })})</span>
      </dd>
      <dt>{t('indicators.incomePerHead')}</dt>
      <dd>{income ? t('indicators.incomeValue', { month: formatDecimal(income.perMonth), year: formatDecimal(income.perYear) }) : '—'}</dd>
    </dl>
  );
}
