import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UnitType } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { type CampaignInScope, CampaignsService, coversUnit } from '../campaigns/campaigns.service';
import { conflict, invalid, invalidTransition, notFound } from '../common/errors/domain-error';
import { Repository } from 'typeorm';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { UnitsService } from '../units/units.service';

export type CommuneScope = { campaign: CampaignInScope; commune: AdministrativeUnit };
export type VillageScope = CommuneScope & { village: AdministrativeUnit };

/**
 * Resolves what a review request is about and whether the caller may touch it: the campaign must be
 * visible (else 404) and a household review, the unit inside the caller's scope (else 403) and
 * inside the campaign's units (else 404).
 */
@Injectable()
export class ReviewScope {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly units: UnitsService,
    @InjectRepository(AdministrativeUnit) private readonly unitRows: Repository<AdministrativeUnit>,
  ) {}

  async commune(user: AuthUser, campaignId: string, communeCode: string): Promise<CommuneScope> {
    const campaign = await this.reviewCampaign(user, campaignId);
    const commune = await this.unitOfType(user, communeCode, 'commune');
    if (!coversUnit(campaign, commune.path)) throw notFound('Commune in this campaign');
    return { campaign, commune };
  }

  async village(user: AuthUser, campaignId: string, villageCode: string): Promise<VillageScope> {
    const campaign = await this.reviewCampaign(user, campaignId);
    const village = await this.unitOfType(user, villageCode, 'village');
    if (!coversUnit(campaign, village.path)) throw notFound('Village in this campaign');
    // A village lies in the caller's scope, so its commune does too, or contains the scope.
    const commune = await this.unitRows.findOneByOrFail({ code: village.parentCode! });
    return { campaign, commune, village };
  }

  /** A village of the commune, named in a request body (400 otherwise). */
  async villageOf(scope: CommuneScope, villageCode: string): Promise<AdministrativeUnit> {
    const village = await this.unitRows.findOneBy({ code: villageCode });
    if (!village || village.type !== 'village' || village.parentCode !== scope.commune.code) throw invalid('villageCode', 'không phải thôn của xã này');
    return village;
  }

  /** Changes stop once the campaign's figures are finalised. */
  static requireWritable(scope: CommuneScope): void {
    if (scope.campaign.status === 'finalised') throw invalidTransition('Đợt rà soát đã chốt số liệu: hủy chốt trước khi thay đổi quy trình rà soát.');
  }

  private async reviewCampaign(user: AuthUser, campaignId: string): Promise<CampaignInScope> {
    const campaign = await this.campaigns.requireVisible(user, campaignId);
    if (campaign.kind !== 'household_review') throw conflict('Đợt khảo sát này không phải đợt rà soát hộ nghèo, hộ cận nghèo.');
    return campaign;
  }

  private async unitOfType(user: AuthUser, code: string, type: UnitType): Promise<AdministrativeUnit> {
    const unit = await this.units.requireInScope(code, user);
    if (unit.type !== type) throw notFound(type === 'commune' ? 'Commune' : 'Village');
    return unit;
  }
}
