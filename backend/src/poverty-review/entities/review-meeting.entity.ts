import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { ReviewVillage } from './review-village.entity';

/** A village meeting on the review results, kept even when it sent the village back to re-review. */
@Entity('poverty_review_meeting')
@Check('chk_poverty_review_meeting_counts', `"attendees" >= 1 AND "agreeing" >= 0 AND "agreeing" <= "attendees"`)
@Index('idx_poverty_review_meeting_village', ['reviewVillageId', 'recordedAt'])
export class ReviewMeeting {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_poverty_review_meeting' })
  id: string;

  @Column({ name: 'review_village_id', type: 'uuid' })
  reviewVillageId: string;

  @ManyToOne(() => ReviewVillage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_village_id', foreignKeyConstraintName: 'fk_poverty_review_meeting_village' })
  reviewVillage?: ReviewVillage;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'int' })
  attendees: number;

  @Column({ type: 'int' })
  agreeing: number;

  @Column({ type: 'boolean' })
  accepted: boolean;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_poverty_review_meeting_recorder' })
  recorder?: Account;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
