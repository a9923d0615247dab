import { useTranslation } from 'react-i18next';
import type { AssignmentDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';

type Props = { assignments: AssignmentDto[]; canEdit: boolean; busyId: string | null; onRemove: (assignment: AssignmentDto) => void };

function Progress({ assignment }: { assignment: AssignmentDto }) {
  const { t } = useTranslation();
  const { done, expected } = assignment;
  if (expected === null) return <>{t('campaigns.doneOnly', { done })}</>;
  return (
    <span className="progress-cell">
      <progress value={Math.min(done, expected)} max={Math.max(expected, 1)} aria-label={t('campaigns.progressOf', { name: assignment.unit.name })} />
      <span>{t('campaigns.doneOf', { done, expected })}</span>
    </span>
  );
}

export function AssignmentsTable({ assignments, canEdit, busyId, onRemove }: Props) {
  const { t } = useTranslation();
  const headers = (['enumerator', 'village', 'commune', 'progress', 'drafts', 'returned'] as const).map((key) => t(`campaigns.${key}`));
  return (
    <DataTable caption={t('campaigns.assignments')} headers={canEdit ? [...headers, t('campaigns.actionsHeading')] : headers}>
      {assignments.map((assignment) => (
        <tr key={assignment.id}>
          <th scope="row">
            {assignment.enumerator.fullName} <span className="muted">({assignment.enumerator.username})</span>
          </th>
          <td>{assignment.unit.name}</td>
          <td>{assignment.communeName ?? '—'}</td>
          <td>
            <Progress assignment={assignment} />
          </td>
          <td>{assignment.drafts}</td>
          <td>{assignment.returned}</td>
          {canEdit ? (
            <td>
              <button
                type="button"
                className="button button-small"
                disabled={busyId === assignment.id}
                aria-label={t('campaigns.removeAssignment', { name: assignment.enumerator.fullName, village: assignment.unit.name })}
                onClick={() => onRemove(assignment)}
              >
                {t('campaigns.remove')}
              </button>
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
