import type { ProxyTableContent, ProxyTableVersionDto, RuleStatus } from '@ntm/shared';

export type ProxyTableVersionRow = {
  id: string;
  scopeCode: string;
  scopeName: string;
  version: number;
  status: RuleStatus;
  legalBasis: string;
  content: ProxyTableContent;
  createdAt: Date;
  creatorId: string;
  creatorUsername: string;
  creatorName: string;
};

export function toProxyTableVersionDto(row: ProxyTableVersionRow): ProxyTableVersionDto {
  return {
    id: row.id,
    scopeCode: row.scopeCode,
    scopeName: row.scopeName,
    version: row.version,
    status: row.status,
    legalBasis: row.legalBasis,
    table: row.content,
    createdAt: row.createdAt.toISOString(),
    createdBy: { id: row.creatorId, username: row.creatorUsername, fullName: row.creatorName },
  };
}
