import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canEditList,
  type GenerateListResult,
  type ListedHouseholdDto,
  LISTING_REASON_LABELS_VI,
  type Page,
  type PageQuery,
  VILLAGE_STAGE_LABELS_VI,
  VILLAGE_STAGES,
} from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { invalid, invalidTransition, notFound } from '../common/errors/domain-error';
import { pageWindow } from '../common/pagination/page-query.dto';
import type { AddListedHouseholdDto, GenerateListDto } from './dto/review-list.dto';
import type { ReviewVillage } from './entities/review-village.entity';
import { LISTED_SELECT, type ListedHouseholdRow, toListedHouseholdDto } from './listed-households.sql';
import { ReviewScope, type VillageScope } from './review-scope.service';
import { ReviewVillages } from './review-villages';

const EDITABLE_STAGES = VILLAGE_STAGES.filter(canEditList);

/** The households to review in each village (Decision 24/2021 art. 4(1)(a)): generated from last
 * year's lists or the whole registry, then added to (requests, flags) or removed from with a reason. */
@Injectable()
export class ReviewListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReviewScope,
    private readonly villages: ReviewVillages,
  ) {}

  /** Adds the matching active households not listed yet, in villages whose list may still change. */
  async generate(user: AuthUser, campaignId: string, communeCode: string, dto: GenerateListDto): Promise<GenerateListResult> {
    const scope = await this.scope.commune(user, campaignId, communeCode);
    ReviewScope.requireWritable(scope);
    if (dto.villageCode) await this.scope.villageOf(scope, dto.villageCode);
    const params = [scope.campaign.id, scope.commune.code, scope.campaign.year - 1, dto.villageCode ?? null, dto.source];
    const candidates = (join: string) => `
      FROM household h ${join}
      LEFT JOIN household_recognition p ON p.household_id = h.id AND p.year = $3
     WHERE h.commune_code = $2 AND h.status = 'active' AND ($4::varchar IS NULL OR h.village_code = $4)
       AND ($5::varchar = 'all_active' OR p.poverty_class IN ('poor', 'near_poor'))`;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO poverty_review_village (campaign_id, commune_code, village_code, unit_path)
         SELECT DISTINCT $1::uuid, h.commune_code, h.village_code, h.village_path ${candidates('')}
         ON CONFLICT (campaign_id, village_code) DO NOTHING`,
        params,
      );
      const rows: ReviewVillage[] = await manager.query(
        `SELECT id, stage FROM poverty_review_village WHERE campaign_id = $1 AND commune_code = $2 AND stage = ANY($3) ORDER BY id FOR UPDATE`,
        [scope.campaign.id, scope.commune.code, EDITABLE_STAGES],
      );
      const added: { villageId: string }[] = await manager.query(
        `INSERT INTO poverty_review_household (campaign_id, household_id, review_village_id, reason, previous_class, listed_by)
         SELECT $1, h.id, v.id, CASE p.poverty_class WHEN 'poor' THEN 'previously_poor' WHEN 'near_poor' THEN 'previously_near_poor' ELSE 'registry' END,
                p.poverty_class, $7
         ${candidates('JOIN poverty_review_village v ON v.campaign_id = $1 AND v.village_code = h.village_code AND v.stage = ANY($6)')}
         ON CONFLICT (campaign_id, household_id) DO NOTHING
         RETURNING review_village_id AS "villageId"`,
        [...params, EDITABLE_STAGES, user.id],
      );
      const counts = new Map<string, number>();
      for (const { villageId } of added) counts.set(villageId, (counts.get(villageId) ?? 0) + 1);
      for (const row of rows.filter((r) => counts.has(r.id))) {
        await this.villages.record(manager, user, row, 'generate_list', `${counts.get(row.id)} hộ (${dto.source})`);
      }
      return { added: added.length, villages: counts.size };
    });
  }

  async add(user: AuthUser, campaignId: string, villageCode: string, dto: AddListedHouseholdDto): Promise<ListedHouseholdDto> {
    const scope = await this.scope.village(user, campaignId, villageCode);
    ReviewScope.requireWritable(scope);
    const householdId = await this.dataSource.transaction(async (manager) => {
      const row = await this.editableVillage(manager, scope, 'thêm hộ');
      const [household]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM household WHERE commune_code = $1 AND code = $2 AND village_code = $3`,
        [scope.commune.code, dto.householdCode, scope.village.code],
      );
      if (!household) throw invalid('householdCode', 'không có trong sổ hộ của thôn này');
      if (household.status !== 'active') throw invalid('householdCode', 'hộ không còn cư trú tại thôn');
      await manager.query(
        `INSERT INTO poverty_review_household (campaign_id, household_id, review_village_id, reason, note, previous_class, listed_by)
         SELECT $1, $2, $3, $4, $5, (SELECT poverty_class FROM household_recognition WHERE household_id = $2 AND year = $6), $7`,
        [scope.campaign.id, household.id, row.id, dto.reason, dto.note ?? null, scope.campaign.year - 1, user.id],
      );
      const note = dto.note ? `: ${dto.note}` : '';
      await this.villages.record(manager, user, row, 'add_household', `${dto.householdCode} — ${LISTING_REASON_LABELS_VI[dto.reason]}${note}`);
      return household.id;
    });
    return this.listed(scope.campaign.id, householdId);
  }

  async remove(user: AuthUser, campaignId: string, villageCode: string, householdId: string, reason: string): Promise<void> {
    const scope = await this.scope.village(user, campaignId, villageCode);
    ReviewScope.requireWritable(scope);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.editableVillage(manager, scope, 'bỏ hộ');
      // TypeORM answers a DELETE … RETURNING with [rows, affected].
      const [removed]: [{ code: string }[], number] = await manager.query(
        `DELETE FROM poverty_review_household h USING household hh
          WHERE hh.id = h.household_id AND h.campaign_id = $1 AND h.household_id = $2 AND h.review_village_id = $3
          RETURNING hh.code`,
        [scope.campaign.id, householdId, row.id],
      );
      if (!removed[0]) throw notFound('Listed household');
      await this.villages.record(manager, user, row, 'remove_household', `${removed[0].code}: ${reason}`);
    });
  }

  async list(user: AuthUser, campaignId: string, villageCode: string, query: PageQuery): Promise<Page<ListedHouseholdDto>> {
    const scope = await this.scope.village(user, campaignId, villageCode);
    const window = pageWindow(query);
    const params = [scope.campaign.id, scope.village.code];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`${LISTED_SELECT} WHERE v.campaign_id = $1 AND v.village_code = $2 ORDER BY hh.code LIMIT $3 OFFSET $4`, [...params, window.pageSize, window.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM poverty_review_household h JOIN poverty_review_village v ON v.id = h.review_village_id WHERE v.campaign_id = $1 AND v.village_code = $2`, params),
    ]);
    return { items: (rows as ListedHouseholdRow[]).map(toListedHouseholdDto), total, page: window.page, pageSize: window.pageSize };
  }

  private async listed(campaignId: string, householdId: string): Promise<ListedHouseholdDto> {
    const [row]: ListedHouseholdRow[] = await this.dataSource.query(`${LISTED_SELECT} WHERE h.campaign_id = $1 AND h.household_id = $2`, [campaignId, householdId]);
    return toListedHouseholdDto(row!);
  }

  private async editableVillage(manager: EntityManager, scope: VillageScope, what: string): Promise<ReviewVillage> {
    const row = await this.villages.lock(manager, scope);
    if (!canEditList(row.stage)) throw invalidTransition(`Không thể ${what}: danh sách của thôn đã chốt (thôn đang ở bước "${VILLAGE_STAGE_LABELS_VI[row.stage]}").`);
    return row;
  }
}
