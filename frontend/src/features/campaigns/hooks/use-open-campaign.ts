import { useLocation, useNavigate } from 'react-router';
import type { CampaignDto } from '@ntm/shared';

type CampaignPageState = { notice?: string } | null;

/** Opens a campaign's page with a notice on it (after creating or copying a campaign). */
export function useOpenCampaign() {
  const navigate = useNavigate();
  return (campaign: CampaignDto, notice: string) => {
    const state: CampaignPageState = { notice };
    void navigate(`/campaigns/${campaign.id}`, { state });
  };
}

/** The notice handed over by useOpenCampaign, if this page was opened that way. */
export function useHandedOverNotice(): string | null {
  return (useLocation().state as CampaignPageState)?.notice ?? null;
}
