import type { TargetDto } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useDeleteTarget } from '../api/targets';

type Props = { target: TargetDto; onClose: () => void; onDeleted: (message: string) => void };

/** Asks before a target goes: the steering committee reads its progress against it. */
export function DeleteTargetDialog({ target, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteTarget();
  const confirm = () => remove.mutate(target.id, { onSuccess: () => onDeleted(t('criteria.targets.deleted', { label: target.label })) });
  return (
    <ConfirmDialog open title={t('criteria.targets.deleteTitle')} confirmLabel={t('criteria.targets.delete')} mutation={remove} onConfirm={confirm} onCancel={onClose}>
      <p>{t('criteria.targets.deleteQuestion', { label: target.label })}</p>
    </ConfirmDialog>
  );
}
