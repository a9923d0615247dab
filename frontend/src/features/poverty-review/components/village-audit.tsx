import { useTranslation } from 'react-i18next';
import type { VillageStage } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDateTime } from '../../../lib/format';
import { useVillageAudit } from '../api/get-village-review';


/** Who took which step in the village, when, from which stage to which, and why. */
export function VillageAudit({ campaignId, villageCode }: { campaignId: string; villageCode: string }) {
  const { t, i18n } = useTranslation();
  const query = useVillageAudit(campaignId, villageCode);
  const headers = (['at', 'actor', 'action', 'change', 'comment'] as const).map((key) => t(`povertyReview.audit.${key}`));
  const stage = (value: string | null) => (value ? t(`povertyReview.stages.${value as VillageStage}`) : '—');
  const action = (value: string) => {
    const key = `povertyReview.audit.actions.${value}`;
    return i18n.exists(key) ? t(key as 'povertyReview.audit.actions.recognise') : value;
  };
  return (
    <details className="page-section">
      <summary>{t('povertyReview.audit.title')}</summary>
      <ErrorAlert error={query.error} />
      {query.data?.length === 0 ? <p className="muted">{t('povertyReview.audit.empty')}</p> : null}
      {query.data && query.data.length > 0 ? (
        <DataTable caption={t('povertyReview.audit.title')} headers={headers}>
          {query.data.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at)}</td>
              <td>{entry.actor.fullName}</td>
              <td>{action(entry.action)}</td>
              <td>{entry.fromStatus === entry.toStatus ? stage(entry.toStatus) : `${stage(entry.fromStatus)} → ${stage(entry.toStatus)}`}</td>
              <td>{entry.comment ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </details>
  );
}
