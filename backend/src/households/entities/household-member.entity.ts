import type { MemberRelation, Sex } from '@ntm/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from './household.entity';

/** A member (nhân khẩu) as written in the household book; the ID number is optional. */
@Entity('household_member')
@Check('chk_household_member_sex', `"sex" IN ('male', 'female')`)
@Check('chk_household_member_position', `"position" >= 1`)
@Index('uq_household_member_position', ['householdId', 'position'], { unique: true })
export class HouseholdMember {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_household_member' })
  id: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_household_member_household' })
  household?: Household;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 6 })
  sex: Sex;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'relation_to_head', type: 'varchar', length: 20 })
  relationToHead: MemberRelation;

  @Column({ type: 'varchar', length: 60 })
  ethnicity: string;

  @Column({ name: 'id_number', type: 'varchar', length: 20, nullable: true })
  idNumber: string | null;
}
