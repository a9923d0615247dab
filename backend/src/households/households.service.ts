import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldDiacritics, type HouseholdDto, type HouseholdMemberDto, type HouseholdSummary, type Page } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors/domain-error';
import { pageWindow } from '../common/pagination/page-query.dto';
import { escapeLike } from '../common/sql/escape-like';
import type { HouseholdQueryDto } from './dto/household.dto';
import { HouseholdScope } from './household-scope';
import { type HouseholdDetailRow, type HouseholdSummaryRow, type StatusChangeRow, toHouseholdDto, toHouseholdSummary } from './households.mapper';
import { HISTORY_SELECT, HOUSEHOLD_DETAIL_SELECT, HOUSEHOLD_SUMMARY_SELECT, MEMBERS_SELECT } from './households.sql';

/** Reading the registry: a page of households under a unit, or one household in full. */
@Injectable()
export class HouseholdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: HouseholdScope,
  ) {}

  async list(user: AuthUser, query: HouseholdQueryDto): Promise<Page<HouseholdSummary>> {
    const window = pageWindow(query);
    const { sql, params } = this.scope.filter(user, await this.scope.root(user, query.unit));
    const clauses = [sql];
    if (query.status) {
      params.push(query.status);
      clauses.push(`h.status = $${params.length}`);
    }
    const text = query.q?.trim();
    if (text) {
      params.push(`%${escapeLike(foldDiacritics(text))}%`, `${escapeLike(text)}%`);
      clauses.push(`(h.search_name LIKE $${params.length - 1} OR h.code ILIKE $${params.length})`);
    }
    const where = clauses.join(' AND ');
    const n = params.length;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`${HOUSEHOLD_SUMMARY_SELECT} WHERE ${where} ORDER BY h.village_path, h.code LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, window.pageSize, window.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM household h WHERE ${where}`, params),
    ]);
    return { items: (rows as HouseholdSummaryRow[]).map(toHouseholdSummary), total, page: window.page, pageSize: window.pageSize };
  }

  async get(user: AuthUser, id: string): Promise<HouseholdDto> {
    await this.scope.requireReadable(user, id);
    return this.dto(this.dataSource.manager, id);
  }

  /** The household with its members and history, as `manager` (maybe inside a transaction) sees it. */
  async dto(manager: EntityManager, id: string): Promise<HouseholdDto> {
    const [[row], members, history] = await Promise.all([
      manager.query(HOUSEHOLD_DETAIL_SELECT, [id]) as Promise<HouseholdDetailRow[]>,
      manager.query(MEMBERS_SELECT, [id]) as Promise<HouseholdMemberDto[]>,
      manager.query(HISTORY_SELECT, [id]) as Promise<StatusChangeRow[]>,
    ]);
    if (!row) throw notFound('Household');
    return toHouseholdDto(row, members, history);
  }
}
