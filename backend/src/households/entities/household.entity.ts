import type { HouseholdStatus } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A household of the registry (sổ hộ). Its code is unique within the commune; the village path
 * is copied so subtree filters and indicator queries need no join. */
@Entity('household')
@Check('chk_household_status', `"status" IN ('active', 'moved', 'merged', 'dissolved')`)
@Index('uq_household_code', ['communeCode', 'code'], { unique: true })
@Index('idx_household_village_status', ['villageCode', 'status'])
export class Household {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_household' })
  id: string;

  @Column({ name: 'commune_code', type: 'varchar', length: 32 })
  communeCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'fk_household_commune' })
  commune?: AdministrativeUnit;

  @Column({ name: 'village_code', type: 'varchar', length: 32 })
  villageCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'fk_household_village' })
  village?: AdministrativeUnit;

  @Index('idx_household_path')
  @Column({ name: 'village_path', type: 'varchar', length: 400, collation: 'C' })
  villagePath: string;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'head_name', type: 'varchar', length: 200 })
  headName: string;

  /** The head's name folded as foldDiacritics does, for accent-free search; set by the trigger
   * trg_household_search_name on every write of head_name. */
  @Column({ name: 'search_name', type: 'varchar', length: 200 })
  searchName: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 12, default: 'active' })
  status: HouseholdStatus;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_household_merged_into' })
  mergedInto?: Household | null;

  /** Increases with every change: edits name the revision they started from. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
