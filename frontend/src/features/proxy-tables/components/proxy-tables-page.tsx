import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PROXY_SCORING_TABLE, NATIONAL_ROOT_CODE, type ProxyTableVersionDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useUser } from '../../../lib/session';
import { useProxyTables } from '../api/list-proxy-tables';
import { proxyTableText } from '../hooks/parse-proxy-table';
import { type ProxyTableDraft, ProxyTableEditor } from './proxy-table-editor';
import { ProxyTableVersions } from './proxy-table-versions';

/** A national admin sets the national table; a province admin their province's. */
const ownScope = (unitCode: string) => (unitCode === NATIONAL_ROOT_CODE || /^\d{2}$/.test(unitCode) ? unitCode : '');

const draftOf = (version: ProxyTableVersionDto): ProxyTableDraft => ({
  scopeCode: version.scopeCode,
  status: version.status,
  legalBasis: version.legalBasis,
  text: proxyTableText(version.table),
});

/** The B1 proxy scoring tables (Phiếu B, Circular 07/2021): versions per scope and an editor that saves a new one. */
export function ProxyTablesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const tables = useProxyTables();
  const [draft, setDraft] = useState<{ key: string; value: ProxyTableDraft }>({
    key: 'default',
    value: { scopeCode: ownScope(user.unitCode), status: 'to_confirm', legalBasis: DEFAULT_PROXY_SCORING_TABLE.basis, text: proxyTableText(DEFAULT_PROXY_SCORING_TABLE) },
  });

  return (
    <section className="page" aria-labelledby="proxy-tables-title">
      <title>{`${t('proxyTables.title')} · ${t('app.name')}`}</title>
      <h1 id="proxy-tables-title">{t('proxyTables.title')}</h1>
      <p>{t('proxyTables.intro')}</p>
      {tables.isPending ? <Loading /> : null}
      <ErrorAlert error={tables.error} />
      {tables.data ? <ProxyTableVersions versions={tables.data} onEdit={(version) => setDraft({ key: version.id, value: draftOf(version) })} /> : null}
      <h2>{t('proxyTables.editor')}</h2>
      <ProxyTableEditor key={draft.key} initial={draft.value} />
    </section>
  );
}
