import { useTranslation } from 'react-i18next';
import type { MyAssignmentDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../lib/format';
import { useMyAssignments } from '../api/get-my-assignments';
import { SyncPanel } from '../../../components/offline/sync-panel';
import { AssignmentLink } from './assignment-link';

type CampaignGroup = { first: MyAssignmentDto; villages: MyAssignmentDto[] };

function groupByCampaign(assignments: readonly MyAssignmentDto[]): CampaignGroup[] {
  const groups = new Map<string, CampaignGroup>();
  for (const assignment of assignments) {
    const group = groups.get(assignment.campaignId);
    if (group) group.villages.push(assignment);
    else groups.set(assignment.campaignId, { first: assignment, villages: [assignment] });
  }
  return [...groups.values()];
}

/** "Việc được giao": the enumerator's villages in open campaigns, one card per campaign. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const assignments = useMyAssignments();
  const groups = groupByCampaign(assignments.data ?? []);
  return (
    <section className="page page-narrow" aria-labelledby="assignments-title">
      <title>{`${t('fieldwork.title')} · ${t('app.name')}`}</title>
      <h1 id="assignments-title">{t('fieldwork.title')}</h1>
      {assignments.isPending ? <Loading /> : null}
      <ErrorAlert error={assignments.error} />
      {assignments.data && groups.length === 0 ? <p className="muted">{t('fieldwork.noAssignments')}</p> : null}
      <SyncPanel />
      {groups.map(({ first, villages }) => (
        <section key={first.campaignId} className="card" aria-labelledby={`campaign-${first.campaignId}`}>
          <h2 id={`campaign-${first.campaignId}`}>{first.campaignName}</h2>
          <p className="muted">
            {t(`fieldwork.kind.${first.campaignKind}`)} ·{' '}
            {t('fieldwork.period', { from: formatDate(first.opensOn), to: formatDate(first.closesOn) })}
          </p>
          <ul className="tap-list">
            {villages.map((assignment) => (
              <li key={assignment.id}>
                <AssignmentLink assignment={assignment} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
