import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** The commune chairman's recognition decision closing a campaign's review in the commune; the
 * recognised classes themselves are household_recognition rows of the campaign. */
@Entity('poverty_review_decision')
@Index('uq_poverty_review_decision', ['campaignId', 'communeCode'], { unique: true })
export class ReviewDecision {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_poverty_review_decision' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poverty_review_decision_campaign' })
  campaign?: Campaign;

  @Column({ name: 'commune_code', type: 'varchar', length: 32 })
  communeCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'fk_poverty_review_decision_commune' })
  commune?: AdministrativeUnit;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'decision_number', type: 'varchar', length: 50 })
  decisionNumber: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'fk_poverty_review_decision_decider' })
  decider?: Account;

  @Column({ type: 'int' })
  households: number;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
