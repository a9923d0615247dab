import { useTranslation } from 'react-i18next';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDateTime } from '../../../lib/format';
import { useCampaignAudit } from '../api/get-campaign-audit';

const isStatus = (value: string | null): value is CampaignStatus =>
  value !== null && (CAMPAIGN_STATUSES as readonly string[]).includes(value);

/** Who changed the campaign's status, when, and why. */
export function CampaignAudit({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const query = useCampaignAudit(campaignId);
  const headers = (['auditAt', 'auditActor', 'auditAction', 'auditChange', 'auditComment'] as const).map((key) => t(`campaigns.${key}`));
  const status = (value: string | null) => (isStatus(value) ? t(`campaigns.statuses.${value}`) : (value ?? '—'));

  return (
    <section className="page-section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('campaigns.audit')}</h2>
      {query.isPending ? <Loading /> : null}
      <ErrorAlert error={query.error} />
      {query.data?.length === 0 ? <p className="muted">{t('campaigns.auditEmpty')}</p> : null}
      {query.data && query.data.length > 0 ? (
        <DataTable caption={t('campaigns.audit')} headers={headers}>
          {query.data.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at)}</td>
              <td>{entry.actor.fullName}</td>
              <td>{entry.action}</td>
              <td>{entry.fromStatus || entry.toStatus ? `${status(entry.fromStatus)} → ${status(entry.toStatus)}` : '—'}</td>
              <td>{entry.comment ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
