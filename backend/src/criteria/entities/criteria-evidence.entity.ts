import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** A document or photo backing a manual value, stored in the database (10 MB at most) so a
 * backup holds the evidence with the figures. */
@Entity('criteria_evidence')
@Check('chk_criteria_evidence_size', `"size" >= 0 AND "size" <= 10485760`)
export class CriteriaEvidence {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_criteria_evidence' })
  id: string;

  /** The unit whose readers may download it. */
  @Column({ name: 'unit_code', type: 'varchar', length: 32 })
  unitCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_criteria_evidence_unit' })
  unit?: AdministrativeUnit;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  mime: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_criteria_evidence_uploader' })
  uploader?: Account;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;
}
