import { useTranslation } from 'react-i18next';
import type { Page, PostedListRow, RecognitionListRow } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { currentLocale } from '../../../lib/i18n';

type Column<Row> = { key: 'rank' | 'code' | 'head' | 'village' | 'members' | 'memberCount' | 'deprived' | 'income' | 'previous' | 'current' | 'movement'; cell: (row: Row) => string | number };
type Query<Row> = { data?: Page<Row>; error: unknown; isPending: boolean };

export const money = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(currentLocale()).format(value));

/** A page of a posted or recognised list, with its pager. */
export function ListRowsTable<Row extends PostedListRow | RecognitionListRow>({ caption, query, columns, onPage }: { caption: string; query: Query<Row>; columns: Column<Row>[]; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0) return <p className="muted">{t('povertyReview.rows.empty')}</p>;
  return (
    <>
      <DataTable caption={caption} headers={columns.map((column) => t(`povertyReview.rows.${column.key}`))}>
        {query.data.items.map((row) => (
          <tr key={row.household.id}>
            {columns.map((column) => (
              <td key={column.key}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </DataTable>
      <Pagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={onPage} />
    </>
  );
}
