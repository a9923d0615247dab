import type { FormVersionStatus, SurveyDefinition } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { SurveyForm } from './survey-form.entity';

/** One version of a form. A published version is frozen (a trigger refuses changes), so every
 * response can always be validated and shown with the exact questions it was filled on. */
@Entity('form_version')
@Check('chk_form_version_status', `"status" IN ('draft', 'published')`)
@Index('uq_form_version_number', ['formId', 'version'], { unique: true })
@Index('uq_form_version_one_draft', ['formId'], { unique: true, where: `"status" = 'draft'` })
export class FormVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_form_version' })
  id: string;

  @Column({ name: 'form_id', type: 'uuid' })
  formId: string;

  @ManyToOne(() => SurveyForm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'form_id', foreignKeyConstraintName: 'fk_form_version_form' })
  form?: SurveyForm;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 12 })
  status: FormVersionStatus;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'jsonb' })
  definition: SurveyDefinition;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'fk_form_version_publisher' })
  publisher?: Account | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
