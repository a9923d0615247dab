import type { ListingReason, PovertyClass } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { Household } from '../../households/entities/household.entity';
import { ReviewVillage } from './review-village.entity';

/** A household on a village's review list for a campaign, with why and its class of last year. */
@Entity('poverty_review_household')
@Check('chk_poverty_review_household_reason', `"reason" IN ('previously_poor', 'previously_near_poor', 'registry', 'requested', 'flagged')`)
@Index('idx_poverty_review_household_village', ['reviewVillageId'])
export class ReviewHousehold {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'PK_poverty_review_household' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poverty_review_household_campaign' })
  campaign?: Campaign;

  @PrimaryColumn({ name: 'household_id', type: 'uuid', primaryKeyConstraintName: 'PK_poverty_review_household' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_poverty_review_household_household' })
  household?: Household;

  @Column({ name: 'review_village_id', type: 'uuid' })
  reviewVillageId: string;

  @ManyToOne(() => ReviewVillage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_village_id', foreignKeyConstraintName: 'fk_poverty_review_household_village' })
  reviewVillage?: ReviewVillage;

  @Column({ type: 'varchar', length: 24 })
  reason: ListingReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'previous_class', type: 'varchar', length: 14, nullable: true })
  previousClass: PovertyClass | null;

  @Column({ name: 'listed_by', type: 'uuid' })
  listedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'listed_by', foreignKeyConstraintName: 'fk_poverty_review_household_lister' })
  lister?: Account;

  @CreateDateColumn({ name: 'listed_at', type: 'timestamptz' })
  listedAt: Date;
}
