import type { CriteriaSet } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A province's own set (e.g. its village set adopted from the template), one row per saved
 * version: the latest version of an id applies. */
@Entity('criteria_province_set')
@Check('chk_criteria_province_set_version', `"version" >= 1`)
@Index('idx_criteria_province_set_province', ['provinceCode'])
export class CriteriaProvinceSet {
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'PK_criteria_province_set' })
  id: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_criteria_province_set' })
  version: number;

  @Column({ name: 'province_code', type: 'varchar', length: 32 })
  provinceCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'fk_criteria_province_set_unit' })
  province?: AdministrativeUnit;

  @Column({ type: 'jsonb' })
  definition: CriteriaSet;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_criteria_province_set_creator' })
  creator?: Account;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
