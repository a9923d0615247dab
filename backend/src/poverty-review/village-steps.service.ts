import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { meetingAccepted, meetingCountsProblem, postingEndDate, postingIsOver, type VillageReviewDto, vietnamToday } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { invalid, invalidTransition } from '../common/errors/domain-error';
import type { DistrictOpinionDto, RecordMeetingDto, StartPostingDto } from './dto/village-steps.dto';
import { ReviewPosting } from './entities/review-posting.entity';
import { ReviewVillage } from './entities/review-village.entity';
import { requireNotBefore, requireNotFuture, viDate } from './review-dates';
import { ReviewReader } from './review-reader.service';
import { ReviewScope, type VillageScope } from './review-scope.service';
import { ReviewSettingsService } from './review-settings.service';
import { ReviewVillages } from './review-villages';

export type SimpleStep = 'confirm_list' | 'close_collection' | 'reopen_collection';

const NO_DISTRICT = { districtOpinion: false };

/** The village's steps after listing: collection, the village meeting, the public posting and the
 * optional opinion of the level above. Each runs in one transaction on the locked village row. */
@Injectable()
export class VillageStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReviewScope,
    private readonly villages: ReviewVillages,
    private readonly settings: ReviewSettingsService,
    private readonly reader: ReviewReader,
  ) {}

  async step(user: AuthUser, campaignId: string, villageCode: string, action: SimpleStep): Promise<VillageReviewDto> {
    return this.inVillage(user, campaignId, villageCode, async (manager, row) => {
      if (action === 'confirm_list' && row.stage === 'listing' && (await this.villages.progress(manager, row.id)).listed === 0) {
        throw invalidTransition('Không thể chốt danh sách: thôn chưa có hộ nào trong danh sách rà soát.');
      }
      if (action === 'close_collection' && row.stage === 'collecting') await this.villages.requireAllApproved(manager, row, 'chốt phiếu');
      await this.villages.move(manager, user, row, action, NO_DISTRICT);
    });
  }

  /** Accepted with at least half of the attendees agreeing; otherwise the village goes back to re-review. */
  async recordMeeting(user: AuthUser, campaignId: string, villageCode: string, dto: RecordMeetingDto): Promise<VillageReviewDto> {
    const problem = meetingCountsProblem(dto.agreeing, dto.attendees);
    if (problem) throw invalid(problem.field, problem.reason);
    requireNotFuture('heldOn', dto.heldOn);
    const accepted = meetingAccepted(dto.agreeing, dto.attendees);
    return this.inVillage(user, campaignId, villageCode, async (manager, row) => {
      const verdict = accepted ? 'thông qua' : 'không thông qua, rà soát lại';
      if (row.stage === 'meeting') await this.villages.requireAllApproved(manager, row, 'ghi kết quả họp thôn');
      await this.villages.move(manager, user, row, accepted ? 'accept_meeting' : 'reject_meeting', NO_DISTRICT, `${dto.agreeing}/${dto.attendees} người dự họp đồng ý: ${verdict}`);
      await manager.query(
        `INSERT INTO poverty_review_meeting (review_village_id, held_on, attendees, agreeing, accepted, minutes, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.id, dto.heldOn, dto.attendees, dto.agreeing, accepted, dto.minutes ?? null, user.id],
      );
    });
  }

  /** Sets (or corrects, until it is completed) the posting's start; the end follows from the setting. */
  async startPosting(user: AuthUser, campaignId: string, villageCode: string, dto: StartPostingDto): Promise<VillageReviewDto> {
    return this.inVillage(user, campaignId, villageCode, async (manager, row, scope) => {
      if (row.stage !== 'posting') throw invalidTransition('Chỉ niêm yết công khai sau khi họp thôn thông qua kết quả rà soát.');
      const [meeting]: { heldOn: string }[] = await manager.query(
        `SELECT held_on::text AS "heldOn" FROM poverty_review_meeting WHERE review_village_id = $1 AND accepted ORDER BY recorded_at DESC LIMIT 1`,
        [row.id],
      );
      requireNotBefore('startsOn', dto.startsOn, meeting!.heldOn, 'ngày họp thôn');
      const { postingWorkingDays } = await this.settings.settingsAt(scope.village.path);
      const endsOn = postingEndDate(dto.startsOn, postingWorkingDays);
      await manager.query(
        `INSERT INTO poverty_review_posting (review_village_id, starts_on, ends_on, working_days, started_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (review_village_id) DO UPDATE SET starts_on = $2, ends_on = $3, working_days = $4, started_by = $5`,
        [row.id, dto.startsOn, endsOn, postingWorkingDays, user.id],
      );
      await this.villages.record(manager, user, row, 'start_posting', `${viDate(dto.startsOn)} – ${viDate(endsOn)} (${postingWorkingDays} ngày làm việc)`);
    });
  }

  /** After the last day of posting, with every complaint resolved and every form approved. */
  async completePosting(user: AuthUser, campaignId: string, villageCode: string): Promise<VillageReviewDto> {
    return this.inVillage(user, campaignId, villageCode, async (manager, row, scope) => {
      const today = vietnamToday();
      if (row.stage === 'posting') await this.requirePostingDone(manager, row, today);
      const { districtOpinion } = await this.settings.settingsAt(scope.village.path);
      await this.villages.move(manager, user, row, 'complete_posting', { districtOpinion });
      await manager.update(ReviewPosting, { reviewVillageId: row.id }, { completedOn: today, completedBy: user.id });
    });
  }

  async recordDistrictOpinion(user: AuthUser, campaignId: string, villageCode: string, dto: DistrictOpinionDto): Promise<VillageReviewDto> {
    requireNotFuture('receivedOn', dto.receivedOn);
    return this.inVillage(user, campaignId, villageCode, async (manager, row) => {
      await this.villages.move(manager, user, row, 'record_district_opinion', NO_DISTRICT, dto.note);
      await manager.update(ReviewVillage, { id: row.id }, { districtOpinionOn: dto.receivedOn, districtOpinionNote: dto.note, districtOpinionBy: user.id });
    });
  }

  private async requirePostingDone(manager: EntityManager, row: ReviewVillage, today: string): Promise<void> {
    const posting = await manager.findOneBy(ReviewPosting, { reviewVillageId: row.id });
    if (!posting) throw invalidTransition('Chưa bắt đầu niêm yết công khai.');
    if (!postingIsOver(posting.endsOn, today)) throw invalidTransition(`Chưa hết thời gian niêm yết: danh sách được niêm yết đến hết ngày ${viDate(posting.endsOn)}.`);
    const [{ open }]: { open: number }[] = await manager.query(
      `SELECT count(*)::int AS open FROM poverty_review_complaint WHERE review_village_id = $1 AND resolved_on IS NULL`,
      [row.id],
    );
    if (open > 0) throw invalidTransition(`Không thể kết thúc niêm yết: còn ${open} khiếu nại chưa giải quyết.`);
    await this.villages.requireAllApproved(manager, row, 'kết thúc niêm yết');
  }

  /** Runs `work` on the locked village row in one transaction, then answers the village as it now is. */
  private async inVillage(
    user: AuthUser,
    campaignId: string,
    villageCode: string,
    work: (manager: EntityManager, row: ReviewVillage, scope: VillageScope) => Promise<void>,
  ): Promise<VillageReviewDto> {
    const scope = await this.scope.village(user, campaignId, villageCode);
    ReviewScope.requireWritable(scope);
    await this.dataSource.transaction(async (manager) => work(manager, await this.villages.lock(manager, scope), scope));
    return this.reader.village(scope);
  }
}
