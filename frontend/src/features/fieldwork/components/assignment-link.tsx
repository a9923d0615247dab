import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyAssignmentDto } from '@ntm/shared';
import { AssignmentProgress } from './assignment-progress';
import { villagePath } from './fieldwork-paths';

/** One assigned village with its progress, as one large tap target. */
export function AssignmentLink({ assignment }: { assignment: MyAssignmentDto }) {
  const { t } = useTranslation();
  const { done, expected, returned } = assignment;
  return (
    <Link className="tap-item" to={villagePath(assignment.campaignId, assignment.unit.code)}>
      <span className="tap-item-title">{assignment.unit.name}</span>
      {assignment.communeName ? <span className="muted">{assignment.communeName}</span> : null}
      <AssignmentProgress assignment={assignment} />
      {expected ? <progress value={Math.min(done, expected)} max={expected} aria-hidden="true" /> : null}
      {returned > 0 ? <span className="text-warning">{t('fieldwork.returnedCount', { count: returned })}</span> : null}
    </Link>
  );
}
