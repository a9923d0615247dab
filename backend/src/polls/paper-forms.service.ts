import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PollFormSaved } from '@ntm/shared';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditLog } from '../audit/audit-log';
import type { CampaignInScope } from '../campaigns/campaigns.service';
import { conflict, invalidTransition, notFound } from '../common/errors/domain-error';
import { PollAccess, requireCollecting } from './poll-access.service';
import { PollAnswers } from './poll-answers';
import { PollBatchesService } from './poll-batches.service';
import type { BatchRow } from './poll-batches.mapper';
import { insertPollForm, lockVillage, villageTally } from './poll-form-insert';

export type PaperSaveOutcome = { saved: PollFormSaved; created: boolean };

/** Paper forms keyed into a batch: one idempotent PUT per form (the client's UUID), undo by DELETE. */
@Injectable()
export class PaperFormsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PollAccess,
    private readonly batches: PollBatchesService,
    private readonly answers: PollAnswers,
    private readonly audit: AuditLog,
  ) {}

  async save(user: AuthUser, pollId: string, batchId: string, formId: string, answers: Record<string, unknown>): Promise<PaperSaveOutcome> {
    const { poll, batch } = await this.openBatch(user, pollId, batchId);
    return this.dataSource.transaction(async (manager) => {
      // Under the village lock, so a retry racing its first attempt finds the form it stored.
      await lockVillage(manager, pollId, batch.villageCode);
      const [stored]: { pollBatchId: string | null; answers: Record<string, unknown> }[] = await manager.query(
        `SELECT poll_batch_id AS "pollBatchId", answers FROM survey_response WHERE id = $1`,
        [formId],
      );
      if (stored) {
        if (stored.pollBatchId !== batchId || !isDeepStrictEqual(stored.answers, answers)) throw conflict('Mã phiếu này đã được dùng cho một phiếu khác.');
        return { saved: { id: formId, villageCode: batch.villageCode, ...(await villageTally(manager, pollId, batch.villageCode)) }, created: false };
      }
      requireCollecting(poll);
      await this.answers.check(poll.formVersionId, answers);
      const village = { code: batch.villageCode, path: batch.villagePath, name: batch.villageName };
      const saved = await insertPollForm(manager, { id: formId, campaignId: pollId, formVersionId: poll.formVersionId, village, answers, mode: batch.mode, batchId, collectorId: user.id });
      return { saved, created: true };
    });
  }

  /** Undo of a keyed form: deleted (its answers kept in the audit entry), so the count drops back. */
  async undo(user: AuthUser, pollId: string, batchId: string, formId: string): Promise<PollFormSaved> {
    const { poll, batch } = await this.openBatch(user, pollId, batchId);
    requireCollecting(poll);
    return this.dataSource.transaction(async (manager) => {
      await lockVillage(manager, pollId, batch.villageCode);
      const [deleted]: { answers: Record<string, unknown> }[][] = await manager.query(
        `DELETE FROM survey_response WHERE id = $1 AND poll_batch_id = $2 RETURNING answers`,
        [formId, batchId],
      );
      const removed = deleted?.[0];
      if (!removed) throw notFound('Form');
      await this.audit.record(manager, { entityType: 'response', entityId: formId, action: 'undo', actorId: user.id, fromStatus: 'submitted', previousAnswers: removed.answers });
      return { id: formId, villageCode: batch.villageCode, ...(await villageTally(manager, pollId, batch.villageCode)) };
    });
  }

  private async openBatch(user: AuthUser, pollId: string, batchId: string): Promise<{ poll: CampaignInScope; batch: BatchRow }> {
    const poll = await this.access.requirePoll(user, pollId);
    const batch = await this.batches.requireBatch(user, poll, batchId);
    if (batch.voidedAt) throw invalidTransition('Tập phiếu này đã bị hủy: không nhập hay sửa phiếu trong tập này được nữa.');
    return { poll, batch };
  }
}
