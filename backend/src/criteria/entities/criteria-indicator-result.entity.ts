import type { AppliedThreshold, IndicatorState, NoDataReason, ValueSource } from '@ntm/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';

const KEY = { primaryKeyConstraintName: 'PK_criteria_indicator_result' };

/** One indicator's value, applied threshold, state and source in an evaluation: the trace.
 * Written only with its evaluation, by the recompute's bulk statements; deliberately without
 * foreign keys to criteria_evaluation and criteria_manual_value (never deleted: history is kept):
 * checking them row by row doubled the time of a province's recompute (100,000+ rows). */
@Entity('criteria_indicator_result')
@Check('chk_criteria_indicator_result_state', `"state" IN ('met', 'not_met', 'no_data')`)
@Check(
  'chk_criteria_indicator_result_no_data_reason',
  `("state" = 'no_data') = ("no_data_reason" IS NOT NULL) AND "no_data_reason" IN ('no_value', 'no_threshold', 'no_column')`,
)
// Partial: most values are entered by hand, and the bulk insert need not index their nulls.
@Index('idx_criteria_indicator_result_campaign', ['campaignId'], { where: '"campaign_id" IS NOT NULL' })
export class CriteriaIndicatorResult {
  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 32, ...KEY })
  unitCode: string;

  @PrimaryColumn({ name: 'set_id', type: 'varchar', length: 60, ...KEY })
  setId: string;

  @PrimaryColumn({ type: 'smallint', ...KEY })
  year: number;

  @PrimaryColumn({ name: 'indicator_id', type: 'varchar', length: 20, ...KEY })
  indicatorId: string;

  @Column({ type: 'smallint' }) criterion: number;

  @Column({ type: 'jsonb', nullable: true }) value: number | boolean | null;

  @Column({ type: 'jsonb', nullable: true }) threshold: AppliedThreshold | null;

  @Column({ type: 'varchar', length: 8 }) state: IndicatorState;

  /** Why the state is `no_data` (set exactly then). */
  @Column({ name: 'no_data_reason', type: 'varchar', length: 12, nullable: true })
  noDataReason: NoDataReason | null;

  @Column({ type: 'jsonb' }) source: ValueSource;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_criteria_indicator_result_campaign' })
  campaign?: Campaign | null;

  /** The entry behind a manual value (criteria_manual_value.id). */
  @Column({ name: 'manual_value_id', type: 'uuid', nullable: true })
  manualValueId: string | null;
}
