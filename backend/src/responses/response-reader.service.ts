import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuditEntryDto, MY_RESPONSES_LIMIT_DEFAULT, type MyResponsesDto, type Page, type ResponseDto, type ResponseSummary } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors/domain-error';
import { pageWindow } from '../common/pagination/page-query.dto';
import { subtreePattern } from '../common/sql/escape-like';
import { UnitsService } from '../units/units.service';
import type { MyResponsesQueryDto, ResponseQueryDto } from './dto/response.dto';
import { type ResponseRow, toResponseDto, toResponseSummary } from './responses.mapper';
import { responseSelect } from './responses.sql';

export type ResponseFilter = { sql: string; params: unknown[] };

@Injectable()
export class ResponseReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
    private readonly audit: AuditLog,
  ) {}

  /** The response's trail, oldest first, for whoever may see the response. */
  async history(user: AuthUser, campaignId: string, id: string): Promise<AuditEntryDto[]> {
    await this.get(user, campaignId, id);
    return this.audit.history('response', id);
  }

  async dto(id: string): Promise<ResponseDto> {
    const [row]: ResponseRow[] = await this.dataSource.query(`${responseSelect(true)} WHERE r.id = $1`, [id]);
    if (!row) throw notFound('Response');
    return toResponseDto(row);
  }

  /** A response the caller may see: in their scope, and their own when they are an enumerator. */
  async get(user: AuthUser, campaignId: string, id: string): Promise<ResponseDto> {
    const filter = await this.filter(user, { campaignId });
    const [row]: ResponseRow[] = await this.dataSource.query(`${responseSelect(true)} WHERE ${filter.sql} AND r.id = $${filter.params.length + 1}`, [...filter.params, id]);
    if (!row) throw notFound('Response');
    return toResponseDto(row);
  }

  async list(user: AuthUser, query: ResponseQueryDto): Promise<Page<ResponseSummary>> {
    const window = pageWindow(query);
    const { sql, params } = await this.filter(user, query);
    const n = params.length;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`${responseSelect(false)} WHERE ${sql} ORDER BY r.updated_at DESC, r.id LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, window.pageSize, window.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM survey_response r WHERE ${sql}`, params),
    ]);
    return { items: (rows as ResponseRow[]).map(toResponseSummary), total, page: window.page, pageSize: window.pageSize };
  }

  /** The caller's own responses changed after `since` (all of them without it), oldest change first, a page at a
   * time, with their answers: how a device learns of the supervisor's returns and approvals. The cursor is the
   * page's last (updated_at, id) to the microsecond, so rows sharing an updated_at are neither skipped nor repeated. */
  async mineChangedSince(user: AuthUser, query: MyResponsesQueryDto): Promise<MyResponsesDto> {
    const filter = await this.filter(user, { campaignId: query.campaign, enumeratorId: user.id });
    const limit = query.limit ?? MY_RESPONSES_LIMIT_DEFAULT;
    const [afterMicros, afterId] = query.after ? query.after.split('_') : [null, null];
    const params = [...filter.params, query.since ?? null, afterMicros, afterId, limit + 1];
    const n = filter.params.length;
    const [rows, [{ until }]] = await Promise.all([
      this.dataSource.query(
        `${responseSelect(true, `(extract(epoch FROM r.updated_at) * 1000000)::bigint::text AS "cursorMicros"`)}
          WHERE ${filter.sql} AND ($${n + 1}::timestamptz IS NULL OR r.updated_at > $${n + 1})
            AND ($${n + 2}::bigint IS NULL OR (r.updated_at, r.id) > ('epoch'::timestamptz + $${n + 2}::bigint * interval '1 microsecond', $${n + 3}::uuid))
          ORDER BY r.updated_at, r.id LIMIT $${n + 4}`,
        params,
      ) as Promise<(ResponseRow & { cursorMicros: string })[]>,
      this.dataSource.query(`SELECT now() AS until`) as Promise<{ until: Date }[]>,
    ]);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const next = rows.length > limit && last ? `${last.cursorMicros}_${last.id}` : null;
    return { items: page.map(toResponseDto), until: until.toISOString(), next };
  }

  /** The WHERE clause (over `survey_response r`) for the caller's scope and the query's filters. */
  async filter(user: AuthUser, query: Omit<ResponseQueryDto, 'page' | 'pageSize'>): Promise<ResponseFilter> {
    const root = query.unitCode ? (await this.units.requireInScope(query.unitCode, user, 'unitCode')).path : user.scopePath;
    const clauses = ['r.unit_path LIKE $1'];
    const params: unknown[] = [subtreePattern(root)];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      clauses.push(clause.replace('?', `$${params.length}`));
    };
    if (query.campaignId) add('r.campaign_id = ?', query.campaignId);
    // Anonymous poll forms are listed within their poll only, never in the lists across campaigns (the review queue).
    else clauses.push('r.collection_mode IS NULL');
    if (query.status) add('r.status = ANY(?)', query.status.split(','));
    if (query.enumeratorId) add('r.created_by = ?', query.enumeratorId);
    if (user.role === 'enumerator') add('r.created_by = ?', user.id);
    return { sql: clauses.join(' AND '), params };
  }
}
