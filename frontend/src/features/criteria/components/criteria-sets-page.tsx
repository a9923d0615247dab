import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { SelectField } from '../../../components/ui/select-field';
import { useUser } from '../../../lib/session';
import { useCriteriaSetDetail, useCriteriaSets } from '../api/get-criteria-sets';
import { useEditDialog } from '../hooks/use-edit-dialog';
import { columnLabel } from './column-label';
import { OwnSetsPanel } from './own-sets-panel';
import { ThresholdEditor, type ThresholdEdit } from './threshold-editor';
import { ThresholdTable, type ThresholdFilter } from './threshold-table';
import './criteria.css';

/** A province admin's view of a set: the national thresholds, and the province's own column to fill
 * the ones still "to confirm" or to set stricter ones (audited by the server). */
export function CriteriaSetsPage() {
  const { t } = useTranslation();
  const province = useUser().unitCode;
  const [params, setParams] = useSearchParams();
  const sets = useCriteriaSets();
  const setId = params.get('set') ?? sets.data?.[0]?.id ?? '';
  const summary = sets.data?.find((set) => set.id === setId);
  const detail = useCriteriaSetDetail(setId, province);
  const dialog = useEditDialog<ThresholdEdit>();
  const [filter, setFilter] = useState<ThresholdFilter>({ column: '', toConfirmOnly: false });
  const columns = [...new Set(Object.values(detail.data?.thresholds ?? {}).flatMap((rows) => rows.map((row) => row.column)))];

  return (
    <section className="page crit-page" aria-labelledby="crit-sets-title">
      <title>{`${t('criteria.sets.title')} · ${t('app.name')}`}</title>
      <h1 id="crit-sets-title">{t('criteria.sets.title')}</h1>
      <div className="field-row filters">
        <SelectField
          label={t('criteria.sets.pick')}
          value={setId}
          onChange={(event) => setParams({ set: event.target.value }, { replace: true })}
          options={(sets.data ?? []).map((set) => ({ value: set.id, label: `${set.name} (${set.fromYear}–${set.toYear})` }))}
        />
        <SelectField
          label={t('criteria.sets.column')}
          value={filter.column}
          onChange={(event) => setFilter({ ...filter, column: event.target.value })}
          options={[{ value: '', label: t('criteria.sets.allColumns') }, ...columns.map((column) => ({ value: column, label: columnLabel(column, t) }))]}
        />
        <CheckboxField label={t('criteria.sets.toConfirmOnly')} checked={filter.toConfirmOnly} onChange={(event) => setFilter({ ...filter, toConfirmOnly: event.target.checked })} />
      </div>
      {summary && summary.toConfirm > 0 ? <p className="alert alert-warning">{t('criteria.sets.toConfirm', { count: summary.toConfirm })}</p> : null}
      {sets.isPending || (detail.isPending && setId) ? <Loading /> : null}
      <ErrorAlert error={sets.error ?? detail.error} />
      <Notice>{dialog.notice}</Notice>
      {detail.data ? (
        <ThresholdTable
          detail={detail.data}
          filter={filter}
          editing={dialog.editing}
          onEdit={dialog.open}
          editor={
            dialog.editing ? <ThresholdEditor key={`${dialog.editing.indicator.id}:${dialog.editing.column}`} provinceCode={province} setId={setId} {...dialog.editing} onClose={dialog.close} onSaved={dialog.saved} /> : null
          }
        />
      ) : null}
      <OwnSetsPanel province={province} />
    </section>
  );
}
