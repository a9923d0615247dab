import type { PovertyClass } from '@ntm/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { Household } from '../../households/entities/household.entity';

/** A household's class as recognised by the commune chairman's decision for a year (or imported
 * from the records of earlier years), with its movement against the previous year's class. */
@Entity('household_recognition')
@Check('chk_household_recognition_class', `"poverty_class" IN ('poor', 'near_poor', 'average', 'not_poor', 'screened_out', 'incomplete')`)
@Check('chk_household_recognition_source', `"source" IN ('campaign', 'imported')`)
@Index('uq_household_recognition_year', ['householdId', 'year'], { unique: true })
@Index('idx_household_recognition_path', ['year', 'unitPath'])
@Index('idx_household_recognition_campaign', ['campaignId'])
export class HouseholdRecognition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_household_recognition' })
  id: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_household_recognition_household' })
  household?: Household;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_household_recognition_campaign' })
  campaign?: Campaign | null;

  @Column({ name: 'village_code', type: 'varchar', length: 32 })
  villageCode: string;

  @Column({ name: 'unit_path', type: 'varchar', length: 400, collation: 'C' })
  unitPath: string;

  @Column({ name: 'poverty_class', type: 'varchar', length: 14 })
  povertyClass: PovertyClass;

  @Column({ name: 'previous_class', type: 'varchar', length: 14, nullable: true })
  previousClass: PovertyClass | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  movement: string | null;

  @Column({ type: 'varchar', length: 10 })
  source: 'campaign' | 'imported';

  @Column({ name: 'recognised_on', type: 'date' })
  recognisedOn: string;
}
