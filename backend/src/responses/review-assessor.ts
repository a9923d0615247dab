import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessHouseholdReview,
  HOUSEHOLD_REVIEW_FORM_KEY,
  povertyStandardForYear,
  type ResidenceArea,
  reviewReferenceDate,
  type UnitType,
  villageResidenceArea,
} from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { CampaignInScope } from '../campaigns/campaigns.service';
import { conflict } from '../common/errors/domain-error';
import { EffectiveProxyTables } from '../proxy-tables/effective-proxy-tables';
import type { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { type AssessmentRecord, toAssessmentRecord } from './review-assessment';

/**
 * The server's own classification of a submitted household review form, with the same shared rules
 * the form runs live. Only submissions of household review campaigns that use the standard review
 * form are assessed (another form's answers would only ever be "incomplete"); drafts never are.
 */
@Injectable()
export class ReviewAssessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proxyTables: EffectiveProxyTables,
  ) {}

  async assess(campaign: CampaignInScope, village: AdministrativeUnit, answers: Record<string, unknown>, status: 'draft' | 'submitted'): Promise<AssessmentRecord | null> {
    if (status !== 'submitted' || campaign.kind !== 'household_review' || campaign.formVersion?.form?.key !== HOUSEHOLD_REVIEW_FORM_KEY) return null;
    if (!povertyStandardForYear(campaign.year)) throw conflict(`No poverty standard covers the review year ${campaign.year}: households of this campaign cannot be classified`);
    // The village's B1 table (its province's, else the national one, else the default): the income used names its id and version.
    const { table: proxyTable } = await this.proxyTables.forPath(village.path);
    const assessment = assessHouseholdReview(answers, { reviewYear: campaign.year, area: await this.areaOf(village), referenceDate: reviewReferenceDate(campaign), proxyTable });
    return toAssessmentRecord(assessment);
  }

  /** Rural or urban, as the form runner shows it live: see `villageResidenceArea`. */
  private async areaOf(village: AdministrativeUnit): Promise<ResidenceArea> {
    if (village.isRural !== null) return villageResidenceArea(village, null);
    const [commune]: { type: UnitType; isRural: boolean | null }[] = await this.dataSource.query(
      `SELECT type, is_rural AS "isRural" FROM administrative_unit WHERE code = $1`,
      [village.parentCode],
    );
    return villageResidenceArea(village, commune ?? null);
  }
}
