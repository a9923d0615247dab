import type { UnitCriteriaPage } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, ChartFrame } from './chart-frame';

/** Criteria met per year, out of the set's total. */
export function HistoryChart({ history }: { history: UnitCriteriaPage['history'] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="muted">{t('criteria.unit.noHistory')}</p>;
  const total = Math.max(...history.map((point) => point.total));
  return (
    <ChartFrame title={t('criteria.unit.history')} height={200}>
      <LineChart data={history} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" fontSize={12} />
        <YAxis domain={[0, total]} allowDecimals={false} width={32} />
        <Tooltip />
        <Line dataKey="met" name={t('criteria.unit.score')} stroke={CHART_COLOURS.met} strokeWidth={2} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
