import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdSummary } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { HouseholdStatusBadge } from './household-status-badge';

export function HouseholdsTable({ households }: { households: readonly HouseholdSummary[] }) {
  const { t } = useTranslation();
  const headers = (['code', 'head', 'village', 'address', 'memberCount', 'status'] as const).map((key) => t(`households.${key}`));
  return (
    <DataTable caption={t('households.listCaption')} headers={headers}>
      {households.map((household) => (
        <tr key={household.id}>
          <th scope="row">
            <Link to={`/households/${household.id}`} aria-label={t('households.openFor', { code: household.code, name: household.headName })}>
              {household.code}
            </Link>
          </th>
          <td>{household.headName}</td>
          <td>{household.village.name}</td>
          <td>{household.address ?? '—'}</td>
          <td>{household.memberCount}</td>
          <td>
            <HouseholdStatusBadge status={household.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
