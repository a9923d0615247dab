import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PovertyIndicatorRowDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDecimal, formatPercent } from '../../../lib/format';

type Props = { rows: PovertyIndicatorRowDto[]; total: PovertyIndicatorRowDto | null; hrefFor: (unitCode: string) => string };

const HEADERS = ['unit', 'households', 'reviewed', 'poor', 'nearPoor', 'average', 'multidimensional', 'ntm', 'incomePerMonth'] as const;

/** The units one level down (communes of a province, villages of a commune), and the campaign's total. */
export function UnitRowsTable({ rows, total, hrefFor }: Props) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('indicators.units')} headers={HEADERS.map((key) => t(`indicators.columns.${key}`))}>
      {rows.map((row) => (
        <UnitRow key={row.unit.code} row={row} name={<Link to={hrefFor(row.unit.code)}>{row.unit.name}</Link>} />
      ))}
      {total ? <UnitRow row={total} name={<strong>{t('indicators.campaignTotal')}</strong>} /> : null}
    </DataTable>
  );
}

function UnitRow({ row, name }: { row: PovertyIndicatorRowDto; name: ReactNode }) {
  const { counts, rates } = row;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{counts.households}</td>
      <td>{counts.reviewed}</td>
      <td>{`${counts.classes.poor} · ${formatPercent(rates.poor)}`}</td>
      <td>{`${counts.classes.near_poor} · ${formatPercent(rates.nearPoor)}`}</td>
      <td>{`${counts.classes.average} · ${formatPercent(rates.average)}`}</td>
      <td>{formatPercent(rates.multidimensional)}</td>
      <td>{formatPercent(rates.ntm.multidimensional)}</td>
      <td>{formatDecimal(rates.incomePerHead?.perMonth)}</td>
    </tr>
  );
}
