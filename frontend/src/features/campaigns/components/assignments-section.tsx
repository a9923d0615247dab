import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentDto, CampaignDto } from '@ntm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { Pagination } from '../../../components/ui/pagination';
import { useDeleteAssignment } from '../api/delete-assignment';
import { useAssignments } from '../api/list-assignments';
import { AssignmentCreateForm } from './assignment-create-form';
import { AssignmentsTable } from './assignments-table';

/** Who surveys which village, and how far they have got. */
export function AssignmentsSection({ campaign, canEdit }: { campaign: CampaignDto; canEdit: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useAssignments(campaign.id, page);
  const remove = useDeleteAssignment(campaign.id);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AssignmentDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const names = removing ? { name: removing.enumerator.fullName, village: removing.unit.name } : {};

  const closeDialog = () => {
    remove.reset();
    setRemoving(null);
  };
  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        setRemoving(null);
        setNotice(t('campaigns.removedNotice', names));
      },
    });
  };
  const startAdding = () => {
    setNotice(null);
    setAdding(true);
  };

  return (
    <section className="page-section" aria-labelledby="assignments-title">
      <div className="page-heading">
        <h2 id="assignments-title">{t('campaigns.assignments')}</h2>
        {canEdit && !adding ? (
          <button type="button" className="button" onClick={startAdding}>
            {t('campaigns.addAssignment')}
          </button>
        ) : null}
      </div>
      <Notice>{notice}</Notice>
      {adding ? (
        <AssignmentCreateForm
          campaign={campaign}
          onCancel={() => setAdding(false)}
          onCreated={(message) => {
            setAdding(false);
            setNotice(message);
          }}
        />
      ) : null}
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 ? <p className="muted">{t('campaigns.noAssignments')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <AssignmentsTable
            assignments={list.data.items}
            canEdit={canEdit}
            busyId={remove.isPending ? (remove.variables ?? null) : null}
            onRemove={setRemoving}
          />
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPageChange={setPage} />
        </>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('campaigns.removeTitle')}
        confirmLabel={t('campaigns.remove')}
        mutation={remove}
        onConfirm={confirmRemove}
        onCancel={closeDialog}
      >
        <p>{t('campaigns.removeWarning', names)}</p>
      </ConfirmDialog>
    </section>
  );
}
