import type { CommuneLevel, IndicatorState, ThresholdColumn } from '@ntm/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

const KEY = { primaryKeyConstraintName: 'PK_criteria_evaluation' };

/** One unit's evaluation against one set in one year: the yearly snapshot the dashboard, the
 * targets and the history read. Written by the recompute alone, in bulk. */
@Entity('criteria_evaluation')
@Check('chk_criteria_evaluation_level', `"level" IN ('none', 'ntm', 'advanced', 'model')`)
@Index('idx_criteria_evaluation_path', ['setId', 'year', 'unitPath'])
export class CriteriaEvaluation {
  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 32, ...KEY })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_criteria_evaluation_unit' })
  unit?: AdministrativeUnit;

  @PrimaryColumn({ name: 'set_id', type: 'varchar', length: 60, ...KEY })
  setId: string;

  @PrimaryColumn({ type: 'smallint', ...KEY })
  year: number;

  @Column({ name: 'set_version', type: 'int' })
  setVersion: number;

  /** Byte collation so `LIKE 'prefix%'` over a subtree uses the index. */
  @Column({ name: 'unit_path', type: 'varchar', length: 400, collation: 'C' })
  unitPath: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  column: ThresholdColumn | null;

  @Column({ type: 'smallint' }) met: number;
  @Column({ name: 'not_met', type: 'smallint' }) notMet: number;
  @Column({ name: 'no_data', type: 'smallint' }) noData: number;
  @Column({ type: 'smallint' }) total: number;

  /** Met / total in hundredths of a percent. */
  @Column({ type: 'int' }) score: number;

  @Column({ name: 'all_met', type: 'boolean' }) allMet: boolean;

  @Column({ type: 'varchar', length: 10 }) level: CommuneLevel;

  /** Ready for recognition: the NTM set all met and the latest finalised poll passed. */
  @Column({ type: 'boolean' }) ready: boolean;

  /** The criteria's states in the set's order (the grid reads them without a join). */
  @Column({ type: 'jsonb' }) states: IndicatorState[];

  @Column({ name: 'poll_campaign_id', type: 'uuid', nullable: true })
  pollCampaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'poll_campaign_id', foreignKeyConstraintName: 'fk_criteria_evaluation_poll' })
  pollCampaign?: Campaign | null;

  @Column({ type: 'boolean', default: false }) frozen: boolean;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
