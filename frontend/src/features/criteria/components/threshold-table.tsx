import type { CriteriaIndicator, CriteriaSetDetail, ThresholdRow, ThresholdStep } from '@ntm/shared';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../lib/format';
import { columnLabel } from './column-label';
import { comparisonSymbol, formatCriteriaValue } from './criteria-format';
import type { ThresholdEdit } from './threshold-editor';

export type ThresholdFilter = { column: string; toConfirmOnly: boolean };

type Props = {
  detail: CriteriaSetDetail;
  filter: ThresholdFilter;
  editing: ThresholdEdit | null;
  onEdit: (edit: ThresholdEdit) => void;
  /** The inline editor, shown under the row being edited. */
  editor: ReactNode;
};

function Steps({ steps, indicator }: { steps: ThresholdStep[]; indicator: CriteriaIndicator }) {
  const { t } = useTranslation();
  const words = { yes: t('criteria.yes'), no: t('criteria.no') };
  if (steps.length === 0) return <>{t('criteria.sets.none')}</>;
  return (
    <>
      {steps.map((step) => (
        <span key={step.fromYear}>
          {`${comparisonSymbol(indicator.comparison)} ${formatCriteriaValue(step.value, indicator.unit, words)}`.trim()} ({t('criteria.indicator.fromYear', { year: step.fromYear })})
          <br />
        </span>
      ))}
    </>
  );
}

/** The rows the filter keeps; yes/no indicators need no threshold (met when the answer is yes). */
export function thresholdRows(detail: CriteriaSetDetail, filter: ThresholdFilter) {
  return detail.set.criteria.flatMap((criterion) =>
    criterion.indicators
      .filter((indicator) => indicator.comparison !== 'yes_no' && (!filter.toConfirmOnly || indicator.status === 'to_confirm'))
      .flatMap((indicator) => (detail.thresholds[indicator.id] ?? []).filter((row) => !filter.column || row.column === filter.column).map((row) => ({ criterion, indicator, row }))),
  );
}

function StatusBadge({ indicator, row }: { indicator: CriteriaIndicator; row: ThresholdRow }) {
  const { t } = useTranslation();
  const open = indicator.status === 'to_confirm' && row.provincial.length === 0;
  return <span className={`badge ${open ? 'crit-confirm' : 'badge-on'}`}>{open ? t('criteria.indicator.toConfirm') : t('criteria.sets.verified')}</span>;
}

/** Indicator × column: the national thresholds and the province's beside them, edited in place. */
export function ThresholdTable({ detail, filter, editing, onEdit, editor }: Props) {
  const { t } = useTranslation();
  const headers = [t('criteria.sets.criterion'), t('criteria.sets.indicator'), t('criteria.sets.column'), t('criteria.sets.national'), t('criteria.sets.status'), t('criteria.sets.provincial'), ''];
  return (
    <DataTable caption={detail.set.name} headers={headers}>
      {thresholdRows(detail, filter).map(({ criterion, indicator, row }) => {
        const isEditing = editing?.indicator.id === indicator.id && editing.column === row.column;
        return (
          <Fragment key={`${indicator.id}:${row.column}`}>
            <tr aria-current={isEditing ? 'true' : undefined}>
              <td>{criterion.number}</td>
              <td>
                {indicator.id} {indicator.name}
              </td>
              <td>{columnLabel(row.column, t)}</td>
              <td>
                <Steps steps={row.national} indicator={indicator} />
              </td>
              <td>
                <StatusBadge indicator={indicator} row={row} />
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
            {isEditing ? (
              <tr>
                <td colSpan={headers.length}>{editor}</td>
              </tr>
            ) : null}
          </Fragment>
        );
      })}
    </DataTable>
  );
}
