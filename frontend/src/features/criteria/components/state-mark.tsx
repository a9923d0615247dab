import type { IndicatorState } from '@ntm/shared';
import { useTranslation } from 'react-i18next';

const MARKS: Record<IndicatorState, string> = { met: '✓', not_met: '✗', no_data: '?' };

/** ✓ / ✗ / ? in the state's colour, named for assistive technology by `label` or the state. */
export function StateMark({ state, label }: { state: IndicatorState; label?: string }) {
  const { t } = useTranslation();
  const name = label ?? t(`criteria.states.${state}`);
  return (
    <span className={`crit-mark crit-${state}`} role="img" aria-label={name} title={name}>
      {MARKS[state]}
    </span>
  );
}

/** The state in words with its mark, for tables read rather than scanned. */
export function StateBadge({ state }: { state: IndicatorState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge crit-badge crit-${state}`}>
      <span aria-hidden="true">{MARKS[state]} </span>
      {t(`criteria.states.${state}`)}
    </span>
  );
}

export function StateLegend() {
  const { t } = useTranslation();
  return (
    <p className="crit-legend">
      <span>{t('criteria.grid.legend')}:</span>
      {(['met', 'not_met', 'no_data'] as const).map((state) => (
        <span key={state}>
          <StateMark state={state} /> {t(`criteria.states.${state}`)}
        </span>
      ))}
    </p>
  );
}
