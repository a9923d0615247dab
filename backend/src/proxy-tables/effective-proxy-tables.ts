import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PROXY_SCORING_TABLE, NATIONAL_ROOT_CODE, type ProxyScoringTable, type ProxyTableSource, provinceCodeOfPath, proxyTableOfVersion } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { type ProxyTableVersionRow, toProxyTableVersionDto } from './proxy-tables.mapper';
import { VERSION_COLUMNS, VERSION_FROM } from './proxy-tables.sql';

export type EffectiveProxyTable = { source: ProxyTableSource; stored: ProxyTableVersionRow | null; table: ProxyScoringTable };

/** How long a province's resolved table is reused. Saves in this process clear the cache at once;
 * the TTL bounds how long another process (a second instance) may score with the previous version. */
export const EFFECTIVE_TABLE_TTL_MS = 60_000;

/**
 * The B1 table that applies to a unit: its province's latest version, else the national latest,
 * else the table shipped in code (to be confirmed). Submitting a review form is the hot path, so
 * each province's answer is cached (one query per province per minute at most) and dropped on save.
 */
@Injectable()
export class EffectiveProxyTables {
  private readonly cache = new Map<string, { expires: number; value: Promise<EffectiveProxyTable> }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For a unit's materialised path ("/VN/15/02839/02839-01/"). */
  forPath(unitPath: string): Promise<EffectiveProxyTable> {
    const province = provinceCodeOfPath(unitPath) ?? NATIONAL_ROOT_CODE;
    const now = Date.now();
    const cached = this.cache.get(province);
    if (cached && cached.expires > now) return cached.value;
    const value = this.load(province);
    this.cache.set(province, { expires: now + EFFECTIVE_TABLE_TTL_MS, value });
    value.catch(() => this.cache.delete(province));
    return value;
  }

  /** After any save: a national version changes every province without its own table. */
  invalidate(): void {
    this.cache.clear();
  }

  private async load(province: string): Promise<EffectiveProxyTable> {
    const [row]: ProxyTableVersionRow[] = await this.dataSource.query(
      `SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM}
        WHERE t.scope_code = ANY($1::varchar[])
        ORDER BY t.scope_code = $2, t.version DESC LIMIT 1`,
      [[province, NATIONAL_ROOT_CODE], NATIONAL_ROOT_CODE],
    );
    if (!row) return { source: 'default', stored: null, table: DEFAULT_PROXY_SCORING_TABLE };
    const source: ProxyTableSource = row.scopeCode === NATIONAL_ROOT_CODE ? 'national' : 'province';
    return { source, stored: row, table: proxyTableOfVersion(toProxyTableVersionDto(row)) };
  }
}
