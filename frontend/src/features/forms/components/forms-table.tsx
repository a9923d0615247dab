import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormSummary } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../lib/format';

export function FormsTable({ forms }: { forms: FormSummary[] }) {
  const { t } = useTranslation();
  const headers = (['key', 'formTitle', 'publishedVersion', 'draft', 'updatedAt'] as const).map((key) => t(`forms.${key}`));
  return (
    <DataTable caption={t('forms.listCaption')} headers={headers}>
      {forms.map((form) => (
        <tr key={form.id}>
          <td>
            <code>{form.key}</code>
          </td>
          <th scope="row">
            <Link to={`/forms/${form.id}`}>{form.title}</Link>
          </th>
          <td>{form.publishedVersion === null ? '—' : t('forms.versionNumber', { version: form.publishedVersion })}</td>
          <td>{form.draftVersion === null ? '—' : t('forms.versionNumber', { version: form.draftVersion })}</td>
          <td>{formatDateTime(form.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
