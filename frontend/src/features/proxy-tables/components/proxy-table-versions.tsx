import { useTranslation } from 'react-i18next';
import type { ProxyTableVersionDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../lib/format';
import { ProxyTableStatusBadge } from './proxy-table-status-badge';

const HEADERS = ['scope', 'version', 'title', 'status', 'basis', 'saved', 'actions'] as const;

type Props = { versions: readonly ProxyTableVersionDto[]; onEdit: (version: ProxyTableVersionDto) => void };

/** Saved versions per scope, newest first; the newest of each scope is the one that applies. */
export function ProxyTableVersions({ versions, onEdit }: Props) {
  const { t } = useTranslation();
  if (versions.length === 0) return <p className="muted">{t('proxyTables.none')}</p>;
  const latest = new Set(versions.filter((v, i) => versions.findIndex((other) => other.scopeCode === v.scopeCode) === i).map((v) => v.id));
  return (
    <DataTable caption={t('proxyTables.versions')} headers={HEADERS.map((key) => t(`proxyTables.header.${key}`))}>
      {versions.map((v) => (
        <tr key={v.id}>
          <td>
            {v.scopeName} ({v.scopeCode})
          </td>
          <td>
            {v.version}
            {latest.has(v.id) ? <span className="badge badge-status">{t('proxyTables.applies')}</span> : null}
          </td>
          <td>{v.table.title}</td>
          <td>
            <ProxyTableStatusBadge status={v.status} />
          </td>
          <td>{v.legalBasis}</td>
          <td>
            {v.createdBy.fullName} · {formatDateTime(v.createdAt)}
          </td>
          <td>
            <button type="button" className="link-button" onClick={() => onEdit(v)}>
              {t('proxyTables.editFrom', { version: v.version })}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
