import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, PostedListRow, RecognitionListRow } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { currentLocale } from '../../../lib/i18n';

export type Column<Row> = { key: 'rank' | 'code' | 'head' | 'village' | 'members' | 'memberCount' | 'deprived' | 'income' | 'previous' | 'current' | 'movement'; cell: (row: Row) => string | number };
type Query<Row> = { data?: Page<Row>; error: unknown; isPending: boolean };

export const money = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(currentLocale()).format(value));

/** The deprivations' Vietnamese names, as the server labelled them under the campaign year's standard. */
export function deprivedColumn<Row extends PostedListRow | RecognitionListRow>(): Column<Row> {
  return { key: 'deprived', cell: (row) => (row.deprived.length ? row.deprived.map(({ label }) => label).join('; ') : '—') };
}

/** Rank, code and head: how every list starts, as on the paper lists. */
export function leadColumns<Row extends PostedListRow | RecognitionListRow>(): Column<Row>[] {
  return [
    { key: 'rank', cell: (row) => row.rank },
    { key: 'code', cell: (row) => row.household.code },
    { key: 'head', cell: (row) => row.household.headName },
  ];
}

type Props<Row> = { caption: string; columns: Column<Row>[]; usePage: (page: number) => Query<Row> };

/** A list, a page at a time (`usePage` is the query hook of one page), with its pager. */
export function ListRowsTable<Row extends PostedListRow | RecognitionListRow>({ caption, columns, usePage }: Props<Row>) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = usePage(page);
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
      <Pagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={setPage} />
    </>
  );
}
