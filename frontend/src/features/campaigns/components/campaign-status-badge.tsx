import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '@ntm/shared';

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-campaign-${status}`}>{t(`campaigns.statuses.${status}`)}</span>;
}
