import type { HouseholdStatus } from '@ntm/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { Household } from './household.entity';

/** Status history of a household: when it moved, merged (into which) or dissolved, why and who recorded it. */
@Entity('household_status_change')
@Index('idx_household_status_change_household', ['householdId', 'id'])
export class HouseholdStatusChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_household_status_change' })
  id: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_household_status_change_household' })
  household?: Household;

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus: HouseholdStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus: HouseholdStatus;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_household_status_change_merged_into' })
  mergedInto?: Household | null;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_household_status_change_actor' })
  actor?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
