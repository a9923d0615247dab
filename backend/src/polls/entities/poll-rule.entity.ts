import type { PassRule } from '@ntm/shared';
import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';

/** numeric comes back from pg as a string; the thresholds are percents with two decimals. */
const percent = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** A poll's rule set, as data on the campaign; a poll without a row uses DEFAULT_POLL_RULES. */
@Entity('satisfaction_poll_rule')
@Check('chk_satisfaction_poll_rule_coverage', `"min_coverage" >= 0 AND "min_coverage" <= 100`)
@Check('chk_satisfaction_poll_rule_window', `"window_working_days" >= 1`)
export class PollRule {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'PK_satisfaction_poll_rule' })
  campaignId: string;

  @OneToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_satisfaction_poll_rule_campaign' })
  campaign?: Campaign;

  @Column({ name: 'min_coverage', type: 'numeric', precision: 5, scale: 2, transformer: percent })
  minCoverage: number;

  @Column({ name: 'pass_rule', type: 'jsonb' })
  passRule: PassRule;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Column({ name: 'window_working_days', type: 'smallint' })
  windowWorkingDays: number;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_satisfaction_poll_rule_editor' })
  editor?: Account;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
