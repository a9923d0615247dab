import type { PovertyClass } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Household } from '../../households/entities/household.entity';
import { ReviewVillage } from './review-village.entity';

/** A complaint received during the posting. The household's class and form revision are noted when
 * it comes in and when it is resolved, so the resolution shows what the re-check changed. */
@Entity('poverty_review_complaint')
@Check('chk_poverty_review_complaint_resolved', `("resolution" IS NULL) = ("resolved_on" IS NULL)`)
@Index('idx_poverty_review_complaint_village', ['reviewVillageId', 'receivedOn'])
export class ReviewComplaint {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_poverty_review_complaint' })
  id: string;

  @Column({ name: 'review_village_id', type: 'uuid' })
  reviewVillageId: string;

  @ManyToOne(() => ReviewVillage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_village_id', foreignKeyConstraintName: 'fk_poverty_review_complaint_village' })
  reviewVillage?: ReviewVillage;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_poverty_review_complaint_household' })
  household?: Household;

  @Column({ type: 'text' })
  content: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_poverty_review_complaint_recorder' })
  recorder?: Account;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'class_at_complaint', type: 'varchar', length: 14, nullable: true })
  classAtComplaint: PovertyClass | null;

  @Column({ name: 'revision_at_complaint', type: 'int', nullable: true })
  revisionAtComplaint: number | null;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'fk_poverty_review_complaint_resolver' })
  resolver?: Account | null;

  @Column({ name: 'class_after', type: 'varchar', length: 14, nullable: true })
  classAfter: PovertyClass | null;

  @Column({ type: 'boolean', nullable: true })
  rechecked: boolean | null;
}
