import type { VillageStage } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** Where one village stands in a campaign's review procedure. Made when its list is first drawn up. */
@Entity('poverty_review_village')
@Check('chk_poverty_review_village_stage', `"stage" IN ('listing', 'collecting', 'meeting', 'posting', 'district_opinion', 'ready', 'recognised')`)
@Index('uq_poverty_review_village', ['campaignId', 'villageCode'], { unique: true })
@Index('idx_poverty_review_village_commune', ['campaignId', 'communeCode'])
export class ReviewVillage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_poverty_review_village' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poverty_review_village_campaign' })
  campaign?: Campaign;

  @Column({ name: 'commune_code', type: 'varchar', length: 32 })
  communeCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'fk_poverty_review_village_commune' })
  commune?: AdministrativeUnit;

  @Column({ name: 'village_code', type: 'varchar', length: 32 })
  villageCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'fk_poverty_review_village_village' })
  village?: AdministrativeUnit;

  @Column({ name: 'unit_path', type: 'varchar', length: 400, collation: 'C' })
  unitPath: string;

  @Column({ type: 'varchar', length: 16, default: 'listing' })
  stage: VillageStage;

  @Column({ name: 'district_opinion_on', type: 'date', nullable: true })
  districtOpinionOn: string | null;

  @Column({ name: 'district_opinion_note', type: 'text', nullable: true })
  districtOpinionNote: string | null;

  @Column({ name: 'district_opinion_by', type: 'uuid', nullable: true })
  districtOpinionBy: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_opinion_by', foreignKeyConstraintName: 'fk_poverty_review_village_opinion_by' })
  districtOpinionRecorder?: Account | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
