import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { ReviewVillage } from './review-village.entity';

/** The public posting of a village's lists; its length in working days is kept as it was when it started. */
@Entity('poverty_review_posting')
@Check('chk_poverty_review_posting_dates', `"ends_on" >= "starts_on"`)
export class ReviewPosting {
  @PrimaryColumn({ name: 'review_village_id', type: 'uuid', primaryKeyConstraintName: 'PK_poverty_review_posting' })
  reviewVillageId: string;

  @OneToOne(() => ReviewVillage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_village_id', foreignKeyConstraintName: 'fk_poverty_review_posting_village' })
  reviewVillage?: ReviewVillage;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'working_days', type: 'smallint' })
  workingDays: number;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ name: 'started_by', type: 'uuid' })
  startedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'started_by', foreignKeyConstraintName: 'fk_poverty_review_posting_starter' })
  starter?: Account;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completed_by', foreignKeyConstraintName: 'fk_poverty_review_posting_completer' })
  completer?: Account | null;
}
