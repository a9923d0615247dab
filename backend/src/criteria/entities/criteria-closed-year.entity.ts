import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A year a province closed: its evaluations are the year's snapshot, recomputes skip them and no
 * manual value of that year may change until it is reopened (audited). */
@Entity('criteria_closed_year')
export class CriteriaClosedYear {
  @PrimaryColumn({ name: 'province_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_criteria_closed_year' })
  provinceCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'fk_criteria_closed_year_unit' })
  province?: AdministrativeUnit;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_criteria_closed_year' })
  year: number;

  @Column({ name: 'closed_by', type: 'uuid' })
  closedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closed_by', foreignKeyConstraintName: 'fk_criteria_closed_year_closer' })
  closer?: Account;

  @Column({ name: 'closed_at', type: 'timestamptz', default: () => 'now()' })
  closedAt: Date;
}
