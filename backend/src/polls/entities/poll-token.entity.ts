import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A one-time code handed to one household for answering on a device. Only its hash is kept, and
 * nothing links it to the answers: burning it and storing the form share a transaction, no key. */
@Entity('poll_token')
@Index('idx_poll_token_campaign_village', ['campaignId', 'villageCode'])
export class PollToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_poll_token' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poll_token_campaign' })
  campaign?: Campaign;

  @Column({ name: 'village_code', type: 'varchar', length: 32 })
  villageCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'fk_poll_token_village' })
  village?: AdministrativeUnit;

  @Index('uq_poll_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'issued_by', type: 'uuid' })
  issuedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by', foreignKeyConstraintName: 'fk_poll_token_issuer' })
  issuer?: Account;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
