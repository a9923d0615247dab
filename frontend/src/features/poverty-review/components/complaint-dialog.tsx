import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday, type ComplaintDto } from '@ntm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useRecheckComplaint, useResolveComplaint } from '../api/village-steps';

export type ComplaintDecision = { kind: 'recheck' | 'resolve'; complaint: ComplaintDto };

type Props = { campaignId: string; villageCode: string; decision: ComplaintDecision | null; onClose: () => void };

/** Re-check (the form goes back to the enumerator) or resolve a complaint, each with its text. */
export function ComplaintDialog({ campaignId, villageCode, decision, onClose }: Props) {
  const { t } = useTranslation();
  const recheck = useRecheckComplaint(campaignId, villageCode);
  const resolve = useResolveComplaint(campaignId, villageCode);
  const [text, setText] = useState('');
  const [resolvedOn, setResolvedOn] = useState(vietnamToday());
  const code = decision?.complaint.household.code ?? '';
  const mutation = decision?.kind === 'resolve' ? resolve : recheck;

  const close = () => {
    recheck.reset();
    resolve.reset();
    setText('');
    onClose();
  };
  const confirm = () => {
    if (!decision) return;
    const complaintId = decision.complaint.id;
    if (decision.kind === 'recheck') recheck.mutate({ complaintId, reason: text.trim() }, { onSuccess: close });
    else resolve.mutate({ complaintId, resolution: text.trim(), resolvedOn }, { onSuccess: close });
  };

  return (
    <ConfirmDialog
      open={decision !== null}
      title={t(decision?.kind === 'resolve' ? 'povertyReview.complaints.resolveTitle' : 'povertyReview.complaints.recheckTitle', { code })}
      confirmLabel={t(decision?.kind === 'resolve' ? 'povertyReview.complaints.resolve' : 'povertyReview.complaints.recheck')}
      mutation={mutation}
      onConfirm={confirm}
      onCancel={close}
    >
      {decision?.kind === 'recheck' ? <p>{t('povertyReview.complaints.recheckWarning')}</p> : null}
      <TextAreaField
        label={t(decision?.kind === 'resolve' ? 'povertyReview.complaints.resolution' : 'povertyReview.complaints.recheckReason')}
        required
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {decision?.kind === 'resolve' ? (
        <TextField label={t('povertyReview.complaints.resolvedOn')} type="date" required value={resolvedOn} onChange={(event) => setResolvedOn(event.target.value)} />
      ) : null}
    </ConfirmDialog>
  );
}
