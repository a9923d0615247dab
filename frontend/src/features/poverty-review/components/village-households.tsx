import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditList, type ListedHouseholdDto, type VillageReviewDto } from '@ntm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { Pagination } from '../../../components/ui/pagination';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useVillageHouseholds } from '../api/list-village-households';
import { useRemoveHousehold } from '../api/village-steps';
import { useClassLabel } from '../hooks/use-class-label';
import { useReviewRoles } from '../hooks/use-review-roles';
import { AddHouseholdForm } from './add-household-form';

const COLUMNS = ['code', 'head', 'reason', 'previous', 'form', 'class'] as const;

/** The village's review list; households are added and taken off (with a reason) until collection closes. */
export function VillageHouseholds({ campaignId, review }: { campaignId: string; review: VillageReviewDto }) {
  const { t } = useTranslation();
  const editable = useReviewRoles().canRecord && canEditList(review.stage);
  const [page, setPage] = useState(1);
  const list = useVillageHouseholds(campaignId, review.village.code, page);
  const remove = useRemoveHousehold(campaignId, review.village.code);
  const [removing, setRemoving] = useState<ListedHouseholdDto | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const headers = [...COLUMNS.map((key) => t(`povertyReview.households.${key}`)), ...(editable ? [t('povertyReview.households.actions')] : [])];
  const classOf = useClassLabel();

  const confirmRemove = () => {
    if (!removing) return;
    const code = removing.household.code;
    remove.mutate({ householdId: removing.household.id, reason: reason.trim() }, { onSuccess: () => {
      setRemoving(null);
      setReason('');
      setNotice(t('povertyReview.households.removed', { code }));
    } });
  };

  return (
    <div className="page-section">
      <h3>{t('povertyReview.households.title')}</h3>
      <Notice>{notice}</Notice>
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 ? <p className="muted">{t('povertyReview.households.empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <DataTable caption={t('povertyReview.households.title')} headers={headers}>
            {list.data.items.map((item) => (
              <tr key={item.household.id}>
                <td>{item.household.code}</td>
                <th scope="row">{item.household.headName}</th>
                <td>{t(`povertyReview.reasons.${item.reason}`)}{item.note ? `: ${item.note}` : ''}</td>
                <td>{classOf(item.previousClass)}</td>
                <td>{item.responseStatus ? t(`responseStatus.${item.responseStatus}`) : t('povertyReview.households.noForm')}</td>
                <td>{classOf(item.povertyClass)}</td>
                {editable ? (
                  <td>
                    <button type="button" className="button button-small" aria-label={t('povertyReview.households.removeFor', { code: item.household.code })} onClick={() => setRemoving(item)}>
                      {t('povertyReview.households.remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPageChange={setPage} />
        </>
      ) : null}
      {editable ? <AddHouseholdForm campaignId={campaignId} villageCode={review.village.code} onAdded={setNotice} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('povertyReview.households.removeTitle', { code: removing?.household.code ?? '' })}
        confirmLabel={t('povertyReview.households.remove')}
        mutation={remove}
        onConfirm={confirmRemove}
        onCancel={() => {
          remove.reset();
          setRemoving(null);
        }}
      >
        <TextAreaField label={t('povertyReview.households.removeReason')} required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </ConfirmDialog>
    </div>
  );
}
