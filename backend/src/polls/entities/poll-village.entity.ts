import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** The household total a Front officer entered for a village the registry does not cover yet. */
@Entity('poll_village')
@Check('chk_poll_village_households', `"households" >= 0`)
export class PollVillage {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'PK_poll_village' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poll_village_campaign' })
  campaign?: Campaign;

  @PrimaryColumn({ name: 'village_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_poll_village' })
  villageCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'fk_poll_village_village' })
  village?: AdministrativeUnit;

  @Column({ type: 'int' })
  households: number;

  @Column({ type: 'varchar', length: 300 })
  source: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_poll_village_editor' })
  editor?: Account;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
