import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ExclusionRule,
  isWithinScope,
  NATIONAL_ROOT_CODE,
  type PovertyIndicatorsDto,
  provinceCodeOfPath,
  type RecomputeIndicatorsResult,
} from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { type CampaignInScope, CampaignsService } from '../campaigns/campaigns.service';
import { invalid, notFound } from '../common/errors/domain-error';
import type { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { ReviewSettingsService } from '../poverty-review/review-settings.service';
import { UnitsService } from '../units/units.service';
import type { CampaignUnitQueryDto, PovertyIndicatorsQueryDto } from './dto/poverty-indicators-query.dto';
import { IndicatorRefresher } from './indicator-refresher';
import { type IndicatorRow, toIndicatorRowDto } from './poverty-indicators.mapper';

/** A stored row with its unit's name and type; `p` is poverty_indicator. */
export const INDICATOR_ROW_SELECT = `
  SELECT p.*, u.name AS unit_name, u.type AS unit_type
    FROM poverty_indicator p JOIN administrative_unit u ON u.code = p.unit_code`;

export type IndicatorTarget = { campaign: CampaignInScope; unit: AdministrativeUnit };

@Injectable()
export class PovertyIndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly units: UnitsService,
    private readonly settings: ReviewSettingsService,
    private readonly refresher: IndicatorRefresher,
  ) {}

  /** The unit's row, its children's rows and (when the caller sees all of it) the campaign's total. */
  async get(user: AuthUser, query: PovertyIndicatorsQueryDto): Promise<PovertyIndicatorsDto> {
    const { campaign, unit } = await this.target(user, query);
    const rule = await this.ruleFor(unit.path, query);
    const rows: IndicatorRow[] = await this.dataSource.query(
      `${INDICATOR_ROW_SELECT} WHERE p.campaign_id = $1 AND (p.unit_code = $2 OR p.parent_code = $2 OR p.unit_code = $3) ORDER BY p.unit_path`,
      [campaign.id, unit.code, NATIONAL_ROOT_CODE],
    );
    const own = rows.find((row) => row.unit_code === unit.code);
    if (!own) throw notFound('Indicators of this unit in this campaign');
    const total = rows.find((row) => row.unit_code === NATIONAL_ROOT_CODE);
    const seesWholeCampaign = campaign.unitPaths.every((path) => isWithinScope(path, user.scopePath));
    return {
      campaignId: campaign.id,
      frozen: own.frozen,
      exclusionRule: rule,
      row: toIndicatorRowDto(own, rule),
      // Every unit in scope but the scope's own root has its parent in scope too.
      parentCode: unit.path === user.scopePath ? null : own.parent_code,
      children: rows.filter((row) => row.parent_code === unit.code).map((row) => toIndicatorRowDto(row, rule)),
      campaignTotal: total && seesWholeCampaign ? toIndicatorRowDto(total, rule) : null,
    };
  }

  /** Admin, on demand: every row of the campaign from scratch (409 once frozen). */
  async recompute(user: AuthUser, campaignId: string): Promise<RecomputeIndicatorsResult> {
    const campaign = requireHouseholdReview(await this.campaigns.requireManageable(user, campaignId));
    const units = await this.dataSource.transaction((manager) => this.refresher.refreshCampaign(manager, campaign.id));
    return { campaignId: campaign.id, units, computedAt: new Date().toISOString() };
  }

  /** A visible household review campaign (404 / 400) and a unit in the caller's scope (400 / 403). */
  async target(user: AuthUser, query: CampaignUnitQueryDto): Promise<IndicatorTarget> {
    const campaign = requireHouseholdReview(await this.campaigns.requireVisible(user, query.campaign));
    const unit = await this.units.requireInScope(query.unit ?? user.unitCode, user, 'unit');
    return { campaign, unit };
  }

  /** The rule asked for in the query, else the province's setting of the review procedure (the
   * national root, above every province, has none: nothing is left out there unless asked). */
  async ruleFor(unitPath: string, query: Partial<ExclusionRule>): Promise<ExclusionRule> {
    const province = provinceCodeOfPath(unitPath);
    const setting = province ? await this.settings.exclusionRule(province) : { excludeSocialProtection: false, excludeImpoverishedByShock: false };
    return {
      excludeSocialProtection: query.excludeSocialProtection ?? setting.excludeSocialProtection,
      excludeImpoverishedByShock: query.excludeImpoverishedByShock ?? setting.excludeImpoverishedByShock,
    };
  }
}

function requireHouseholdReview(campaign: CampaignInScope): CampaignInScope {
  if (campaign.kind !== 'household_review') throw invalid('campaign', 'is not a household review campaign: it has no poverty indicators');
  return campaign;
}
