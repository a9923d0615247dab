import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';
import { Campaign } from './campaign.entity';

/** A unit in a campaign's scope: a commune, or a province for the whole of it. */
@Entity('campaign_unit')
export class CampaignUnit {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'PK_campaign_unit' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_campaign_unit_campaign' })
  campaign?: Campaign;

  @Index('idx_campaign_unit_unit')
  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_campaign_unit' })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_campaign_unit_unit' })
  unit?: AdministrativeUnit;
}
