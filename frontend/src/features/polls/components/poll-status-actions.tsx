import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '@ntm/shared';
import { TransitionButtons } from '../../../components/campaigns/transition-buttons';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { usePollTransition } from '../api/poll-mutations';

/** Open, close, finalise (freezes the results) and un-finalise with a reason. */
export function PollStatusActions({ campaign, onChanged }: { campaign: CampaignDto; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const change = usePollTransition(campaign.id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const done = (next: CampaignDto) => {
    setAsking(false);
    onChanged(t('polls.statusChanged', { status: t(`campaigns.statuses.${next.status}`) }));
  };
  return (
    <div className="form-actions">
      <TransitionButtons
        status={campaign.status}
        disabled={change.isPending}
        onAction={(action) => (action === 'unfinalise' ? setAsking(true) : change.mutate({ action }, { onSuccess: done }))}
      />
      {asking ? null : <ErrorAlert error={change.error} />}
      <ConfirmDialog
        open={asking}
        title={t('campaigns.actions.unfinalise')}
        confirmLabel={t('campaigns.actions.unfinalise')}
        mutation={change}
        onConfirm={() => change.mutate({ action: 'unfinalise', reason: reason.trim() }, { onSuccess: done })}
        onCancel={() => setAsking(false)}
      >
        <TextAreaField label={t('polls.unfinaliseReason')} required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </ConfirmDialog>
    </div>
  );
}
