import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_REVIEW_SETTINGS,
  type ExclusionRule,
  exclusionRuleOf,
  isWithinScope,
  provinceCodeOfPath,
  REVIEW_SETTING_NOTES,
  type ReviewSettings,
  type ReviewSettingsDto,
  scopesOverlap,
} from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { notFound, outOfScope } from '../common/errors/domain-error';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import type { UpdateReviewSettingsDto } from './dto/review-settings.dto';

type SettingRow = ReviewSettings & { updatedAt: Date; updaterId: string; updaterUsername: string; updaterName: string };

/** Each province's settings of the review procedure, the shared defaults until an admin saves them. */
@Injectable()
export class ReviewSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** `manager`: a caller's transaction (a recompute inside a campaign's status change), so it
   * needs no second connection from the pool. */
  async settings(provinceCode: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewSettings> {
    const row = await this.row(provinceCode, manager);
    return row ? pick(row) : { ...DEFAULT_REVIEW_SETTINGS };
  }

  /** The settings that apply to a unit: those of its province. */
  settingsAt(unitPath: string): Promise<ReviewSettings> {
    return this.settings(provinceCodeOfPath(unitPath) ?? '');
  }

  /** Which households the NTM poverty rate leaves out in this province (read by the indicators). */
  async exclusionRule(provinceCode: string, manager?: EntityManager): Promise<ExclusionRule> {
    return exclusionRuleOf(await this.settings(provinceCode, manager));
  }

  /** Seen by anyone working in or above the province. */
  async get(user: AuthUser, provinceCode: string): Promise<ReviewSettingsDto> {
    const province = await this.province(provinceCode);
    if (!scopesOverlap(province.path, user.scopePath)) throw outOfScope();
    return this.dto(provinceCode);
  }

  /** Changed by an admin of the province or above; the previous values go to the audit trail. */
  async update(user: AuthUser, provinceCode: string, dto: UpdateReviewSettingsDto): Promise<ReviewSettingsDto> {
    const province = await this.province(provinceCode);
    if (!isWithinScope(province.path, user.scopePath)) throw outOfScope();
    await this.dataSource.transaction(async (manager) => {
      const before = await this.settings(provinceCode);
      const after = { ...before, ...dto };
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO poverty_review_setting (province_code, posting_working_days, district_opinion, exclude_social_protection, exclude_impoverished_by_shock, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (province_code) DO UPDATE SET posting_working_days = $2, district_opinion = $3, exclude_social_protection = $4,
           exclude_impoverished_by_shock = $5, updated_by = $6, updated_at = now()
         RETURNING id`,
        [provinceCode, after.postingWorkingDays, after.districtOpinion, after.excludeSocialProtection, after.excludeImpoverishedByShock, user.id],
      );
      const changed = (Object.keys(after) as (keyof ReviewSettings)[]).filter((key) => after[key] !== before[key]);
      await this.audit.record(manager, { entityType: 'review_setting', entityId: id, action: 'update_settings', actorId: user.id, comment: changed.join(', ') || null, previousAnswers: before });
    });
    return this.dto(provinceCode);
  }

  private async dto(provinceCode: string): Promise<ReviewSettingsDto> {
    const row = await this.row(provinceCode);
    return {
      ...(row ? pick(row) : DEFAULT_REVIEW_SETTINGS),
      provinceCode,
      isDefault: !row,
      notes: { ...REVIEW_SETTING_NOTES },
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row ? { id: row.updaterId, username: row.updaterUsername, fullName: row.updaterName } : null,
    };
  }

  private async row(provinceCode: string, manager: EntityManager = this.dataSource.manager): Promise<SettingRow | undefined> {
    const [row]: SettingRow[] = await manager.query(
      `SELECT s.posting_working_days AS "postingWorkingDays", s.district_opinion AS "districtOpinion",
              s.exclude_social_protection AS "excludeSocialProtection", s.exclude_impoverished_by_shock AS "excludeImpoverishedByShock",
              s.updated_at AS "updatedAt", a.id AS "updaterId", a.username AS "updaterUsername", a.full_name AS "updaterName"
         FROM poverty_review_setting s JOIN account a ON a.id = s.updated_by WHERE s.province_code = $1`,
      [provinceCode],
    );
    return row;
  }

  private async province(code: string): Promise<AdministrativeUnit> {
    const unit = await this.dataSource.manager.findOneBy(AdministrativeUnit, { code });
    if (!unit || unit.type !== 'province') throw notFound('Province');
    return unit;
  }
}

function pick(row: ReviewSettings): ReviewSettings {
  const { postingWorkingDays, districtOpinion, excludeSocialProtection, excludeImpoverishedByShock } = row;
  return { postingWorkingDays, districtOpinion, excludeSocialProtection, excludeImpoverishedByShock };
}
