import type { CommuneGroup, NtmRegion, UnitType } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('administrative_unit')
@Check('chk_unit_commune_group', '"commune_group" BETWEEN 1 AND 3')
@Index('idx_unit_search_name_trgm', { synchronize: false })
@Index('idx_unit_type_path', ['type', 'path'])
export class AdministrativeUnit {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_administrative_unit' })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'full_name', type: 'varchar', length: 250 })
  fullName: string;

  @Column({ type: 'varchar', length: 20 })
  type: UnitType;

  @Index('idx_unit_parent_code')
  @Column({ name: 'parent_code', type: 'varchar', length: 32, nullable: true })
  parentCode: string | null;

  /** Codes from the national root, "/VN/15/02647/"; byte collation so LIKE 'prefix%' uses the index. */
  @Index('idx_unit_path')
  @Column({ type: 'varchar', length: 400, collation: 'C' })
  path: string;

  @Column({ type: 'smallint' })
  depth: number;

  /** Name without diacritics, lower case, for accent-insensitive search. */
  @Column({ name: 'search_name', type: 'varchar', length: 250 })
  searchName: string;

  @Column({ name: 'ntm_region', type: 'varchar', length: 10, nullable: true })
  ntmRegion: NtmRegion | null;

  @Column({ name: 'commune_group', type: 'smallint', nullable: true })
  communeGroup: CommuneGroup | null;

  @Column({ name: 'is_rural', type: 'boolean', nullable: true })
  isRural: boolean | null;

  @Column({ name: 'particularly_difficult', type: 'boolean', default: false })
  particularlyDifficult: boolean;

  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ name: 'successor_code', type: 'varchar', length: 32, nullable: true })
  successorCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
