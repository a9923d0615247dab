import { useTranslation } from 'react-i18next';
import type { HouseholdMemberDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate } from '../../../lib/format';

export function HouseholdMembersTable({ members }: { members: readonly HouseholdMemberDto[] }) {
  const { t } = useTranslation();
  const headers = (['position', 'fullName', 'sex', 'birthDate', 'relation', 'ethnicity', 'idNumber'] as const).map((key) => t(`households.${key}`));
  return (
    <section className="page-section" aria-labelledby="members-title">
      <h2 id="members-title">{t('households.members')}</h2>
      <DataTable caption={t('households.members')} headers={headers}>
        {members.map((member) => (
          <tr key={member.id}>
            <td>{member.position}</td>
            <th scope="row">{member.fullName}</th>
            <td>{t(`households.sexes.${member.sex}`)}</td>
            <td>{formatDate(member.birthDate)}</td>
            <td>{t(`households.relations.${member.relationToHead}`)}</td>
            <td>{member.ethnicity}</td>
            <td>{member.idNumber ?? '—'}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
