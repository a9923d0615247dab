import { type CampaignDto, reviewReferenceDate, type UnitRef } from '@ntm/shared';
import type { Campaign } from './entities/campaign.entity';

export function toCampaignDto(campaign: Campaign, units: UnitRef[]): CampaignDto {
  const version = campaign.formVersion!;
  return {
    id: campaign.id,
    name: campaign.name,
    kind: campaign.kind,
    status: campaign.status,
    formVersionId: campaign.formVersionId,
    formId: version.formId,
    formKey: version.form!.key,
    formTitle: version.title,
    formVersion: version.version,
    year: campaign.year,
    round: campaign.round,
    roundsPerYear: campaign.roundsPerYear,
    opensOn: campaign.opensOn,
    closesOn: campaign.closesOn,
    referenceDate: reviewReferenceDate(campaign),
    units,
    ownerUnitCode: campaign.ownerUnitCode,
    previousCampaignId: campaign.previousCampaignId,
    finalisedAt: campaign.finalisedAt?.toISOString() ?? null,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}
