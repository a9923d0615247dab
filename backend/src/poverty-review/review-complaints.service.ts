import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PovertyClass, ResponseStatus, VillageReviewDto } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { invalid, invalidTransition, notFound } from '../common/errors/domain-error';
import type { RecordComplaintDto, ResolveComplaintDto } from './dto/village-steps.dto';
import { ResponseReview } from '../responses/response-review.service';
import type { ReviewVillage } from './entities/review-village.entity';
import { requireNotBefore, requireNotFuture } from './review-dates';
import { ReviewReader } from './review-reader.service';
import { ReviewScope, type VillageScope } from './review-scope.service';
import { ReviewVillages } from './review-villages';

type OpenComplaint = { householdId: string; receivedOn: string; revision: number | null };
type FormState = { code: string; responseId: string | null; status: ResponseStatus | null; revision: number | null; povertyClass: PovertyClass | null };

/**
 * Complaints about the posted lists (Decision 24/2021 art. 4(1)(d)). A re-check sends the household's
 * approved form back to the enumerator through the response review (its `reopen` step, audited on
 * the response); the complaint then stays open until that form is approved again, and its
 * resolution records what the re-check changed.
 */
@Injectable()
export class ReviewComplaintsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReviewScope,
    private readonly villages: ReviewVillages,
    private readonly reader: ReviewReader,
    private readonly review: ResponseReview,
  ) {}

  async record(user: AuthUser, campaignId: string, villageCode: string, dto: RecordComplaintDto): Promise<VillageReviewDto> {
    requireNotFuture('receivedOn', dto.receivedOn);
    const scope = await this.postingVillage(user, campaignId, villageCode);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockPosting(manager, scope);
      const [posting]: { startsOn: string }[] = await manager.query(`SELECT starts_on::text AS "startsOn" FROM poverty_review_posting WHERE review_village_id = $1`, [row.id]);
      if (!posting) throw invalidTransition('Chưa bắt đầu niêm yết công khai: chưa thể nhận khiếu nại.');
      requireNotBefore('receivedOn', dto.receivedOn, posting.startsOn, 'ngày bắt đầu niêm yết');
      const form = await this.formOf(manager, row, dto.householdId);
      if (!form) throw invalid('householdId', 'không có trong danh sách rà soát của thôn');
      await manager.query(
        `INSERT INTO poverty_review_complaint (review_village_id, household_id, content, received_on, recorded_by, class_at_complaint, revision_at_complaint)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.id, dto.householdId, dto.content, dto.receivedOn, user.id, form.povertyClass, form.revision],
      );
      await this.villages.record(manager, user, row, 'record_complaint', `${form.code}: ${dto.content}`);
    });
    return this.reader.village(scope);
  }

  /** Supervisors (not only admins) may reopen a form for a complaint's re-check: it is a step of the procedure. */
  async recheck(user: AuthUser, campaignId: string, villageCode: string, complaintId: string, reason: string): Promise<VillageReviewDto> {
    const scope = await this.postingVillage(user, campaignId, villageCode);
    const form = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockPosting(manager, scope);
      const complaint = await this.openComplaint(manager, row, complaintId);
      const found = (await this.formOf(manager, row, complaint.householdId))!;
      if (found.status !== 'approved') throw invalidTransition(`Phiếu của hộ ${found.code} đang được phúc tra.`);
      await this.villages.record(manager, user, row, 'recheck_complaint', `${found.code}: ${reason}`);
      return found;
    });
    await this.review.act(user, campaignId, form.responseId!, 'reopen', `Phúc tra theo khiếu nại: ${reason}`);
    return this.reader.village(scope);
  }

  async resolve(user: AuthUser, campaignId: string, villageCode: string, complaintId: string, dto: ResolveComplaintDto): Promise<VillageReviewDto> {
    requireNotFuture('resolvedOn', dto.resolvedOn);
    const scope = await this.postingVillage(user, campaignId, villageCode);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockPosting(manager, scope);
      const complaint = await this.openComplaint(manager, row, complaintId);
      requireNotBefore('resolvedOn', dto.resolvedOn, complaint.receivedOn, 'ngày nhận khiếu nại');
      const form = (await this.formOf(manager, row, complaint.householdId))!;
      if (form.status !== 'approved') throw invalidTransition(`Phiếu của hộ ${form.code} đang được phúc tra: chỉ giải quyết khiếu nại khi phiếu đã được duyệt lại.`);
      await manager.query(
        `UPDATE poverty_review_complaint SET resolution = $2, resolved_on = $3, resolved_by = $4, class_after = $5, rechecked = $6 WHERE id = $1`,
        [complaintId, dto.resolution, dto.resolvedOn, user.id, form.povertyClass, (form.revision ?? 0) > (complaint.revision ?? 0)],
      );
      await this.villages.record(manager, user, row, 'resolve_complaint', `${form.code}: ${dto.resolution}`);
    });
    return this.reader.village(scope);
  }

  private async openComplaint(manager: EntityManager, row: ReviewVillage, complaintId: string): Promise<OpenComplaint> {
    const [complaint]: (OpenComplaint & { resolvedOn: string | null })[] = await manager.query(
      `SELECT household_id AS "householdId", received_on::text AS "receivedOn", revision_at_complaint AS revision, resolved_on::text AS "resolvedOn"
         FROM poverty_review_complaint WHERE id = $1 AND review_village_id = $2 FOR UPDATE`,
      [complaintId, row.id],
    );
    if (!complaint) throw notFound('Complaint');
    if (complaint.resolvedOn) throw invalidTransition('Khiếu nại này đã được giải quyết.');
    return complaint;
  }

  private async postingVillage(user: AuthUser, campaignId: string, villageCode: string): Promise<VillageScope> {
    const scope = await this.scope.village(user, campaignId, villageCode);
    ReviewScope.requireWritable(scope);
    return scope;
  }

  private async lockPosting(manager: EntityManager, scope: VillageScope): Promise<ReviewVillage> {
    const row = await this.villages.lock(manager, scope);
    if (row.stage !== 'posting') throw invalidTransition('Chỉ nhận và giải quyết khiếu nại trong thời gian niêm yết công khai.');
    return row;
  }

  /** The listed household's form: its status, revision and the server's class; undefined when not listed. */
  private async formOf(manager: EntityManager, row: ReviewVillage, householdId: string): Promise<FormState | undefined> {
    const [form]: FormState[] = await manager.query(
      `SELECT hh.code, r.id AS "responseId", r.status, r.revision, a.poverty_class AS "povertyClass"
         FROM poverty_review_household h
         JOIN household hh ON hh.id = h.household_id
         LEFT JOIN survey_response r ON r.campaign_id = h.campaign_id AND r.household_id = h.household_id
         LEFT JOIN household_assessment a ON a.response_id = r.id
        WHERE h.review_village_id = $1 AND h.household_id = $2`,
      [row.id, householdId],
    );
    return form;
  }
}
