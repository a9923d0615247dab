import type { CommuneLevel, CriteriaDashboard, CriteriaLevelOfUnit } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, ChartFrame } from './chart-frame';

const LEVEL_ORDER: CommuneLevel[] = ['none', 'ntm', 'advanced', 'model'];
const LEVEL_COLOURS: Record<CommuneLevel, string> = { none: '#cfd8d2', ntm: '#6fb58c', advanced: '#1f6f43', model: '#0d3b22' };

/** Levels the set can reach: a 2026–2030 set has no advanced or model tier. */
function levelsShown(levels: CriteriaDashboard['levels']): CommuneLevel[] {
  return LEVEL_ORDER.filter((level) => level === 'none' || level === 'ntm' || levels[level] > 0);
}

export function LevelsChart({ levels, unitLevel }: { levels: CriteriaDashboard['levels']; unitLevel: CriteriaLevelOfUnit }) {
  const { t } = useTranslation();
  const data = levelsShown(levels).map((level) => ({ level, name: t(`criteria.levels.${level}`), count: levels[level] }));
  return (
    <ChartFrame title={t('criteria.charts.levels', { context: unitLevel })}>
      {/* Horizontal bars: the level names stay readable on a tablet. */}
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} fontSize={12} />
        <YAxis type="category" dataKey="name" width={110} fontSize={12} />
        <Tooltip />
        <Bar dataKey="count" name={t('criteria.charts.communes', { context: unitLevel })} isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.level} fill={LEVEL_COLOURS[row.level]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}

export function DistributionChart({ distribution, unitLevel }: { distribution: number[]; unitLevel: CriteriaLevelOfUnit }) {
  const { t } = useTranslation();
  const data = distribution.map((count, met) => ({ met, count }));
  return (
    <ChartFrame title={t('criteria.charts.distribution')}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="met" fontSize={12} label={{ value: t('criteria.charts.criteriaMet'), position: 'insideBottom', offset: -8, fontSize: 12 }} />
        <YAxis allowDecimals={false} width={36} />
        <Tooltip labelFormatter={(met) => `${t('criteria.charts.criteriaMet')}: ${String(met)}`} />
        <Bar dataKey="count" name={t('criteria.charts.communes', { context: unitLevel })} fill={CHART_COLOURS.met} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
