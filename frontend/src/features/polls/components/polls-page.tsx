import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCampaigns } from '../../../components/campaigns/campaign-queries';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../lib/format';
import { useUser } from '../../../lib/session';
import { PollCreateForm } from './poll-create-form';
import { pollPagePath } from './poll-paths';

/** /polls — the polls in the caller's scope; Front officers and admins may start one. */
export function PollsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useCampaigns({ kind: 'satisfaction_poll', pageSize: 100 });
  const canCreate = user.role === 'admin' || user.role === 'front';
  const headers = [t('polls.name'), t('polls.statusLabel'), t('campaigns.dates'), t('campaigns.scope')];

  return (
    <section className="page" aria-labelledby="polls-title">
      <title>{`${t('polls.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="polls-title">{t('polls.title')}</h1>
        {canCreate && !creating ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('polls.create')}
          </button>
        ) : null}
      </div>
      {creating ? <PollCreateForm defaultUnit={user.unitCode} onCancel={() => setCreating(false)} onCreated={(id) => navigate(pollPagePath(id))} /> : null}
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 ? <p className="muted">{t('polls.empty')}</p> : null}
      {list.data?.items.length ? (
        <DataTable caption={t('polls.title')} headers={headers}>
          {list.data.items.map((poll) => (
            <tr key={poll.id}>
              <th scope="row">
                <Link to={pollPagePath(poll.id)}>{poll.name}</Link>
              </th>
              <td>{t(`campaigns.statuses.${poll.status}`)}</td>
              <td>{t('campaigns.datesValue', { from: formatDate(poll.opensOn), to: formatDate(poll.closesOn) })}</td>
              <td>{poll.units.map((unit) => unit.name).join(', ')}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
