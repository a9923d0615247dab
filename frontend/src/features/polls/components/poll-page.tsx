import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { formatDate } from '../../../lib/format';
import { useUser } from '../../../lib/session';
import { usePoll } from '../api/get-poll';
import { BatchList } from './batch-list';
import { paperEntryPath } from './poll-paths';
import { PollResultsSection } from './poll-results-section';
import { PollRulesSection } from './poll-rules-section';
import { PollStatusActions } from './poll-status-actions';
import { TokenSlips } from './token-slips';
import { VillageProgress } from './village-progress';

/** /polls/:pollId — the Front officer's page: rules, progress per village during the window,
 * codes and paper batches, and the results once the poll is closed. */
export function PollPage() {
  const { t } = useTranslation();
  const { pollId = '' } = useParams();
  const user = useUser();
  const poll = usePoll(pollId);
  const [notice, setNotice] = useState<string | null>(null);
  if (poll.isPending) return <Loading />;
  if (!poll.data) return <ErrorAlert error={poll.error} />;
  const { campaign, villages } = poll.data;
  const collects = user.role === 'admin' || user.role === 'front';
  const open = campaign.status === 'open';
  const published = campaign.status === 'closed' || campaign.status === 'finalised';

  return (
    <section className="page" aria-labelledby="poll-title">
      <title>{`${campaign.name} · ${t('app.name')}`}</title>
      <p>
        <Link to="/polls">{t('polls.title')}</Link>
      </p>
      <div className="page-heading">
        <h1 id="poll-title">{campaign.name}</h1>
        <span className="badge badge-status">{t(`campaigns.statuses.${campaign.status}`)}</span>
      </div>
      <p className="muted">
        {t('polls.window', { from: formatDate(campaign.opensOn), to: formatDate(campaign.closesOn) })} · {campaign.units.map((u) => u.name).join(', ')}
      </p>
      <Notice>{notice}</Notice>
      {poll.data.canManage ? <PollStatusActions campaign={campaign} onChanged={setNotice} /> : null}
      {collects && open ? (
        <p>
          <Link className="button button-primary" to={paperEntryPath(pollId)}>
            {t('polls.entry.open')}
          </Link>
        </p>
      ) : null}
      <VillageProgress pollId={pollId} villages={villages} editable={collects && campaign.status !== 'finalised'} onSaved={setNotice} />
      {published ? <PollResultsSection pollId={pollId} /> : <p className="alert alert-info">{t('polls.results.preliminary')}</p>}
      <PollRulesSection pollId={pollId} rules={poll.data.rules} editable={poll.data.canManage && campaign.status !== 'finalised'} onSaved={setNotice} />
      {collects && (open || campaign.status === 'draft') ? <TokenSlips pollId={pollId} campaign={campaign} villages={villages} /> : null}
      {collects ? <BatchList pollId={pollId} editable={campaign.status !== 'finalised'} onVoided={setNotice} /> : null}
    </section>
  );
}
