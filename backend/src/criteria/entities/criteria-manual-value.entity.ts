import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';
import { CriteriaEvidence } from './criteria-evidence.entity';

/** A value entered by the responsible agency, with its evidence. Never updated: each change is a
 * new row and the latest per (unit, set, indicator, year) applies, so the history stays. */
@Entity('criteria_manual_value')
@Index('idx_criteria_manual_value_key', ['unitCode', 'setId', 'indicatorId', 'year', 'enteredAt'])
export class CriteriaManualValue {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_criteria_manual_value' })
  id: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 32 })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_criteria_manual_value_unit' })
  unit?: AdministrativeUnit;

  @Column({ name: 'set_id', type: 'varchar', length: 60 })
  setId: string;

  @Column({ name: 'indicator_id', type: 'varchar', length: 20 })
  indicatorId: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'jsonb' })
  value: number | boolean;

  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'evidence_date', type: 'date' })
  evidenceDate: string;

  @Column({ name: 'evidence_url', type: 'varchar', length: 1000, nullable: true })
  evidenceUrl: string | null;

  @Column({ name: 'evidence_file_id', type: 'uuid', nullable: true })
  evidenceFileId: string | null;

  @ManyToOne(() => CriteriaEvidence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_file_id', foreignKeyConstraintName: 'fk_criteria_manual_value_evidence' })
  evidenceFile?: CriteriaEvidence | null;

  @Column({ name: 'entered_by', type: 'uuid' })
  enteredBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'fk_criteria_manual_value_enterer' })
  enterer?: Account;

  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' })
  enteredAt: Date;
}
