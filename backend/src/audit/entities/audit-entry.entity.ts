import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';

export type AuditedEntity = 'response' | 'campaign' | 'form' | 'household' | 'review_village' | 'review_decision' | 'review_setting' | 'poll_batch' | 'proxy_table'
  | 'criteria_threshold' | 'criteria_set' | 'criteria_target' | 'criteria_year';

/** Append-only trail: who changed what, when, from which status to which, and the previous answers. */
@Entity('audit_entry')
@Index('idx_audit_entry_entity', ['entityType', 'entityId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_audit_entry' })
  id: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 20 })
  entityType: AuditedEntity;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_entry_actor' })
  actor?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20, nullable: true })
  toStatus: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'previous_answers', type: 'jsonb', nullable: true })
  previousAnswers: Record<string, unknown> | null;
}
