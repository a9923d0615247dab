import type { CriterionView, IndicatorView } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table';
import { formatCriteriaValue } from './criteria-format';
import { StateBadge, StateMark } from './state-mark';
import { ThresholdText } from './threshold-text';
import { ValueSource } from './value-source';

type Props = {
  criterion: CriterionView;
  year: number;
  traceHref: (indicatorId: string) => string;
  /** Set for the accounts that may enter manual values. */
  onEnter?: (view: IndicatorView) => void;
};

/** One criterion, collapsible (open when not met, so what needs work shows first), with its indicators. */
export function CriterionSection({ criterion, year, traceHref, onEnter }: Props) {
  const { t } = useTranslation();
  const words = { yes: t('criteria.yes'), no: t('criteria.no') };
  const headers = [t('criteria.indicator.name'), t('criteria.indicator.value'), t('criteria.indicator.threshold'), t('criteria.indicator.state'), t('criteria.indicator.source')];
  return (
    <details className="crit-criterion" open={criterion.state === 'not_met'} data-criterion={criterion.number}>
      <summary>
        <StateMark state={criterion.state} />
        <span>{t('criteria.unit.criterion', { number: criterion.number, name: criterion.name })}</span>
      </summary>
      <DataTable caption={t('criteria.indicator.caption', { number: criterion.number })} headers={onEnter ? [...headers, ''] : headers}>
        {criterion.indicators.map((view) => (
          <tr key={view.indicator.id} data-indicator={view.indicator.id}>
            <td>
              {view.indicator.id} {view.indicator.name}
            </td>
            <td>{formatCriteriaValue(view.value, view.indicator.unit, words)}</td>
            <td>
              <ThresholdText view={view} />
            </td>
            <td>
              <StateBadge state={view.state} />
              {view.noData ? <div className="muted small">{t(`criteria.noDataReasons.${view.noData}`)}</div> : null}
            </td>
            <td>
              <ValueSource view={view} year={year} traceHref={traceHref(view.indicator.id)} />
            </td>
            {onEnter ? (
              <td>
                {view.indicator.source.kind === 'manual' ? (
                  <button type="button" className="button button-small" onClick={() => onEnter(view)} aria-label={`${t('criteria.manual.open')}: ${view.indicator.id}`}>
                    {t('criteria.manual.open')}
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
    </details>
  );
}
