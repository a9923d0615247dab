import { Injectable } from '@nestjs/common';
import {
  mayTakeVillageAction,
  nextVillageStage,
  type ReviewProgress,
  VILLAGE_ACTION_LABELS_VI,
  VILLAGE_STAGE_LABELS_VI,
  type VillageAction,
  type VillageStageOptions,
} from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { forbidden, invalidTransition } from '../common/errors/domain-error';
import { ReviewVillage } from './entities/review-village.entity';
import type { VillageScope } from './review-scope.service';

export const NO_PROGRESS: ReviewProgress = { listed: 0, submitted: 0, approved: 0, incomplete: 0 };

/** Listed households against their forms (one per household and campaign), per review village. */
export const PROGRESS_SQL = `
  SELECT h.review_village_id AS "reviewVillageId", count(*)::int AS listed,
         count(r.id) FILTER (WHERE r.status IN ('submitted', 'resubmitted', 'approved'))::int AS submitted,
         count(r.id) FILTER (WHERE r.status = 'approved')::int AS approved,
         count(r.id) FILTER (WHERE r.status = 'approved' AND a.poverty_class = 'incomplete')::int AS incomplete
    FROM poverty_review_household h
    LEFT JOIN survey_response r ON r.campaign_id = h.campaign_id AND r.household_id = h.household_id
    LEFT JOIN household_assessment a ON a.response_id = r.id
   WHERE h.review_village_id = ANY($1)
   GROUP BY h.review_village_id`;

/** The village rows of the procedure: made on first use, locked while a step is taken, moved only
 * along the shared step machine, each move audited. */
@Injectable()
export class ReviewVillages {
  constructor(private readonly audit: AuditLog) {}

  /** The village's row, created in the listing stage if needed, locked until the transaction ends. */
  async lock(manager: EntityManager, scope: VillageScope): Promise<ReviewVillage> {
    await manager.query(
      `INSERT INTO poverty_review_village (campaign_id, commune_code, village_code, unit_path) VALUES ($1, $2, $3, $4)
       ON CONFLICT (campaign_id, village_code) DO NOTHING`,
      [scope.campaign.id, scope.commune.code, scope.village.code, scope.village.path],
    );
    return manager.findOneOrFail(ReviewVillage, { where: { campaignId: scope.campaign.id, villageCode: scope.village.code }, lock: { mode: 'pessimistic_write' } });
  }

  async progress(manager: EntityManager, reviewVillageId: string): Promise<ReviewProgress> {
    const [row]: (ReviewProgress & { reviewVillageId: string })[] = await manager.query(PROGRESS_SQL, [[reviewVillageId]]);
    return row ? { listed: row.listed, submitted: row.submitted, approved: row.approved, incomplete: row.incomplete } : NO_PROGRESS;
  }

  /** Every listed household's form approved: what the meeting and the end of posting need. */
  async requireAllApproved(manager: EntityManager, row: ReviewVillage, step: string): Promise<void> {
    const { listed, approved } = await this.progress(manager, row.id);
    if (listed === 0) throw invalidTransition(`Không thể ${step}: thôn chưa có hộ nào trong danh sách rà soát.`);
    if (approved < listed) throw invalidTransition(`Không thể ${step}: mới duyệt ${approved}/${listed} phiếu của các hộ trong danh sách.`);
  }

  /** Takes `action`: 403 when the role may not, 409 (with the stage in words) when the stage does not allow it. */
  async move(manager: EntityManager, user: AuthUser, row: ReviewVillage, action: VillageAction, options: VillageStageOptions, comment: string | null = null): Promise<void> {
    if (!mayTakeVillageAction(user.role, action)) throw forbidden();
    const to = nextVillageStage(row.stage, action, user.role, options);
    if (!to) {
      throw invalidTransition(`Không thể "${VILLAGE_ACTION_LABELS_VI[action].toLowerCase()}" khi thôn đang ở bước "${VILLAGE_STAGE_LABELS_VI[row.stage]}".`);
    }
    await manager.update(ReviewVillage, { id: row.id }, { stage: to });
    await this.record(manager, user, row, action, comment, to);
    row.stage = to;
  }

  /** An audit entry on the village; `to` defaults to the stage it stays in. */
  async record(manager: EntityManager, user: AuthUser, row: ReviewVillage, action: string, comment: string | null, to = row.stage): Promise<void> {
    await this.audit.record(manager, { entityType: 'review_village', entityId: row.id, action, actorId: user.id, fromStatus: row.stage, toStatus: to, comment });
  }
}
