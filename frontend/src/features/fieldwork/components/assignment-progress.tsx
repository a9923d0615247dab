import { useTranslation } from 'react-i18next';
import type { MyAssignmentDto } from '@ntm/shared';
import { DevicePendingCount } from '../../../components/offline/device-pending-count';

/** A village's progress as the server counts it, and the forms waiting on this device beside it. */
export function AssignmentProgress({ assignment }: { assignment: MyAssignmentDto }) {
  const { t } = useTranslation();
  const { done, expected, drafts } = assignment;
  return (
    <span>
      {expected === null ? t('fieldwork.doneCount', { done }) : t('fieldwork.doneOf', { done, expected })}
      {drafts > 0 ? ` · ${t('fieldwork.draftCount', { count: drafts })}` : null}{' '}
      <DevicePendingCount campaignId={assignment.campaignId} unitCode={assignment.unit.code} />
    </span>
  );
}
