import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  acceptsResponses,
  actionOfSave,
  HOUSEHOLD_STATUS_LABELS_VI,
  type HouseholdStatus,
  isEditable,
  isReviewedKind,
  nextResponseStatus,
  type ResponseDto,
  vietnamToday,
} from '@ntm/shared';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { type CampaignInScope, CampaignsService, coversUnit } from '../campaigns/campaigns.service';
import { conflict, DomainError, forbidden, invalid, invalidTransition, outOfScope } from '../common/errors/domain-error';
import { jsonb } from '../common/sql/jsonb';
import { PublishedDefinitions } from '../forms/published-definitions';
import type { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { UnitsService } from '../units/units.service';
import type { SaveResponseDto } from './dto/response.dto';
import { SurveyResponse } from './entities/survey-response.entity';
import { insertResponse } from './insert-response';
import { ResponseReader } from './response-reader.service';
import { toResponseDto } from './responses.mapper';
import { upsertAssessmentSql } from './review-assessment';
import { ReviewAssessor } from './review-assessor';
import { AnswerValidator } from './validation/answer-validator';

export type SaveOutcome = { response: ResponseDto; created: boolean };

/**
 * The idempotent PUT: the client's UUID is the primary key, so creating and retrying are one
 * request. A new row goes in with INSERT … ON CONFLICT DO NOTHING; whoever loses a race (or
 * retries) continues as an update of the locked row, where an identical body changes nothing.
 */
@Injectable()
export class ResponseWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly units: UnitsService,
    private readonly definitions: PublishedDefinitions,
    private readonly validator: AnswerValidator,
    private readonly reader: ResponseReader,
    private readonly audit: AuditLog,
    private readonly assessor: ReviewAssessor,
  ) {}

  async save(user: AuthUser, campaignId: string, id: string, dto: SaveResponseDto): Promise<SaveOutcome> {
    const campaign = await this.campaigns.requireVisible(user, campaignId);
    const village = await this.checkTarget(user, campaign, id, dto);
    if (!(await this.dataSource.manager.existsBy(SurveyResponse, { id }))) {
      checkOpen(campaign);
      await this.checkAnswers(campaign.formVersionId, dto);
      const created = await this.insert(user, campaign, id, dto, village);
      if (created) return { response: created, created: true };
    }
    return { response: await this.update(user, campaign, id, dto, village), created: false };
  }

  /** The village must be in the caller's scope, in the campaign's, and (enumerators, household campaigns) assigned. */
  private async checkTarget(user: AuthUser, campaign: CampaignInScope, id: string, dto: SaveResponseDto): Promise<AdministrativeUnit> {
    const village = await this.units.requireVillageInScope(dto.unitCode, user, 'unitCode');
    if (!coversUnit(campaign, village.path)) throw outOfScope('unitCode');
    const household = isReviewedKind(campaign.kind);
    if (household && !dto.householdId) throw invalid('householdId', 'is required in a household campaign');
    if (!household && dto.householdId) throw invalid('householdId', 'must not be set: this campaign does not record households');
    if (household && user.role === 'enumerator' && !(await this.isAssigned(user.id, campaign.id, village.code))) {
      throw new DomainError('OUT_OF_SCOPE', 'You are not assigned to this village in this campaign', [{ field: 'unitCode', reason: 'is not assigned to you' }]);
    }
    // Poll forms go through /api/polls, which counts them against the village's households.
    if (campaign.kind === 'satisfaction_poll') throw invalidTransition('Phiếu lấy ý kiến sự hài lòng được nhập qua chức năng lấy ý kiến (/api/polls)');
    if (household) await this.checkHousehold(dto.householdId!, village.code, id);
    return village;
  }

  /** A household of the registry, living in the form's village; one that has since moved away
   * (or merged, or dissolved) keeps the response it already has. */
  private async checkHousehold(householdId: string, villageCode: string, responseId: string): Promise<void> {
    const [found]: { villageCode: string; status: HouseholdStatus; linked: boolean }[] = await this.dataSource.query(
      `SELECT h.village_code AS "villageCode", h.status,
              EXISTS (SELECT 1 FROM survey_response r WHERE r.id = $2 AND r.household_id = h.id) AS linked
         FROM household h WHERE h.id = $1`,
      [householdId, responseId],
    );
    if (!found) throw invalid('householdId', 'Không có hộ này trong sổ hộ');
    if (found.villageCode !== villageCode) throw invalid('householdId', 'Hộ không thuộc thôn của phiếu');
    if (found.status !== 'active' && !found.linked) throw invalid('householdId', `Hộ không còn cư trú (${HOUSEHOLD_STATUS_LABELS_VI[found.status]})`);
  }

  private async checkAnswers(versionId: string, dto: SaveResponseDto): Promise<void> {
    const problems = this.validator.problems(versionId, await this.definitions.get(versionId), dto.answers, dto.status === 'submitted');
    if (problems.length) throw new DomainError('VALIDATION_FAILED', 'The answers do not pass the form’s rules', problems);
  }

  /** Null when another request created the row first. */
  private async insert(user: AuthUser, campaign: CampaignInScope, id: string, dto: SaveResponseDto, village: AdministrativeUnit): Promise<ResponseDto | null> {
    const action = actionOfSave(dto.status);
    const row = await insertResponse(this.dataSource, user, {
      id,
      campaignId: campaign.id,
      formVersionId: campaign.formVersionId,
      village,
      householdId: dto.householdId ?? null,
      status: nextResponseStatus(null, action, isReviewedKind(campaign.kind))!,
      action,
      answers: dto.answers,
      clientTime: dto.clientTime ?? null,
      assessment: await this.assessor.assess(campaign, village, dto.answers, dto.status),
    });
    return row && toResponseDto(row);
  }

  private async update(user: AuthUser, campaign: CampaignInScope, id: string, dto: SaveResponseDto, village: AdministrativeUnit): Promise<ResponseDto> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(SurveyResponse, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stored || stored.campaignId !== campaign.id) throw conflict('This response id belongs to another campaign');
      if (stored.createdBy !== user.id) throw forbidden('Only the author of a response may change it');
      if (isSameSave(stored, dto)) return;
      if (dto.baseRevision !== undefined && dto.baseRevision !== stored.revision) throw await this.conflicting(id);
      if (!isEditable(stored.status)) throw await this.locked(id);
      checkOpen(campaign);
      await this.checkAnswers(stored.formVersionId, dto);
      await this.write(manager, user, stored, dto, village.path);
      // A submission is classified again; a draft keeps the last submission's assessment.
      const assessment = await this.assessor.assess(campaign, village, dto.answers, dto.status);
      if (assessment) await manager.query(upsertAssessmentSql('(SELECT * FROM survey_response WHERE id = $1)', '$2'), [id, assessment]);
    });
    return this.reader.dto(id);
  }

  private async write(manager: EntityManager, user: AuthUser, stored: SurveyResponse, dto: SaveResponseDto, unitPath: string): Promise<void> {
    const action = actionOfSave(dto.status);
    const status = nextResponseStatus(stored.status, action, true)!; // saving does not depend on review
    await manager.update(SurveyResponse, { id: stored.id }, {
      unitCode: dto.unitCode,
      unitPath,
      householdId: dto.householdId ?? null,
      status,
      answers: jsonb(dto.answers),
      submittedAt: dto.status === 'submitted' ? new Date() : stored.submittedAt,
      clientTime: dto.clientTime ? new Date(dto.clientTime) : stored.clientTime,
      revision: stored.revision + 1,
    });
    await this.audit.record(manager, { entityType: 'response', entityId: stored.id, action, actorId: user.id, fromStatus: stored.status, toStatus: status, previousAnswers: stored.answers });
  }

  private async locked(id: string): Promise<DomainError> {
    return new DomainError('RESPONSE_LOCKED', 'This response was submitted with other answers and can no longer change', undefined, await this.reader.dto(id));
  }

  private async conflicting(id: string): Promise<DomainError> {
    return new DomainError('RESPONSE_CONFLICT', 'This response changed on the server since the edit started', undefined, await this.reader.dto(id));
  }

  private async isAssigned(enumeratorId: string, campaignId: string, unitCode: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM assignment WHERE campaign_id = $1 AND unit_code = $2 AND enumerator_id = $3`, [campaignId, unitCode, enumeratorId]);
    return rows.length > 0;
  }
}

function checkOpen(campaign: CampaignInScope): void {
  if (!acceptsResponses(campaign, vietnamToday())) {
    throw new DomainError('CAMPAIGN_NOT_OPEN', `The campaign takes responses only while open, from ${campaign.opensOn} to ${campaign.closesOn}`);
  }
}

/** The same request again: same village, household and answers, and a status it already has. */
function isSameSave(stored: SurveyResponse, dto: SaveResponseDto): boolean {
  const sameStage = dto.status === 'draft' ? isEditable(stored.status) : !isEditable(stored.status);
  return sameStage && stored.unitCode === dto.unitCode && stored.householdId === (dto.householdId ?? null) && isDeepStrictEqual(stored.answers, dto.answers);
}
