import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Page,
  type PageQuery,
  POSTED_LISTS,
  type PostedList,
  type PostedListRow,
  povertyStandardForYear,
  RECOGNITION_LIST_LABELS_VI,
  RECOGNITION_LISTS,
  type RecognitionList,
  type RecognitionListRow,
} from '@ntm/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuditedEntity } from '../audit/entities/audit-entry.entity';
import type { AuthUser } from '../auth/auth-user';
import { withQueryStream } from '../common/export/query-stream';
import { toCells, writeXlsx } from '../common/export/xlsx-stream';
import { pageWindow } from '../common/pagination/page-query.dto';
import { subtreePattern } from '../common/sql/escape-like';
import {
  POSTED_HEADER,
  POSTED_LIST_SQL,
  type PostedRow,
  postedCells,
  RECOGNITION_HEADER,
  type RecognisedRow,
  recognitionCells,
  recognitionListSql,
  toPostedListRow,
  toRecognitionListRow,
} from './review-lists.sql';
import { ReviewScope } from './review-scope.service';

/** The posted lists of a village and the recognition lists of a commune: pages of JSON, or one xlsx
 * with a sheet per list streamed from database cursors. Downloads of names are audited. */
@Injectable()
export class ReviewListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReviewScope,
    private readonly audit: AuditLog,
  ) {}

  async postedPage(user: AuthUser, campaignId: string, villageCode: string, query: PageQuery & { list: PostedList }): Promise<Page<PostedListRow>> {
    const { campaign, village } = await this.scope.village(user, campaignId, villageCode);
    const page = await this.page<PostedRow>(POSTED_LIST_SQL, [campaign.id, village.code, query.list], query);
    return { ...page, items: page.items.map(toPostedListRow(povertyStandardForYear(campaign.year))) };
  }

  async recognitionPage(user: AuthUser, campaignId: string, communeCode: string, query: PageQuery & { list: RecognitionList }): Promise<Page<RecognitionListRow>> {
    const { campaign, commune } = await this.scope.commune(user, campaignId, communeCode);
    const page = await this.page<RecognisedRow>(recognitionListSql(query.list), [campaign.id, subtreePattern(commune.path)], query);
    return { ...page, items: page.items.map(toRecognitionListRow(povertyStandardForYear(campaign.year))) };
  }

  async postedXlsx(user: AuthUser, campaignId: string, villageCode: string, res: Response): Promise<void> {
    const { campaign, village } = await this.scope.village(user, campaignId, villageCode);
    const [row]: { id: string }[] = await this.dataSource.query(`SELECT id FROM poverty_review_village WHERE campaign_id = $1 AND village_code = $2`, [campaign.id, village.code]);
    await this.logExport(user, 'review_village', row?.id, 'export_posted_lists', village.code);
    res.attachment(`danh-sach-niem-yet-${village.code}-${campaign.year}.xlsx`);
    await withQueryStream(this.dataSource, (open) =>
      writeXlsx(
        res,
        POSTED_LISTS.map((list) => ({
          name: RECOGNITION_LIST_LABELS_VI[list],
          header: POSTED_HEADER,
          rows: async () => toCells(await open<PostedRow>(POSTED_LIST_SQL, [campaign.id, village.code, list]), postedCells(povertyStandardForYear(campaign.year))),
        })),
      ),
    );
  }

  async recognitionXlsx(user: AuthUser, campaignId: string, communeCode: string, res: Response): Promise<void> {
    const { campaign, commune } = await this.scope.commune(user, campaignId, communeCode);
    const [decision]: { id: string }[] = await this.dataSource.query(`SELECT id FROM poverty_review_decision WHERE campaign_id = $1 AND commune_code = $2`, [campaign.id, commune.code]);
    await this.logExport(user, 'review_decision', decision?.id, 'export_recognition_lists', commune.code);
    res.attachment(`danh-sach-cong-nhan-${commune.code}-${campaign.year}.xlsx`);
    const pattern = subtreePattern(commune.path);
    await withQueryStream(this.dataSource, (open) =>
      writeXlsx(
        res,
        RECOGNITION_LISTS.map((list) => ({
          name: RECOGNITION_LIST_LABELS_VI[list],
          header: RECOGNITION_HEADER,
          rows: async () => toCells(await open<RecognisedRow>(recognitionListSql(list), [campaign.id, pattern]), recognitionCells(povertyStandardForYear(campaign.year))),
        })),
      ),
    );
  }

  private async page<Row>(sql: string, params: unknown[], query: PageQuery): Promise<Page<Row>> {
    const window = pageWindow(query);
    const n = params.length;
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(`${sql} LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, window.pageSize, window.offset]) as Promise<Row[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM (${sql}) listed`, params) as Promise<{ total: number }[]>,
    ]);
    return { items, total, page: window.page, pageSize: window.pageSize };
  }

  /** Names leave the system: who downloaded which unit's lists is kept (nothing to log before the lists exist). */
  private async logExport(user: AuthUser, entityType: AuditedEntity, entityId: string | undefined, action: string, unitCode: string): Promise<void> {
    if (!entityId) return;
    await this.audit.record(this.dataSource.manager, { entityType, entityId, action, actorId: user.id, comment: unitCode });
  }
}
