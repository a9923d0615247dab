import type { ThresholdColumn } from '@ntm/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

const KEY = { primaryKeyConstraintName: 'PK_criteria_threshold' };

/** A province's threshold beside the national one, from a year on (also how a "to confirm"
 * national threshold gets its value). Every change is audited. */
@Entity('criteria_threshold')
export class CriteriaThreshold {
  @PrimaryColumn({ name: 'province_code', type: 'varchar', length: 32, ...KEY })
  provinceCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'fk_criteria_threshold_unit' })
  province?: AdministrativeUnit;

  @PrimaryColumn({ name: 'set_id', type: 'varchar', length: 60, ...KEY })
  setId: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'varchar', length: 20, ...KEY })
  indicatorId: string;

  @PrimaryColumn({ type: 'varchar', length: 10, ...KEY })
  column: ThresholdColumn;

  @PrimaryColumn({ name: 'from_year', type: 'smallint', ...KEY })
  fromYear: number;

  @Column({ type: 'jsonb' })
  value: number | boolean;

  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'set_by', type: 'uuid' })
  setBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'set_by', foreignKeyConstraintName: 'fk_criteria_threshold_setter' })
  setter?: Account;

  @Column({ name: 'set_at', type: 'timestamptz', default: () => 'now()' })
  setAt: Date;
}
