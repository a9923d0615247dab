import type { CriteriaIndicator, CriteriaSetDetail, ThresholdColumn, ThresholdStep } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../lib/format';
import { comparisonSymbol, formatCriteriaValue } from './criteria-format';

export type ThresholdEdit = { indicator: CriteriaIndicator; column: ThresholdColumn; fromYear: number };

type Props = { detail: CriteriaSetDetail; onEdit: (edit: ThresholdEdit) => void };

function Steps({ steps, indicator }: { steps: ThresholdStep[]; indicator: CriteriaIndicator }) {
  const { t } = useTranslation();
  const words = { yes: t('criteria.yes'), no: t('criteria.no') };
  if (steps.length === 0) return <>{t('criteria.sets.none')}</>;
  return (
    <>
      {steps.map((step) => (
        <span key={step.fromYear} className="nowrap">
          {`${comparisonSymbol(indicator.comparison)} ${formatCriteriaValue(step.value, indicator.unit, words)}`.trim()} ({t('criteria.indicator.fromYear', { year: step.fromYear })})
          <br />
        </span>
      ))}
    </>
  );
}

/** Every indicator × column of the set: the national thresholds and the province's beside them. */
export function ThresholdTable({ detail, onEdit }: Props) {
  const { t } = useTranslation();
  const headers = [t('criteria.sets.criterion'), t('criteria.sets.indicator'), t('criteria.sets.column'), t('criteria.sets.national'), t('criteria.sets.status'), t('criteria.sets.provincial'), ''];
  const rows = detail.set.criteria.flatMap((criterion) =>
    criterion.indicators.flatMap((indicator) => (detail.thresholds[indicator.id] ?? []).map((row) => ({ criterion, indicator, row }))),
  );
  return (
    <DataTable caption={detail.set.name} headers={headers}>
      {rows.map(({ criterion, indicator, row }) => (
        <tr key={`${indicator.id}:${row.column}`}>
          <td>{criterion.number}</td>
          <td>
            {indicator.id} {indicator.name}
          </td>
          <td>{row.column}</td>
          <td>
            <Steps steps={row.national} indicator={indicator} />
          </td>
          <td>
            <span className={`badge ${indicator.status === 'to_confirm' ? 'crit-confirm' : 'badge-on'}`}>
              {indicator.status === 'to_confirm' ? t('criteria.indicator.toConfirm') : t('criteria.sets.verified')}
            </span>
          </td>
          <td>
            <Steps steps={row.provincial} indicator={indicator} />
            {row.provincial.map((step) => (
              <span key={step.fromYear} className="muted small">
                {step.note} · {t('criteria.sets.setBy', { who: step.setBy, at: formatDateTime(step.setAt) })}
                <br />
              </span>
            ))}
          </td>
          <td>
            <button
              type="button"
              className="button button-small"
              aria-label={`${t('criteria.sets.edit')}: ${indicator.id} ${row.column}`}
              onClick={() => onEdit({ indicator, column: row.column, fromYear: row.provincial.at(-1)?.fromYear ?? detail.set.fromYear })}
            >
              {t('criteria.sets.edit')}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
