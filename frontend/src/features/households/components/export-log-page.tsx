import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { formatDateTime } from '../../../lib/format';
import { useExportLog } from '../api/export-households';

const isHouseholdStatus = (value: string | null): value is HouseholdStatus => (HOUSEHOLD_STATUSES as readonly (string | null)[]).includes(value);

/** For admins: every download of names inside their scope, who made it and how many rows it held. */
export function ExportLogPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const log = useExportLog(page);
  const headers = (['at', 'actor', 'unit', 'statusFilter', 'format', 'rowCount'] as const).map((key) => t(`households.${key}`));
  return (
    <section className="page" aria-labelledby="export-log-title">
      <title>{`${t('households.exportsTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/households">{t('households.backToList')}</Link>
      </p>
      <h1 id="export-log-title">{t('households.exportsTitle')}</h1>
      {log.isPending ? <Loading /> : null}
      <ErrorAlert error={log.error} />
      {log.data?.items.length === 0 ? <p className="muted">{t('households.exportsEmpty')}</p> : null}
      {log.data && log.data.items.length > 0 ? (
        <>
          <DataTable caption={t('households.exportsTitle')} headers={headers}>
            {log.data.items.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.at)}</td>
                <td>{`${entry.actor.fullName} (${entry.actor.username})`}</td>
                <td>{`${entry.unit.name} (${entry.unit.code})`}</td>
                <td>{isHouseholdStatus(entry.statusFilter) ? t(`households.statuses.${entry.statusFilter}`) : t('households.allStatuses')}</td>
                <td>{entry.format}</td>
                <td>{entry.rowCount}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={log.data.page} pageSize={log.data.pageSize} total={log.data.total} onPageChange={setPage} />
        </>
      ) : null}
    </section>
  );
}
