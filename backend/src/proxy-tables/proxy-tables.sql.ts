/** The columns of a stored version as ProxyTableVersionRow, from `t` (proxy_scoring_table), `u` (its scope unit) and `a` (its author). */
export const VERSION_COLUMNS = `
  t.id, t.scope_code AS "scopeCode", u.name AS "scopeName", t.version, t.status, t.legal_basis AS "legalBasis",
  t.content, t.created_at AS "createdAt", a.id AS "creatorId", a.username AS "creatorUsername", a.full_name AS "creatorName"`;

export const VERSION_FROM = `
  proxy_scoring_table t
  JOIN administrative_unit u ON u.code = t.scope_code
  JOIN account a ON a.id = t.created_by`;

/** Next version of the scope, numbered in the same statement; two saves at once meet the unique index (409). */
export const INSERT_VERSION = `
  INSERT INTO proxy_scoring_table (scope_code, version, status, legal_basis, content, created_by)
  SELECT $1::varchar, COALESCE(MAX(version), 0) + 1, $2, $3, $4::jsonb, $5 FROM proxy_scoring_table WHERE scope_code = $1::varchar
  RETURNING id, version`;
