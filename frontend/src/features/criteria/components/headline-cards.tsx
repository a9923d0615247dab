import type { CriteriaDashboard } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatPercent } from '../../../lib/format';

/** Communes recognised: NTM and the tiers above it (an advanced commune is an NTM commune too). */
export function recognisedCount(levels: CriteriaDashboard['levels']): number {
  return levels.ntm + levels.advanced + levels.model;
}

function Card({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <li className="crit-card">
      <span className="crit-card-label">{label}</span>
      <strong className="crit-card-value">{value}</strong>
      {detail ? <span className="crit-card-detail">{detail}</span> : null}
    </li>
  );
}

export function HeadlineCards({ dashboard }: { dashboard: CriteriaDashboard }) {
  const { t } = useTranslation();
  const { headline, levels } = dashboard;
  // A village set (thôn NTM) counts villages: the labels say thôn, not xã.
  const context = dashboard.set.unitLevel;
  const ofCommunes = (count: number) => t('criteria.headline.ofTotal', { count, total: headline.communes });
  return (
    <section aria-labelledby="crit-headline-title">
      <h2 id="crit-headline-title" className="visually-hidden">
        {t('criteria.headline.title')}
      </h2>
      <ul className="crit-cards">
        <Card label={t('criteria.headline.evaluated', { context })} value={ofCommunes(headline.evaluated)} />
        <Card label={t('criteria.headline.ntm', { context })} value={ofCommunes(recognisedCount(levels))} />
        <Card label={t('criteria.headline.averageMet', { context })} value={formatDecimal(dashboard.averageMet)} />
        <Card label={t('criteria.headline.poverty')} value={formatPercent(headline.multidimensionalPovertyRate)} />
        <Card label={t('criteria.headline.income')} value={formatDecimal(headline.incomePerHead)} detail={t('criteria.headline.incomeUnit')} />
        <li className="crit-card">
          <span className="crit-card-label">{t('criteria.headline.polls')}</span>
          <dl className="crit-polls">
            <dt>{t('criteria.headline.pollsPassed')}</dt>
            <dd>{headline.pollsPassed}</dd>
            <dt>{t('criteria.headline.pollsFailed')}</dt>
            <dd>{headline.pollsFailed}</dd>
            <dt>{t('criteria.headline.pollsInvalid')}</dt>
            <dd>{headline.pollsInvalid}</dd>
            <dt>{t('criteria.headline.noPoll')}</dt>
            <dd>{headline.noPoll}</dd>
          </dl>
        </li>
      </ul>
    </section>
  );
}
