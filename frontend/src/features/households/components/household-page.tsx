import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { HouseholdDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { useHousehold } from '../../../components/households/household-queries';
import { useCanWriteHouseholds } from '../hooks/use-can-write';
import { HouseholdEditForm } from './household-edit-form';
import { HouseholdHistory } from './household-history';
import { HouseholdMembersTable } from './household-members-table';
import { HouseholdStatusBadge } from './household-status-badge';
import { HouseholdStatusDialog } from './household-status-dialog';

/** /households/:id — one household: its members and status history; writers edit it or change its status. */
export function HouseholdPage() {
  const { householdId = '' } = useParams();
  return <HouseholdView key={householdId} id={householdId} />;
}

function HouseholdView({ id }: { id: string }) {
  const { t } = useTranslation();
  const canWrite = useCanWriteHouseholds();
  const query = useHousehold(id);
  const [editing, setEditing] = useState(false);
  const [changingStatus, setChangingStatus] = useState(false);
  // A page that sent us here (e.g. after registering the household) may leave a notice.
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => (location.state as { notice?: string } | null)?.notice ?? null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const household = query.data;
  const title = `${household.code} · ${household.headName}`;

  return (
    <section className="page" aria-labelledby="household-title">
      <title>{`${title} · ${t('app.name')}`}</title>
      <p>
        <Link to={`/households?unit=${encodeURIComponent(household.village.code)}`}>{t('households.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1 id="household-title">{title}</h1>
        <HouseholdStatusBadge status={household.status} />
      </div>
      <Notice>{notice}</Notice>
      {canWrite && !editing ? (
        <p className="form-actions">
          <button type="button" className="button" onClick={() => { setNotice(null); setEditing(true); }}>
            {t('households.edit')}
          </button>
          <button type="button" className="button" onClick={() => { setNotice(null); setChangingStatus(true); }}>
            {t('households.changeStatus')}
          </button>
        </p>
      ) : null}
      {editing ? (
        <HouseholdEditForm household={household} onDone={(message) => { setEditing(false); setNotice(message); }} />
      ) : (
        <>
          <HouseholdSummaryList household={household} />
          <HouseholdMembersTable members={household.members} />
        </>
      )}
      <HouseholdHistory history={household.history} />
      {changingStatus ? (
        <HouseholdStatusDialog household={household} onDone={(message: string | null) => { setChangingStatus(false); setNotice(message); }} />
      ) : null}
    </section>
  );
}

function HouseholdSummaryList({ household }: { household: HouseholdDto }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('households.code'), household.code],
    [t('households.head'), household.headName],
    [t('households.village'), household.village.name],
    [t('households.address'), household.address ?? '—'],
    [t('households.memberCount'), household.memberCount],
  ];
  if (household.mergedInto) {
    rows.push([t('households.mergedInto'), <Link key="merged" to={`/households/${household.mergedInto.id}`}>{`${household.mergedInto.code} · ${household.mergedInto.headName}`}</Link>]);
  }
  return (
    <section aria-labelledby="household-details-title">
      <h2 id="household-details-title" className="visually-hidden">{t('households.details')}</h2>
      <dl className="card summary">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
