import type { PersonRef } from '../../api/survey-contracts';
import type { RuleStatus } from '../standard';
import type { ProxyScoringTable, ProxyTableContent } from './proxy-score';

/** "VN" (national) or a province code: where a stored B1 table applies. */
export type ProxyTableScope = string;

/** One saved version of a scope's B1 table. */
export type ProxyTableVersionDto = {
  id: string;
  scopeCode: ProxyTableScope;
  scopeName: string;
  version: number;
  status: RuleStatus;
  legalBasis: string;
  table: ProxyTableContent;
  createdAt: string;
  createdBy: PersonRef;
};

/** POST /api/proxy-tables: a new version for the scope (the latest applies). */
export type SaveProxyTableRequest = {
  scopeCode: ProxyTableScope;
  status: RuleStatus;
  legalBasis: string;
  table: ProxyTableContent;
};

/** Where the table that applies to a unit comes from. */
export type ProxyTableSource = 'province' | 'national' | 'default';

/** GET /api/proxy-tables/effective?unit=: the table the classifier uses for the unit's households. */
export type EffectiveProxyTableDto = {
  unitCode: string;
  source: ProxyTableSource;
  /** The stored version, null for the table shipped in code. */
  stored: ProxyTableVersionDto | null;
  table: ProxyScoringTable;
};

/** A stored version as the classifier's table: the row's id, version, status and basis around the edited content. */
export function proxyTableOfVersion(version: Pick<ProxyTableVersionDto, 'id' | 'version' | 'status' | 'legalBasis' | 'table'>): ProxyScoringTable {
  const { title, standards, regions, base, items, thresholds } = version.table;
  return { id: version.id, version: version.version, status: version.status, basis: version.legalBasis, title, standards, regions, base, items, thresholds };
}
