import type { PovertyClass } from '@ntm/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { Household } from '../../households/entities/household.entity';
import { SurveyResponse } from '../../responses/entities/survey-response.entity';

/** The server's own classification of one submitted review form, recomputed with the shared rules
 * on every submission. What indicators count is kept in typed columns; `detail` is the full result
 * (trace of thresholds, income, per-indicator verdicts) for the supervisor and the audit. */
@Entity('household_assessment')
@Check('chk_household_assessment_class', `"poverty_class" IN ('poor', 'near_poor', 'average', 'not_poor', 'screened_out', 'incomplete')`)
@Index('uq_household_assessment_household', ['campaignId', 'householdId'], { unique: true })
@Index('idx_household_assessment_path', ['campaignId', 'unitPath'])
export class HouseholdAssessment {
  @PrimaryColumn({ name: 'response_id', type: 'uuid', primaryKeyConstraintName: 'PK_household_assessment' })
  responseId: string;

  @OneToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_household_assessment_response' })
  response?: SurveyResponse;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_household_assessment_campaign' })
  campaign?: Campaign;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_household_assessment_household' })
  household?: Household;

  @Column({ name: 'village_code', type: 'varchar', length: 32 })
  villageCode: string;

  @Column({ name: 'unit_path', type: 'varchar', length: 400, collation: 'C' })
  unitPath: string;

  @Column({ name: 'standard_id', type: 'varchar', length: 24 })
  standardId: string;

  @Column({ name: 'poverty_class', type: 'varchar', length: 14 })
  povertyClass: PovertyClass;

  @Column({ type: 'varchar', length: 40, array: true, default: () => `'{}'` })
  deprived: string[];

  @Column({ name: 'unknown_indicators', type: 'varchar', length: 40, array: true, default: () => `'{}'` })
  unknownIndicators: string[];

  @Column({ type: 'smallint' })
  members: number;

  @Column({ name: 'income_method', type: 'varchar', length: 10, nullable: true })
  incomeMethod: string | null;

  /** Household income over 12 months in đồng (bigint comes back from pg as a string). */
  @Column({ name: 'income_yearly', type: 'bigint', nullable: true })
  incomeYearly: string | null;

  @Column({ name: 'durable_housing', type: 'boolean', nullable: true })
  durableHousing: boolean | null;

  @Column({ name: 'clean_water', type: 'boolean', nullable: true })
  cleanWater: boolean | null;

  @Column({ name: 'hygienic_latrine', type: 'boolean', nullable: true })
  hygienicLatrine: boolean | null;

  @Column({ name: 'all_insured', type: 'boolean', nullable: true })
  allInsured: boolean | null;

  @Column({ name: 'internet_use', type: 'boolean', nullable: true })
  internetUse: boolean | null;

  @Column({ name: 'social_protection', type: 'boolean', nullable: true })
  socialProtection: boolean | null;

  @Column({ name: 'impoverished_by_shock', type: 'boolean', nullable: true })
  impoverishedByShock: boolean | null;

  @Column({ type: 'jsonb' })
  detail: Record<string, unknown>;

  @Column({ name: 'assessed_at', type: 'timestamptz', default: () => 'now()' })
  assessedAt: Date;
}
