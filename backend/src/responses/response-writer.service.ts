import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actionOfSave, acceptsResponses, isEditable, isReviewedKind, nextResponseStatus, type ResponseDto, vietnamToday } from '@ntm/shared';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { type CampaignInScope, CampaignsService } from '../campaigns/campaigns.service';
import { conflict, DomainError, forbidden, invalid, outOfScope } from '../common/errors/domain-error';
import { jsonb } from '../common/sql/jsonb';
import { UnitsService } from '../units/units.service';
import type { SaveResponseDto } from './dto/response.dto';
import { SurveyResponse } from './entities/survey-response.entity';
import { ResponseReader } from './response-reader.service';
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
    private readonly validator: AnswerValidator,
    private readonly reader: ResponseReader,
    private readonly audit: AuditLog,
  ) {}

  async save(user: AuthUser, campaignId: string, id: string, dto: SaveResponseDto): Promise<SaveOutcome> {
    const campaign = await this.campaigns.requireVisible(user, campaignId);
    const villagePath = await this.checkTarget(user, campaign, dto);
    const existing = await this.dataSource.manager.findOneBy(SurveyResponse, { id });
    if (!existing) {
      this.checkOpen(campaign);
      this.checkAnswers(campaign.formVersionId, campaign.formVersion!.definition, dto);
      const created = await this.insert(user, campaign, id, dto, villagePath);
      if (created) return { response: await this.reader.dto(id), created: true };
    }
    return { response: await this.update(user, campaign, id, dto, villagePath), created: false };
  }

  /** The village must be in the caller's scope, in the campaign's, and (enumerators, household campaigns) assigned. */
  private async checkTarget(user: AuthUser, campaign: CampaignInScope, dto: SaveResponseDto): Promise<string> {
    const village = await this.units.requireInScope(dto.unitCode, user, 'unitCode');
    if (village.type !== 'village') throw invalid('unitCode', 'must be a village');
    if (!campaign.unitPaths.some((path) => village.path.startsWith(path))) throw outOfScope('unitCode');
    const household = isReviewedKind(campaign.kind);
    if (household && !dto.householdId) throw invalid('householdId', 'is required in a household campaign');
    if (!household && dto.householdId) throw invalid('householdId', 'must not be set: this campaign does not record households');
    if (household && user.role === 'enumerator' && !(await this.isAssigned(user.id, campaign.id, village.code))) {
      throw new DomainError('OUT_OF_SCOPE', 'You are not assigned to this village in this campaign', [{ field: 'unitCode', reason: 'is not assigned to you' }]);
    }
    return village.path;
  }

  private checkOpen(campaign: CampaignInScope): void {
    if (!acceptsResponses(campaign, vietnamToday())) {
      throw new DomainError('CAMPAIGN_NOT_OPEN', `The campaign takes responses only while open, from ${campaign.opensOn} to ${campaign.closesOn}`);
    }
  }

  private checkAnswers(versionId: string, definition: Record<string, unknown>, dto: SaveResponseDto): void {
    const problems = this.validator.problems(versionId, definition, dto.answers, dto.status === 'submitted');
    if (problems.length) throw new DomainError('VALIDATION_FAILED', 'The answers do not pass the form’s rules', problems);
  }

  /** False when another request created the row first. */
  private async insert(user: AuthUser, campaign: CampaignInScope, id: string, dto: SaveResponseDto, unitPath: string): Promise<boolean> {
    const status = nextResponseStatus(null, actionOfSave(dto.status), isReviewedKind(campaign.kind))!;
    return this.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, household_id, status, answers, created_by, submitted_at, client_time)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, campaign.id, campaign.formVersionId, dto.unitCode, unitPath, dto.householdId ?? null, status, dto.answers, user.id, status === 'submitted' ? new Date() : null, dto.clientTime ?? null],
      );
      if (inserted.length === 0) return false;
      await this.audit.record(manager, { entityType: 'response', entityId: id, action: actionOfSave(dto.status), actorId: user.id, toStatus: status });
      return true;
    });
  }

  private async update(user: AuthUser, campaign: CampaignInScope, id: string, dto: SaveResponseDto, unitPath: string): Promise<ResponseDto> {
    await this.transaction(async (manager) => {
      const stored = await manager.findOne(SurveyResponse, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stored || stored.campaignId !== campaign.id) throw conflict('This response id belongs to another campaign');
      if (stored.createdBy !== user.id) throw forbidden('Only the author of a response may change it');
      if (isSameSave(stored, dto)) return;
      if (!isEditable(stored.status)) throw await this.locked(id);
      const status = nextResponseStatus(stored.status, actionOfSave(dto.status), isReviewedKind(campaign.kind))!;
      this.checkOpen(campaign);
      this.checkAnswers(stored.formVersionId, await this.definitionOf(manager, stored.formVersionId, campaign), dto);
      await manager.update(SurveyResponse, { id }, {
        unitCode: dto.unitCode,
        unitPath,
        householdId: dto.householdId ?? null,
        status,
        answers: jsonb(dto.answers),
        submittedAt: dto.status === 'submitted' ? new Date() : stored.submittedAt,
        clientTime: dto.clientTime ? new Date(dto.clientTime) : stored.clientTime,
        revision: stored.revision + 1,
      });
      await this.audit.record(manager, {
        entityType: 'response',
        entityId: id,
        action: actionOfSave(dto.status),
        actorId: user.id,
        fromStatus: stored.status,
        toStatus: status,
        previousAnswers: stored.answers,
      });
    });
    return this.reader.dto(id);
  }

  private async locked(id: string): Promise<DomainError> {
    return new DomainError('RESPONSE_LOCKED', 'This response was submitted with other answers and can no longer change', undefined, await this.reader.dto(id));
  }

  /** Responses keep the version they were started on, even if the campaign's form changed while it was a draft. */
  private async definitionOf(manager: EntityManager, versionId: string, campaign: CampaignInScope): Promise<Record<string, unknown>> {
    if (versionId === campaign.formVersionId) return campaign.formVersion!.definition;
    const [row]: { definition: Record<string, unknown> }[] = await manager.query(`SELECT definition FROM form_version WHERE id = $1`, [versionId]);
    return row!.definition;
  }

  private async isAssigned(enumeratorId: string, campaignId: string, unitCode: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM assignment WHERE campaign_id = $1 AND unit_code = $2 AND enumerator_id = $3`, [campaignId, unitCode, enumeratorId]);
    return rows.length > 0;
  }

  /** A second response for the same household surfaces as a clear 409. */
  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }) : undefined;
      if (driverError?.constraint === 'uq_survey_response_household') throw conflict('This household already has a response in this campaign');
      throw error;
    }
  }
}

/** The same request again: same village, household and answers, and a status it already has. */
function isSameSave(stored: SurveyResponse, dto: SaveResponseDto): boolean {
  const sameStage = dto.status === 'draft' ? isEditable(stored.status) : !isEditable(stored.status);
  return sameStage && stored.unitCode === dto.unitCode && stored.householdId === (dto.householdId ?? null) && isDeepStrictEqual(stored.answers, dto.answers);
}
