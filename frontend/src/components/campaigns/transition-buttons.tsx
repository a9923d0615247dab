import { useTranslation } from 'react-i18next';
import { CAMPAIGN_ACTIONS, type CampaignAction, type CampaignStatus, campaignTransition } from '@ntm/shared';

type Props = { status: CampaignStatus; disabled: boolean; onAction: (action: CampaignAction) => void };

/** A button for each status change allowed from `status` (open, close, finalise, un-finalise). */
export function TransitionButtons({ status, disabled, onAction }: Props) {
  const { t } = useTranslation();
  return CAMPAIGN_ACTIONS.filter((action) => campaignTransition(status, action) !== null).map((action) => (
    <button key={action} type="button" className="button" disabled={disabled} onClick={() => onAction(action)}>
      {t(`campaigns.actions.${action}`)}
    </button>
  ));
}
