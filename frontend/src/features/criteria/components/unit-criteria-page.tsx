import type { IndicatorView } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { formatDateTime } from '../../../lib/format';
import { useUser } from '../../../lib/session';
import { useUnitCriteria } from '../api/get-unit-criteria';
import { useUnit } from '../../../components/units/use-unit';
import { useCriteriaParams } from '../hooks/use-criteria-params';
import { useEditDialog } from '../hooks/use-edit-dialog';
import { CriteriaFilters } from './criteria-filters';
import { CriterionSection } from './criterion-section';
import { UnitDownload } from './download-buttons';
import { HistoryChart } from './history-chart';
import { ManualValueDialog } from './manual-value-dialog';
import { RecognitionSummary } from './recognition-summary';
import { VillagesList } from './villages-list';
import './criteria.css';

/** A commune's (or village's) criteria: score, readiness, each criterion with its indicators and sources. */
export function UnitCriteriaPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const user = useUser();
  const unit = useUnit(code);
  const params = useCriteriaParams(unit.data?.type === 'village' ? 'village' : 'commune');
  // Until the unit's type is known the set may be of the wrong level (a commune set for a village).
  const setId = unit.data ? (params.set?.id ?? '') : '';
  const page = useUnitCriteria(code, setId, params.year);
  const dialog = useEditDialog<IndicatorView>();
  const canEnter = user.role === 'admin' || user.role === 'steering';
  const data = page.data;
  const traceHref = (indicatorId: string) => `/criteria/units/${encodeURIComponent(code)}/trace/${encodeURIComponent(indicatorId)}${params.search}`;

  return (
    <section className="page crit-page" aria-labelledby="crit-unit-title">
      <title>{`${data?.unit.name ?? t('criteria.title')} · ${t('app.name')}`}</title>
      <p>
        {user.unitCode !== code ? <Link to={`/criteria${params.search}`}>{t('criteria.unit.back')}</Link> : null}
        {data?.parentCode && data.unit.type === 'village' ? (
          <>
            {' · '}
            <Link to={`/criteria/units/${encodeURIComponent(data.parentCode)}?year=${params.year}`}>{t('criteria.unit.upToParent')}</Link>
          </>
        ) : null}
      </p>
      <div className="page-heading">
        <h1 id="crit-unit-title">{t('criteria.titleOf', { unit: data?.unit.name ?? unit.data?.name ?? code })}</h1>
        {data?.frozen ? <span className="badge badge-status">{t('criteria.frozen')}</span> : null}
      </div>
      <CriteriaFilters years={params.years} year={params.year} sets={params.covering} set={params.set} onChange={params.update} />
      {page.isPending && params.set ? <Loading /> : null}
      {params.sets.data && !params.set ? <p>{t('criteria.noSet')}</p> : null}
      <ErrorAlert error={params.sets.error ?? unit.error ?? page.error} />
      <Notice>{dialog.notice}</Notice>
      {data ? (
        <>
          <p className="muted">{data.computedAt ? t('criteria.computedAt', { at: formatDateTime(data.computedAt) }) : t('criteria.notComputed')}</p>
          <UnitDownload unit={code} set={data.set.id} year={data.year} />
          <RecognitionSummary page={data} />
          <h2>{t('criteria.unit.criteria')}</h2>
          {data.criteria.map((criterion) => (
            <CriterionSection
              key={criterion.number}
              criterion={criterion}
              year={data.year}
              traceHref={traceHref}
              onEnter={canEnter && !data.frozen ? dialog.open : undefined}
            />
          ))}
          <HistoryChart history={data.history} />
          <VillagesList villages={data.villages} search={params.search} />
        </>
      ) : null}
      {dialog.editing && data ? (
        <ManualValueDialog
          view={dialog.editing}
          unitCode={code}
          setId={data.set.id}
          year={data.year}
          onClose={dialog.close}
          onSaved={dialog.saved}
        />
      ) : null}
    </section>
  );
}
