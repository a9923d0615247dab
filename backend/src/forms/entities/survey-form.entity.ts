import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A form (phiếu) identified by its key; its content lives in numbered versions. */
@Entity('survey_form')
export class SurveyForm {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_survey_form' })
  id: string;

  @Index('uq_survey_form_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The national root for standard forms, a province for its own. */
  @Index('idx_survey_form_owner')
  @Column({ name: 'owner_unit_code', type: 'varchar', length: 32 })
  ownerUnitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_code', foreignKeyConstraintName: 'fk_survey_form_owner' })
  ownerUnit?: AdministrativeUnit;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
