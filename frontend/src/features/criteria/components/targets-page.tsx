import type { TargetDto, TargetRequest } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { useUser } from '../../../lib/session';
import { useTargets } from '../api/targets';
import { useCriteriaParams } from '../hooks/use-criteria-params';
import { useEditDialog } from '../hooks/use-edit-dialog';
import { CriteriaFilters } from './criteria-filters';
import { DeleteTargetDialog } from './delete-target-dialog';
import { TargetDialog } from './target-dialog';
import { TargetsTable } from './targets-table';
import './criteria.css';

/** The steering committee's targets of its unit for a set: admins edit them, the others read. */
export function TargetsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const params = useCriteriaParams();
  const setId = params.set?.id ?? '';
  const targets = useTargets(user.unitCode, setId);
  const dialog = useEditDialog<TargetDto | TargetRequest>();
  const deleting = useEditDialog<TargetDto>();
  const isAdmin = user.role === 'admin';
  const blank = (): TargetRequest => ({
    unitCode: user.unitCode,
    setId,
    label: '',
    metric: 'communes_at_level',
    parameter: 'ntm',
    fromYear: params.set?.fromYear ?? params.year,
    toYear: params.set?.toYear ?? params.year,
    baseline: null,
    target: 0,
  });

  return (
    <section className="page crit-page" aria-labelledby="crit-targets-page-title">
      <title>{`${t('criteria.targets.title')} · ${t('app.name')}`}</title>
      <h1 id="crit-targets-page-title">{t('criteria.targets.title')}</h1>
      <CriteriaFilters years={params.years} year={params.year} sets={params.covering} set={params.set} onChange={params.update} />
      {isAdmin && setId ? (
        <p className="form-actions">
          <button type="button" className="button button-primary" onClick={() => dialog.open(blank())}>
            {t('criteria.targets.create')}
          </button>
        </p>
      ) : null}
      {targets.isPending && setId ? <Loading /> : null}
      <ErrorAlert error={params.sets.error ?? targets.error} />
      <Notice>{deleting.notice ?? dialog.notice}</Notice>
      {targets.data?.length === 0 ? <p>{t('criteria.targets.empty')}</p> : null}
      {targets.data && targets.data.length > 0 ? <TargetsTable targets={targets.data} onEdit={isAdmin ? dialog.open : undefined} onDelete={isAdmin ? deleting.open : undefined} /> : null}
      {dialog.editing ? (
        <TargetDialog
          target={dialog.editing}
          onClose={dialog.close}
          onSaved={dialog.saved}
        />
      ) : null}
      {deleting.editing ? <DeleteTargetDialog target={deleting.editing} onClose={deleting.close} onDeleted={deleting.saved} /> : null}
    </section>
  );
}
