import type { CollectionMode, ResponseStatus } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { FormVersion } from '../../forms/entities/form-version.entity';
import { PollBatch } from '../../polls/entities/poll-batch.entity';
import { Household } from '../../households/entities/household.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** One filled form. The id is made by the client, so a retried PUT can never create a second row;
 * answers are JSONB, and what aggregation filters on is kept in typed, indexed columns. */
@Entity('survey_response')
@Check('chk_survey_response_status', `"status" IN ('draft', 'submitted', 'returned', 'resubmitted', 'approved')`)
@Index('idx_survey_response_campaign_path', ['campaignId', 'unitPath'])
@Index('idx_survey_response_campaign_status', ['campaignId', 'status'])
@Index('idx_survey_response_creator', ['createdBy', 'campaignId'])
@Check('chk_survey_response_collection_mode', `"collection_mode" IN ('paper', 'door_to_door', 'meeting')`)
@Index('uq_survey_response_household', ['campaignId', 'householdId'], { unique: true, where: `"household_id" IS NOT NULL` })
export class SurveyResponse {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_survey_response' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_survey_response_campaign' })
  campaign?: Campaign;

  @Column({ name: 'form_version_id', type: 'uuid' })
  formVersionId: string;

  @ManyToOne(() => FormVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'form_version_id', foreignKeyConstraintName: 'fk_survey_response_form_version' })
  formVersion?: FormVersion;

  @Column({ name: 'unit_code', type: 'varchar', length: 32 })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_survey_response_unit' })
  unit?: AdministrativeUnit;

  /** The village's path, copied so subtree filters need no join. */
  @Column({ name: 'unit_path', type: 'varchar', length: 400, collation: 'C' })
  unitPath: string;

  /** The household of the registry the form is about (household campaigns only). */
  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_survey_response_household' })
  household?: Household | null;

  @Column({ type: 'varchar', length: 12 })
  status: ResponseStatus;

  @Column({ type: 'jsonb' })
  answers: Record<string, unknown>;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_survey_response_creator' })
  creator?: Account;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'client_time', type: 'timestamptz', nullable: true })
  clientTime: Date | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'fk_survey_response_reviewer' })
  reviewer?: Account | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  revision: number;

  /** Satisfaction polls: how the form was collected (anonymous forms keep no household). */
  @Column({ name: 'collection_mode', type: 'varchar', length: 12, nullable: true })
  collectionMode: CollectionMode | null;

  /** Satisfaction polls: the paper batch the form was keyed in with. */
  @Index('idx_survey_response_poll_batch')
  @Column({ name: 'poll_batch_id', type: 'uuid', nullable: true })
  pollBatchId: string | null;

  @ManyToOne(() => PollBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'poll_batch_id', foreignKeyConstraintName: 'fk_survey_response_poll_batch' })
  pollBatch?: PollBatch | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
