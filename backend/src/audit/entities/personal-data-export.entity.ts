import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** Who downloaded which personal data (names, birth dates, ID numbers), for which unit, how many
 * rows: shown to admins, so every download of names can be accounted for. */
@Entity('personal_data_export')
@Check('chk_personal_data_export_format', `"format" IN ('csv', 'xlsx')`)
export class PersonalDataExport {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_personal_data_export' })
  id: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_personal_data_export_actor' })
  actor?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** What was downloaded, e.g. `household_members`. */
  @Column({ type: 'varchar', length: 30 })
  dataset: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 32 })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_personal_data_export_unit' })
  unit?: AdministrativeUnit;

  /** The unit filter's path, so admins see the downloads made inside their scope. */
  @Index('idx_personal_data_export_path')
  @Column({ name: 'unit_path', type: 'varchar', length: 400, collation: 'C' })
  unitPath: string;

  @Column({ name: 'status_filter', type: 'varchar', length: 12, nullable: true })
  statusFilter: string | null;

  @Column({ type: 'varchar', length: 4 })
  format: 'csv' | 'xlsx';

  @Column({ name: 'row_count', type: 'int' })
  rowCount: number;
}
