import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isWithinScope, type PollBatchDto } from '@ntm/shared';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditLog } from '../audit/audit-log';
import type { CampaignInScope } from '../campaigns/campaigns.service';
import { invalidTransition, notFound } from '../common/errors/domain-error';
import type { CreateBatchDto } from './dto/poll.dto';
import { PollBatch } from './entities/poll-batch.entity';
import { PollAccess, requireCollecting, requireNotFinalised } from './poll-access.service';
import { type BatchRow, toPollBatchDto } from './poll-batches.mapper';
import { lockVillage } from './poll-form-insert';

const BATCH_SELECT = `
  SELECT b.id, b.campaign_id AS "campaignId", b.label, b.mode, b.created_at AS "createdAt", b.voided_at AS "voidedAt", b.void_reason AS "voidReason",
         u.code AS "villageCode", u.name AS "villageName", u.type AS "villageType", u.path AS "villagePath",
         e.id AS "enteredById", e.username AS "enteredByUsername", e.full_name AS "enteredByName",
         x.id AS "voidedById", x.username AS "voidedByUsername", x.full_name AS "voidedByName",
         (SELECT count(*)::int FROM survey_response r WHERE r.poll_batch_id = b.id) AS forms
    FROM poll_batch b JOIN administrative_unit u ON u.code = b.village_code
    JOIN account e ON e.id = b.entered_by LEFT JOIN account x ON x.id = b.voided_by`;

/** Stacks of paper forms: opened per village, listed with their form counts, voided as a whole. */
@Injectable()
export class PollBatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PollAccess,
    private readonly audit: AuditLog,
  ) {}

  async create(user: AuthUser, pollId: string, dto: CreateBatchDto): Promise<PollBatchDto> {
    const poll = await this.access.requirePoll(user, pollId);
    requireCollecting(poll);
    await this.access.requireVillage(user, poll, dto.villageCode);
    const { id } = await this.dataSource.manager.save(PollBatch, { campaignId: pollId, villageCode: dto.villageCode, label: dto.label, mode: dto.mode, enteredBy: user.id });
    return this.dto(id);
  }

  /** The batches of the poll in the caller's scope (one village's when asked), newest first. */
  async list(user: AuthUser, pollId: string, villageCode?: string): Promise<PollBatchDto[]> {
    const poll = await this.access.requirePoll(user, pollId);
    if (villageCode) await this.access.requireVillage(user, poll, villageCode);
    const rows: BatchRow[] = await this.dataSource.query(
      `${BATCH_SELECT} WHERE b.campaign_id = $1 AND starts_with(u.path, $2) AND ($3::varchar IS NULL OR b.village_code = $3) ORDER BY b.created_at DESC`,
      [pollId, user.scopePath, villageCode ?? null],
    );
    return rows.map(toPollBatchDto);
  }

  /** Its forms stay stored but stop counting; the reason goes to the audit trail. */
  async void(user: AuthUser, pollId: string, batchId: string, reason: string): Promise<PollBatchDto> {
    const poll = await this.access.requirePoll(user, pollId);
    requireNotFinalised(poll);
    const batch = await this.requireBatch(user, poll, batchId);
    await this.dataSource.transaction(async (manager) => {
      await lockVillage(manager, pollId, batch.villageCode);
      const { affected } = await manager.update(PollBatch, { id: batchId, voidedAt: IsNull() }, { voidedAt: new Date(), voidedBy: user.id, voidReason: reason });
      if (!affected) throw invalidTransition('Tập phiếu này đã bị hủy trước đó.');
      await this.audit.record(manager, { entityType: 'poll_batch', entityId: batchId, action: 'void', actorId: user.id, comment: reason });
    });
    return this.dto(batchId);
  }

  /** A batch of the poll in a village of the caller's scope (404 otherwise). */
  async requireBatch(user: AuthUser, poll: CampaignInScope, batchId: string): Promise<BatchRow> {
    const [row]: BatchRow[] = await this.dataSource.query(`${BATCH_SELECT} WHERE b.id = $1 AND b.campaign_id = $2`, [batchId, poll.id]);
    if (!row || !isWithinScope(row.villagePath, user.scopePath)) throw notFound('Batch');
    return row;
  }

  private async dto(id: string): Promise<PollBatchDto> {
    const [row]: BatchRow[] = await this.dataSource.query(`${BATCH_SELECT} WHERE b.id = $1`, [id]);
    return toPollBatchDto(row!);
  }
}
