import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdStatusChangeDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate, formatDateTime } from '../../../lib/format';

/** Registration, moves, mergers, dissolution and returns, oldest first. */
export function HouseholdHistory({ history }: { history: readonly HouseholdStatusChangeDto[] }) {
  const { t } = useTranslation();
  const headers = (['effectiveOn', 'change', 'reason', 'actor', 'at'] as const).map((key) => t(`households.${key}`));
  return (
    <section className="page-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('households.history')}</h2>
      <DataTable caption={t('households.history')} headers={headers}>
        {history.map((change) => (
          <tr key={change.id}>
            <td>{formatDate(change.effectiveOn)}</td>
            <td>
              {change.fromStatus
                ? `${t(`households.statuses.${change.fromStatus}`)} → ${t(`households.statuses.${change.toStatus}`)}`
                : t('households.registered')}
              {change.mergedInto ? (
                <>
                  {' '}(<Link to={`/households/${change.mergedInto.id}`}>{change.mergedInto.code}</Link>)
                </>
              ) : null}
            </td>
            <td>{change.reason ?? ''}</td>
            <td>{change.actor.fullName}</td>
            <td>{formatDateTime(change.at)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
