import type { PaperMode } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A stack of paper forms of one village keyed in together; voiding it stops its forms counting
 * (they stay stored, for the record). */
@Entity('poll_batch')
@Check('chk_poll_batch_mode', `"mode" IN ('paper', 'meeting')`)
@Check('chk_poll_batch_void', `("voided_at" IS NULL) = ("voided_by" IS NULL)`)
@Index('idx_poll_batch_campaign_village', ['campaignId', 'villageCode'])
export class PollBatch {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_poll_batch' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poll_batch_campaign' })
  campaign?: Campaign;

  @Column({ name: 'village_code', type: 'varchar', length: 32 })
  villageCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'fk_poll_batch_village' })
  village?: AdministrativeUnit;

  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Column({ type: 'varchar', length: 12 })
  mode: PaperMode;

  @Column({ name: 'entered_by', type: 'uuid' })
  enteredBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'fk_poll_batch_enterer' })
  enterer?: Account;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_by', type: 'uuid', nullable: true })
  voidedBy: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voided_by', foreignKeyConstraintName: 'fk_poll_batch_voider' })
  voider?: Account | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;
}
