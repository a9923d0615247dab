import type { CampaignKind, CampaignStatus } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { FormVersion } from '../../forms/entities/form-version.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** One round (đợt) of a periodic survey over a set of units. */
@Entity('campaign')
@Check('chk_campaign_kind', `"kind" IN ('satisfaction_poll', 'household_review', 'income_survey', 'custom')`)
@Check('chk_campaign_status', `"status" IN ('draft', 'open', 'closed', 'finalised')`)
@Check('chk_campaign_round', `"round" >= 1 AND "round" <= "rounds_per_year"`)
@Check('chk_campaign_dates', `"opens_on" <= "closes_on"`)
export class Campaign {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_campaign' })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: CampaignKind;

  @Index('idx_campaign_status')
  @Column({ type: 'varchar', length: 12 })
  status: CampaignStatus;

  @Index('idx_campaign_form_version')
  @Column({ name: 'form_version_id', type: 'uuid' })
  formVersionId: string;

  @ManyToOne(() => FormVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'form_version_id', foreignKeyConstraintName: 'fk_campaign_form_version' })
  formVersion?: FormVersion;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  round: number;

  @Column({ name: 'rounds_per_year', type: 'smallint' })
  roundsPerYear: number;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  /** The unit of the admin who created it: who may manage it. */
  @Index('idx_campaign_owner')
  @Column({ name: 'owner_unit_code', type: 'varchar', length: 32 })
  ownerUnitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_code', foreignKeyConstraintName: 'fk_campaign_owner' })
  ownerUnit?: AdministrativeUnit;

  /** The round this one was copied from; unique so a double click cannot make two next rounds. */
  @Index('uq_campaign_previous', { unique: true })
  @Column({ name: 'previous_campaign_id', type: 'uuid', nullable: true })
  previousCampaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_campaign_id', foreignKeyConstraintName: 'fk_campaign_previous' })
  previousCampaign?: Campaign | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_campaign_creator' })
  creator?: Account;

  @Column({ name: 'finalised_at', type: 'timestamptz', nullable: true })
  finalisedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
