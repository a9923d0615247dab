import type { PollResultLevel, PollVerdict } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';

/** The figures of one unit (village, commune, or `*` for the whole poll) frozen when the poll was
 * finalised: what is served from then on, and what the commune score reads. */
@Entity('poll_result_unit')
@Check('chk_poll_result_unit_level', `"level" IN ('village', 'commune', 'poll')`)
@Check('chk_poll_result_unit_verdict', `"verdict" IN ('passed', 'failed', 'invalid')`)
export class PollResultUnit {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'PK_poll_result_unit' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poll_result_unit_campaign' })
  campaign?: Campaign;

  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_poll_result_unit' })
  unitCode: string;

  @Column({ type: 'varchar', length: 8 })
  level: PollResultLevel;

  @Column({ name: 'unit_name', type: 'varchar', length: 300 })
  unitName: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 32, nullable: true })
  parentCode: string | null;

  @Column({ type: 'int', nullable: true })
  households: number | null;

  @Column({ type: 'int' })
  returned: number;

  @Column({ type: 'int', nullable: true })
  coverage: number | null;

  @Column({ name: 'coverage_met', type: 'boolean' })
  coverageMet: boolean;

  @Column({ type: 'int', nullable: true })
  average: number | null;

  @Column({ name: 'rule_passed', type: 'boolean' })
  rulePassed: boolean;

  @Column({ type: 'varchar', length: 8 })
  verdict: PollVerdict;

  @CreateDateColumn({ name: 'frozen_at', type: 'timestamptz' })
  frozenAt: Date;
}

/** One item's frozen counts in one unit. */
@Entity('poll_result_item')
export class PollResultItem {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'PK_poll_result_item' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_poll_result_item_campaign' })
  campaign?: Campaign;

  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_poll_result_item' })
  unitCode: string;

  @PrimaryColumn({ name: 'item_name', type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_poll_result_item' })
  itemName: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'int' })
  satisfied: number;

  @Column({ name: 'not_satisfied', type: 'int' })
  notSatisfied: number;

  @Column({ type: 'int' })
  unanswered: number;

  @Column({ type: 'int', nullable: true })
  rate: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}
