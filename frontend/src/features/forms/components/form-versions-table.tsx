import { useTranslation } from 'react-i18next';
import type { FormVersionSummary } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../lib/format';

type Props = {
  versions: FormVersionSummary[];
  exportingId: string | null;
  onView: (versionId: string) => void;
  onExport: (versionId: string) => void;
};

export function FormVersionsTable({ versions, exportingId, onView, onExport }: Props) {
  const { t } = useTranslation();
  const headers = (['version', 'status', 'publishedAt', 'publishedBy', 'updatedAt', 'actions'] as const).map((key) => t(`forms.${key}`));
  return (
    <DataTable caption={t('forms.versions')} headers={headers}>
      {versions.map((version) => (
        <tr key={version.id}>
          <th scope="row">{t('forms.versionNumber', { version: version.version })}</th>
          <td>
            <span className={version.status === 'published' ? 'badge badge-on' : 'badge badge-draft'}>
              {t(`forms.versionStatus.${version.status}`)}
            </span>
          </td>
          <td>{formatDateTime(version.publishedAt) ?? '—'}</td>
          <td>{version.publishedBy?.fullName ?? '—'}</td>
          <td>{formatDateTime(version.updatedAt)}</td>
          <td>
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={t('forms.viewVersion', { version: version.version })}
                onClick={() => onView(version.id)}
              >
                {t('forms.view')}
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={exportingId === version.id}
                aria-label={t('forms.exportVersion', { version: version.version })}
                onClick={() => onExport(version.id)}
              >
                {t('forms.export')}
              </button>
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
