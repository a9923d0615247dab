import type { TargetMetric } from '@ntm/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A steering committee's target for a unit over a period, as data; changes are audited. */
@Entity('criteria_target')
@Check('chk_criteria_target_metric', `"metric" IN ('communes_at_level', 'average_criteria_met', 'communes_below_criteria', 'communes_meeting_criterion', 'villages_at_level')`)
@Check('chk_criteria_target_years', `"from_year" <= "to_year"`)
@Index('idx_criteria_target_unit', ['unitCode', 'setId'])
export class CriteriaTarget {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_criteria_target' })
  id: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 32 })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_criteria_target_unit' })
  unit?: AdministrativeUnit;

  @Column({ name: 'set_id', type: 'varchar', length: 60 })
  setId: string;

  @Column({ type: 'varchar', length: 300 })
  label: string;

  @Column({ type: 'varchar', length: 30 })
  metric: TargetMetric;

  @Column({ type: 'varchar', length: 20, nullable: true })
  parameter: string | null;

  @Column({ name: 'from_year', type: 'smallint' })
  fromYear: number;

  @Column({ name: 'to_year', type: 'smallint' })
  toYear: number;

  /** numeric: pg returns a string. */
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true })
  baseline: string | null;

  @Column({ type: 'numeric', precision: 8, scale: 2 })
  target: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_criteria_target_editor' })
  editor?: Account;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
