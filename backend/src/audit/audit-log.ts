import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryDto } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { jsonb } from '../common/sql/jsonb';
import { type AuditedEntity, AuditEntry } from './entities/audit-entry.entity';

export type AuditRecord = Pick<AuditEntry, 'entityType' | 'entityId' | 'action' | 'actorId'> &
  Partial<Pick<AuditEntry, 'fromStatus' | 'toStatus' | 'comment' | 'previousAnswers'>>;

type AuditRow = Omit<AuditEntryDto, 'actor' | 'at'> & { at: Date; actorId: string; username: string; fullName: string };

/** Writes audit entries inside the caller's transaction, so a change and its trail land together. */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    const { previousAnswers, ...rest } = entry;
    await manager.insert(AuditEntry, { ...rest, previousAnswers: previousAnswers ? jsonb(previousAnswers) : null });
  }

  /** The same action on many entities at once (an import), in one statement. */
  async recordMany(manager: EntityManager, entityType: AuditedEntity, entityIds: readonly string[], action: string, actorId: string): Promise<void> {
    if (entityIds.length === 0) return;
    await manager.query(`INSERT INTO audit_entry (entity_type, entity_id, action, actor_id) SELECT $1, unnest($2::uuid[]), $3, $4`, [entityType, entityIds, action, actorId]);
  }

  /** Oldest first. */
  async history(entityType: AuditedEntity, entityId: string): Promise<AuditEntryDto[]> {
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.at, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.comment,
              e.previous_answers AS "previousAnswers", a.id AS "actorId", a.username, a.full_name AS "fullName"
         FROM audit_entry e JOIN account a ON a.id = e.actor_id
        WHERE e.entity_type = $1 AND e.entity_id = $2
        ORDER BY e.id`,
      [entityType, entityId],
    );
    return rows.map(({ actorId, username, fullName, at, ...entry }) => ({
      ...entry,
      at: at.toISOString(),
      actor: { id: actorId, username, fullName },
    }));
  }
}
