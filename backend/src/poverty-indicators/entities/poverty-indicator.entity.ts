import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

const count = (name: string) => Column({ name, type: 'int' });

/**
 * A campaign's poverty figures for one unit: a village (counted from its approved assessments and
 * the registry), or an area above it (the sum of its villages; the national root's row is the
 * campaign as a whole). Counts only: rates are derived when read, with the exclusion rule in force.
 * Written by SQL alone (IndicatorRefresher); frozen with the campaign's finalisation.
 */
@Entity('poverty_indicator')
@Index('idx_poverty_indicator_path', ['campaignId', 'unitPath'])
@Index('idx_poverty_indicator_parent', ['campaignId', 'parentCode'])
export class PovertyIndicator {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'PK_poverty_indicator' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poverty_indicator_campaign' })
  campaign?: Campaign;

  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_poverty_indicator' })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_poverty_indicator_unit' })
  unit?: AdministrativeUnit;

  @Column({ name: 'unit_path', type: 'varchar', length: 400, collation: 'C' })
  unitPath: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 32, nullable: true })
  parentCode: string | null;

  @Column({ name: 'is_village', type: 'boolean' })
  isVillage: boolean;

  @count('households') households: number;
  @count('reviewed') reviewed: number;
  @count('poor') poor: number;
  @count('near_poor') nearPoor: number;
  @count('average') average: number;
  @count('not_poor') notPoor: number;
  @count('screened_out') screenedOut: number;
  @count('incomplete') incomplete: number;
  @count('poor_social_protection') poorSocialProtection: number;
  @count('poor_by_shock') poorByShock: number;
  @count('poor_both_exclusions') poorBothExclusions: number;
  @count('near_poor_social_protection') nearPoorSocialProtection: number;
  @count('near_poor_by_shock') nearPoorByShock: number;
  @count('near_poor_both_exclusions') nearPoorBothExclusions: number;
  @count('income_households') incomeHouseholds: number;
  @count('income_members') incomeMembers: number;
  @count('durable_housing_yes') durableHousingYes: number;
  @count('durable_housing_known') durableHousingKnown: number;
  @count('clean_water_yes') cleanWaterYes: number;
  @count('clean_water_known') cleanWaterKnown: number;
  @count('hygienic_latrine_yes') hygienicLatrineYes: number;
  @count('hygienic_latrine_known') hygienicLatrineKnown: number;
  @count('all_insured_yes') allInsuredYes: number;
  @count('all_insured_known') allInsuredKnown: number;
  @count('internet_use_yes') internetUseYes: number;
  @count('internet_use_known') internetUseKnown: number;

  /** Income over 12 months of the households with a known income, in đồng (pg returns a string). */
  @Column({ name: 'income_sum', type: 'bigint' })
  incomeSum: string;

  /** Indicator id → households deprived in it. */
  @Column({ type: 'jsonb' })
  deprived: Record<string, number>;

  @Column({ name: 'unknown_indicators', type: 'jsonb' })
  unknownIndicators: Record<string, number>;

  /** Movement → households recognised with it in this campaign. */
  @Column({ type: 'jsonb' })
  movements: Record<string, number>;

  @Column({ type: 'boolean', default: false })
  frozen: boolean;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
