import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollBatchDto } from '@ntm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable } from '../../../components/ui/data-table';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { formatDateTime } from '../../../lib/format';
import { useBatches, useVoidBatch } from '../api/batches';

type Props = { pollId: string; villageCode?: string; editable: boolean; onVoided: (message: string) => void };

/** Paper batches with their form counts; a wrong batch is voided as a whole, with a reason. */
export function BatchList({ pollId, villageCode, editable, onVoided }: Props) {
  const { t } = useTranslation();
  const batches = useBatches(pollId, villageCode);
  const voidBatch = useVoidBatch(pollId);
  const [voiding, setVoiding] = useState<PollBatchDto | null>(null);
  const [reason, setReason] = useState('');
  const headers = [t('polls.batches.label'), t('polls.villages.village'), t('polls.batches.forms'), t('polls.batches.enteredBy'), ''];
  const confirm = () =>
    voiding &&
    voidBatch.mutate(
      { batchId: voiding.id, reason: reason.trim() },
      {
        onSuccess: (batch) => {
          setVoiding(null);
          setReason('');
          onVoided(t('polls.batches.voidedNotice', { label: batch.label }));
        },
      },
    );
  return (
    <section aria-labelledby="batches-title">
      <h2 id="batches-title">{t('polls.batches.title')}</h2>
      {batches.data?.length === 0 ? <p className="muted">{t('polls.batches.empty')}</p> : null}
      {batches.data?.length ? (
        <DataTable caption={t('polls.batches.title')} headers={headers}>
          {batches.data.map((batch) => (
            <tr key={batch.id} className={batch.voidedAt ? 'row-disabled' : undefined}>
              <th scope="row">
                {batch.label}
                <div className="small muted">{t(`polls.mode.${batch.mode}`)} · {formatDateTime(batch.createdAt)}</div>
              </th>
              <td>{batch.village.name}</td>
              <td>{batch.forms}</td>
              <td>{batch.enteredBy.fullName}</td>
              <td>
                {batch.voidedAt ? t('polls.batches.voided', { reason: batch.voidReason }) : null}
                {editable && !batch.voidedAt ? (
                  <button type="button" className="button button-small" onClick={() => setVoiding(batch)}>
                    {t('polls.batches.void')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <ConfirmDialog
        open={voiding !== null}
        title={t('polls.batches.voidTitle', { label: voiding?.label ?? '' })}
        confirmLabel={t('polls.batches.void')}
        mutation={voidBatch}
        onConfirm={confirm}
        onCancel={() => setVoiding(null)}
      >
        <p>{t('polls.batches.voidWarning')}</p>
        <TextAreaField label={t('polls.batches.voidReason')} required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </ConfirmDialog>
    </section>
  );
}
