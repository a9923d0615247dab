import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '@ntm/shared';
import { TransitionButtons } from '../../../components/campaigns/transition-buttons';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useChangeCampaignStatus } from '../api/change-campaign-status';
import { useCopyCampaign } from '../api/copy-campaign';
import { useOpenCampaign } from '../hooks/use-open-campaign';

type Props = { campaign: CampaignDto; onEdit: () => void; onChanged: (message: string) => void };

/** The admin's buttons: the status changes allowed from here, editing a draft, copying to the next period. */
export function CampaignActions({ campaign, onEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const openCampaign = useOpenCampaign();
  const change = useChangeCampaignStatus(campaign.id);
  const copy = useCopyCampaign(campaign.id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const changed = (next: CampaignDto) => onChanged(t('campaigns.statusChanged', { status: t(`campaigns.statuses.${next.status}`) }));

  const copyNext = () =>
    copy.mutate(undefined, {
      onSuccess: (next) => openCampaign(next, t('campaigns.copiedNotice', { name: next.name })),
    });
  const closeDialog = () => {
    change.reset();
    setAsking(false);
  };
  const unfinalise = () =>
    change.mutate(
      { action: 'unfinalise', reason: reason.trim() },
      {
        onSuccess: (next) => {
          setAsking(false);
          setReason('');
          changed(next);
        },
      },
    );

  return (
    <div className="campaign-actions">
      <div className="form-actions">
        <TransitionButtons
          status={campaign.status}
          disabled={change.isPending}
          onAction={(action) => (action === 'unfinalise' ? setAsking(true) : change.mutate({ action }, { onSuccess: changed }))}
        />
        {campaign.status === 'draft' ? (
          <button type="button" className="button" onClick={onEdit}>
            {t('common.edit')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={copy.isPending}
          onClick={copyNext}
        >
          {copy.isPending ? t('app.processing') : t('campaigns.copyNext')}
        </button>
      </div>
      {asking ? null : <ErrorAlert error={change.error ?? copy.error} />}
      <ConfirmDialog
        open={asking}
        title={t('campaigns.unfinaliseTitle')}
        confirmLabel={t('campaigns.actions.unfinalise')}
        mutation={change}
        onConfirm={unfinalise}
        onCancel={closeDialog}
      >
        <p>{t('campaigns.unfinaliseWarning')}</p>
        <TextAreaField
          label={t('campaigns.reason')}
          required
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
    </div>
  );
}
