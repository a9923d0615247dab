import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** An enumerator's village in a household campaign. */
@Entity('assignment')
@Check('chk_assignment_expected', `"expected_households" >= 0`)
@Index('uq_assignment', ['campaignId', 'unitCode', 'enumeratorId'], { unique: true })
export class Assignment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assignment' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_assignment_campaign' })
  campaign?: Campaign;

  @Index('idx_assignment_enumerator')
  @Column({ name: 'enumerator_id', type: 'uuid' })
  enumeratorId: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enumerator_id', foreignKeyConstraintName: 'fk_assignment_enumerator' })
  enumerator?: Account;

  @Column({ name: 'unit_code', type: 'varchar', length: 32 })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_assignment_unit' })
  unit?: AdministrativeUnit;

  @Column({ name: 'expected_households', type: 'int', nullable: true })
  expectedHouseholds: number | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_assignment_creator' })
  creator?: Account;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
