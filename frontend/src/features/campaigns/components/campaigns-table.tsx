import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate } from '../../../lib/format';
import { CampaignStatusBadge } from './campaign-status-badge';

export function CampaignsTable({ campaigns }: { campaigns: CampaignDto[] }) {
  const { t } = useTranslation();
  const headers = (['name', 'kind', 'status', 'period', 'dates', 'scope'] as const).map((key) => t(`campaigns.${key}`));
  return (
    <DataTable caption={t('campaigns.listCaption')} headers={headers}>
      {campaigns.map((campaign) => (
        <tr key={campaign.id}>
          <th scope="row">
            <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
          </th>
          <td>{t(`campaigns.kinds.${campaign.kind}`)}</td>
          <td>
            <CampaignStatusBadge status={campaign.status} />
          </td>
          <td>{t('campaigns.periodShort', { year: campaign.year, round: campaign.round, roundsPerYear: campaign.roundsPerYear })}</td>
          <td>{t('campaigns.datesValue', { from: formatDate(campaign.opensOn), to: formatDate(campaign.closesOn) })}</td>
          <td>{campaign.units.map((unit) => unit.name).join(', ')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
