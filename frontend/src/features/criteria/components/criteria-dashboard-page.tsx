import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';
import { useUser } from '../../../lib/session';
import { useCriteriaDashboard } from '../api/get-criteria-dashboard';
import { useUnit } from '../../../components/units/use-unit';
import { useCriteriaParams } from '../hooks/use-criteria-params';
import { CriteriaFilters } from './criteria-filters';
import { CriteriaGrid } from './criteria-grid';
import { DashboardDownload } from './download-buttons';
import { DistributionChart, LevelsChart } from './dashboard-charts';
import { HeadlineCards } from './headline-cards';
import { TargetsProgress } from './targets-progress';
import { YearAdmin } from './year-admin';
import './criteria.css';

/** The steering committee's view of its province: headline figures, charts, targets and the grid. */
export function CriteriaDashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const ownUnit = useUnit(user.unitCode);
  // Every set the province uses, village sets (thôn NTM) included: the dashboard counts their villages.
  const params = useCriteriaParams();
  const dashboard = useCriteriaDashboard(user.unitCode, params.set?.id ?? '', params.year);
  const data = dashboard.data;

  const ownType = ownUnit.data?.type;
  if (ownUnit.isPending) return <Loading />;
  if (ownType === 'commune' || ownType === 'village') {
    return <Navigate to={`/criteria/units/${encodeURIComponent(user.unitCode)}${params.search}`} replace />;
  }
  return (
    <section className="page" aria-labelledby="criteria-title">
      <title>{`${t('criteria.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="criteria-title">{data ? t('criteria.titleOf', { unit: data.unit.name }) : t('criteria.title')}</h1>
      </div>
      <p>
        <Link to={`/criteria/targets${params.search}`}>{t('criteria.targets.nav')}</Link>
        {user.role === 'admin' ? (
          <>
            {' · '}
            <Link to="/criteria/sets">{t('criteria.sets.nav')}</Link>
          </>
        ) : null}
      </p>
      <CriteriaFilters years={params.years} year={params.year} sets={params.covering} set={params.set} onChange={params.update} />
      {params.sets.isPending || (dashboard.isPending && params.set) ? <Loading /> : null}
      <ErrorAlert error={params.sets.error ?? ownUnit.error ?? dashboard.error} />
      {params.sets.data && !params.set ? <p>{t('criteria.noSet')}</p> : null}
      {data ? (
        <>
          <p className="muted">{data.computedAt ? t('criteria.computedAt', { at: formatDateTime(data.computedAt) }) : t('criteria.notComputed')}</p>
          <DashboardDownload unit={user.unitCode} set={data.set.id} year={data.year} />
          <YearAdmin dashboard={data} isAdmin={user.role === 'admin'} />
          <HeadlineCards dashboard={data} />
          <div className="crit-charts">
            <LevelsChart levels={data.levels} unitLevel={data.set.unitLevel} />
            <DistributionChart distribution={data.distribution} unitLevel={data.set.unitLevel} />
          </div>
          <TargetsProgress targets={data.targets} />
          <CriteriaGrid dashboard={data} search={params.search} />
        </>
      ) : null}
    </section>
  );
}
