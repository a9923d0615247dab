import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryDto, CommuneReviewDto, DistrictOpinionDto, RecognitionDto, RecognitionList, ReviewProgress, VillageReviewDto, VillageReviewSummary, VillageStage } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { subtreePattern } from '../common/sql/escape-like';
import { RECOGNITION_COUNTS_SQL } from './recognition-lists.sql';
import { type ComplaintRow, type DecisionRow, type MeetingRow, person, type PostingRow, toComplaintDto, toMeetingDto, toPostingDto, toRecognitionDto, unitRef } from './review.mapper';
import { type CommuneScope, ReviewScope, type VillageScope } from './review-scope.service';
import { ReviewSettingsService } from './review-settings.service';
import { NO_PROGRESS, PROGRESS_SQL } from './review-villages';

type VillageRow = { id: string | null; code: string; name: string; stage: VillageStage; postingEndsOn: string | null; openComplaints: number };
type OpinionRow = { id: string; stage: VillageStage; districtOpinionOn: string | null; districtOpinionNote: string | null; byId: string | null; byUsername: string | null; byName: string | null };

const RECORDER = `a.id AS "recorderId", a.username AS "recorderUsername", a.full_name AS "recorderName"`;

/** What the commune page shows: each village's stage and progress, and one village's whole record. */
@Injectable()
export class ReviewReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReviewScope,
    private readonly settings: ReviewSettingsService,
    private readonly audit: AuditLog,
  ) {}

  async commune(user: AuthUser, campaignId: string, communeCode: string): Promise<CommuneReviewDto> {
    const scope = await this.scope.commune(user, campaignId, communeCode);
    const [villages, settings, recognition] = await Promise.all([this.villageSummaries(scope), this.settings.settingsAt(scope.commune.path), this.recognition(scope)]);
    return { campaignId, year: scope.campaign.year, commune: unitRef(scope.commune), settings, villages, recognition };
  }

  async villageOf(user: AuthUser, campaignId: string, villageCode: string): Promise<VillageReviewDto> {
    return this.village(await this.scope.village(user, campaignId, villageCode));
  }

  async history(user: AuthUser, campaignId: string, villageCode: string): Promise<AuditEntryDto[]> {
    const scope = await this.scope.village(user, campaignId, villageCode);
    const [row]: { id: string }[] = await this.dataSource.query(`SELECT id FROM poverty_review_village WHERE campaign_id = $1 AND village_code = $2`, [campaignId, scope.village.code]);
    return row ? this.audit.history('review_village', row.id) : [];
  }

  async village(scope: VillageScope): Promise<VillageReviewDto> {
    const settings = await this.settings.settingsAt(scope.village.path);
    const [row]: OpinionRow[] = await this.dataSource.query(
      `SELECT v.id, v.stage, v.district_opinion_on::text AS "districtOpinionOn", v.district_opinion_note AS "districtOpinionNote",
              a.id AS "byId", a.username AS "byUsername", a.full_name AS "byName"
         FROM poverty_review_village v LEFT JOIN account a ON a.id = v.district_opinion_by WHERE v.campaign_id = $1 AND v.village_code = $2`,
      [scope.campaign.id, scope.village.code],
    );
    const base = { campaignId: scope.campaign.id, commune: unitRef(scope.commune), districtOpinionRequired: settings.districtOpinion, postingWorkingDays: settings.postingWorkingDays };
    if (!row) return { ...base, village: unitRef(scope.village), stage: 'listing', progress: NO_PROGRESS, openComplaints: 0, postingEndsOn: null, meetings: [], posting: null, complaints: [], districtOpinion: null };
    const [progress, meetings, postings, complaints] = await Promise.all([
      this.progress([row.id]),
      this.dataSource.query(
        `SELECT m.id, m.held_on::text AS "heldOn", m.attendees, m.agreeing, m.accepted, m.minutes, m.recorded_at AS "recordedAt", ${RECORDER}
           FROM poverty_review_meeting m JOIN account a ON a.id = m.recorded_by WHERE m.review_village_id = $1 ORDER BY m.recorded_at`,
        [row.id],
      ) as Promise<MeetingRow[]>,
      this.dataSource.query(
        `SELECT p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn", p.working_days AS "workingDays", p.completed_on::text AS "completedOn", ${RECORDER}
           FROM poverty_review_posting p JOIN account a ON a.id = p.started_by WHERE p.review_village_id = $1`,
        [row.id],
      ) as Promise<PostingRow[]>,
      this.complaints(row.id),
    ]);
    const posting = postings[0] ? toPostingDto(postings[0]) : null;
    return {
      ...base,
      village: unitRef(scope.village),
      stage: row.stage,
      progress: progress.get(row.id) ?? NO_PROGRESS,
      openComplaints: complaints.filter((c) => c.resolvedOn === null).length,
      postingEndsOn: posting?.endsOn ?? null,
      meetings: meetings.map(toMeetingDto),
      posting,
      complaints: complaints.map(toComplaintDto),
      districtOpinion: opinionOf(row),
    };
  }

  /** The commune's recognition decision in the campaign, with how many households each list holds. */
  async recognition(scope: CommuneScope): Promise<RecognitionDto | null> {
    const [decision]: DecisionRow[] = await this.dataSource.query(
      `SELECT d.id, d.campaign_id AS "campaignId", d.year, d.decision_number AS "decisionNumber", d.decided_on::text AS "decidedOn",
              d.recorded_at AS "recordedAt", d.households, ${RECORDER}
         FROM poverty_review_decision d JOIN account a ON a.id = d.decided_by WHERE d.campaign_id = $1 AND d.commune_code = $2`,
      [scope.campaign.id, scope.commune.code],
    );
    if (!decision) return null;
    const [counts]: Record<RecognitionList, number>[] = await this.dataSource.query(RECOGNITION_COUNTS_SQL, [scope.campaign.id, subtreePattern(scope.commune.path)]);
    return toRecognitionDto(decision, scope.commune, counts!);
  }

  private async villageSummaries(scope: CommuneScope): Promise<VillageReviewSummary[]> {
    const rows: VillageRow[] = await this.dataSource.query(
      `SELECT v.id, u.code, u.name, coalesce(v.stage, 'listing') AS stage, p.ends_on::text AS "postingEndsOn",
              (SELECT count(*) FROM poverty_review_complaint c WHERE c.review_village_id = v.id AND c.resolved_on IS NULL)::int AS "openComplaints"
         FROM administrative_unit u
         LEFT JOIN poverty_review_village v ON v.campaign_id = $1 AND v.village_code = u.code
         LEFT JOIN poverty_review_posting p ON p.review_village_id = v.id
        WHERE u.parent_code = $2 AND u.type = 'village' AND (u.effective_to IS NULL OR u.effective_to >= current_date)
        ORDER BY u.path`,
      [scope.campaign.id, scope.commune.code],
    );
    const progress = await this.progress(rows.flatMap((r) => (r.id ? [r.id] : [])));
    return rows.map((r) => ({
      village: { code: r.code, name: r.name, type: 'village' },
      stage: r.stage,
      progress: (r.id && progress.get(r.id)) || NO_PROGRESS,
      openComplaints: r.openComplaints,
      postingEndsOn: r.postingEndsOn,
    }));
  }

  private async progress(ids: string[]): Promise<Map<string, ReviewProgress>> {
    if (ids.length === 0) return new Map();
    const rows: (ReviewProgress & { reviewVillageId: string })[] = await this.dataSource.query(PROGRESS_SQL, [ids]);
    return new Map(rows.map(({ reviewVillageId, ...progress }) => [reviewVillageId, progress]));
  }

  private complaints(reviewVillageId: string): Promise<ComplaintRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.household_id AS "householdId", hh.code, hh.head_name AS "headName", c.content, c.received_on::text AS "receivedOn",
              c.recorded_at AS "recordedAt", ${RECORDER}, r.id AS "responseId", r.status AS "responseStatus",
              c.class_at_complaint AS "classAtComplaint", c.resolution, c.resolved_on::text AS "resolvedOn",
              s.id AS "resolverId", s.username AS "resolverUsername", s.full_name AS "resolverName", c.class_after AS "classAfter", c.rechecked
         FROM poverty_review_complaint c
         JOIN poverty_review_village v ON v.id = c.review_village_id
         JOIN household hh ON hh.id = c.household_id
         JOIN account a ON a.id = c.recorded_by
         LEFT JOIN account s ON s.id = c.resolved_by
         LEFT JOIN survey_response r ON r.campaign_id = v.campaign_id AND r.household_id = c.household_id
        WHERE c.review_village_id = $1 ORDER BY c.received_on, c.recorded_at`,
      [reviewVillageId],
    );
  }
}

function opinionOf(row: OpinionRow): DistrictOpinionDto | null {
  if (!row.districtOpinionOn || !row.byId) return null;
  return { receivedOn: row.districtOpinionOn, note: row.districtOpinionNote ?? '', recordedBy: person(row.byId, row.byUsername!, row.byName!) };
}

