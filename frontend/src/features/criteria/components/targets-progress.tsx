import type { TargetDto } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal } from '../../../lib/format';
import { CHART_COLOURS, ChartFrame } from './chart-frame';
import { latestActual } from './target-actual';

/** One target: actual beside target in words, then the actual per year against the target line. */
function TargetCard({ target }: { target: TargetDto }) {
  const { t } = useTranslation();
  const latest = latestActual(target);
  const top = Math.max(target.target, target.baseline ?? 0, ...target.actual.map((p) => p.value ?? 0));
  return (
    <li className="crit-target">
      <p className="crit-target-label">{target.label}</p>
      <dl className="crit-target-figures">
        <dt>{t('criteria.charts.actual')}</dt>
        <dd>
          {formatDecimal(latest?.value)}
          {latest ? ` (${latest.year})` : ''}
        </dd>
        <dt>{t('criteria.charts.target')}</dt>
        <dd>
          {formatDecimal(target.target)}
          {target.outOf !== null ? ` ${t('criteria.targets.outOf', { count: target.outOf })}` : ''}
        </dd>
        {target.baseline !== null ? (
          <>
            <dt>{t('criteria.charts.baseline')}</dt>
            <dd>{formatDecimal(target.baseline)}</dd>
          </>
        ) : null}
      </dl>
      <ChartFrame title={t('criteria.charts.trend')} height={150} className="crit-chart-small">
        <BarChart data={target.actual} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" fontSize={11} />
          <YAxis width={32} fontSize={11} domain={[0, Math.ceil(top * 1.1)]} />
          <Tooltip />
          <ReferenceLine y={target.target} stroke={CHART_COLOURS.target} strokeWidth={2} label={{ value: t('criteria.charts.target'), fontSize: 11, position: 'insideTopRight' }} />
          <Bar dataKey="value" name={t('criteria.charts.actual')} fill={CHART_COLOURS.met} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </li>
  );
}

export function TargetsProgress({ targets }: { targets: TargetDto[] }) {
  const { t } = useTranslation();
  return (
    <section className="page-section" aria-labelledby="crit-targets-title">
      <h2 id="crit-targets-title">{t('criteria.charts.targets')}</h2>
      {targets.length === 0 ? <p className="muted">{t('criteria.charts.noTargets')}</p> : null}
      <ul className="crit-targets">
        {targets.map((target) => (
          <TargetCard key={target.id} target={target} />
        ))}
      </ul>
    </section>
  );
}
