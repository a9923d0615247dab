import type { ResponseAction, ResponseStatus } from '@ntm/shared';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { type AssessmentRecord, upsertAssessmentSql } from './review-assessment';
import type { ResponseRow } from './responses.mapper';

export type NewResponse = {
  id: string;
  campaignId: string;
  formVersionId: string;
  village: AdministrativeUnit;
  householdId: string | null;
  status: ResponseStatus;
  action: ResponseAction;
  answers: Record<string, unknown>;
  clientTime: string | null;
  /** The server's classification of a submitted household review form, stored with it. */
  assessment: AssessmentRecord | null;
};

/**
 * Inserts the response, its first audit entry and (a submitted review form) its assessment in one
 * statement (atomic without a transaction, one round trip). Null when a row with this id already
 * exists: the caller then updates instead.
 */
export async function insertResponse(dataSource: DataSource, user: AuthUser, r: NewResponse): Promise<ResponseRow | null> {
  const rows: (ResponseRow & { assessed: boolean })[] = await dataSource.query(
    `WITH inserted AS (
       INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, household_id, status, answers, created_by, submitted_at, client_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO NOTHING
       RETURNING *
     ), audit AS (
       INSERT INTO audit_entry (entity_type, entity_id, action, actor_id, to_status)
       SELECT 'response', id, $12, created_by, status FROM inserted
     ), assessed AS (${upsertAssessmentSql('inserted', '$13')})
     SELECT id, campaign_id AS "campaignId", form_version_id AS "formVersionId", household_id AS "householdId", status,
            submitted_at AS "submittedAt", client_time AS "clientTime", review_comment AS "reviewComment",
            reviewed_at AS "reviewedAt", revision, created_at AS "createdAt", updated_at AS "updatedAt", answers,
            EXISTS (SELECT 1 FROM assessed) AS assessed
       FROM inserted`,
    [
      r.id, r.campaignId, r.formVersionId, r.village.code, r.village.path, r.householdId, r.status, r.answers, user.id,
      r.status === 'submitted' ? new Date() : null, r.clientTime, r.action, r.assessment,
    ],
  );
  const [row] = rows;
  if (!row) return null;
  const { assessed, ...response } = row;
  return {
    ...response,
    assessmentDetail: assessed ? r.assessment!.detail : null,
    unitCode: r.village.code, unitName: r.village.name, unitType: r.village.type,
    creatorId: user.id, creatorUsername: user.username, creatorName: user.fullName,
    reviewerId: null, reviewerUsername: null, reviewerName: null,
  };
}
