/** A response with its village and people, as the API shows it; `answers` only when asked for; `extra` columns. */
export function responseSelect(withAnswers: boolean, extra = ''): string {
  return `
  SELECT r.id, r.campaign_id AS "campaignId", r.form_version_id AS "formVersionId", r.household_id AS "householdId",
         r.status, r.submitted_at AS "submittedAt", r.client_time AS "clientTime", r.review_comment AS "reviewComment",
         r.reviewed_at AS "reviewedAt", r.revision, r.created_at AS "createdAt", r.updated_at AS "updatedAt",${extra ? ` ${extra},` : ''}
         ${withAnswers ? 'r.answers, ha.detail AS "assessmentDetail",' : ''}
         u.code AS "unitCode", u.name AS "unitName", u.type AS "unitType",
         a.id AS "creatorId", a.username AS "creatorUsername", a.full_name AS "creatorName",
         rv.id AS "reviewerId", rv.username AS "reviewerUsername", rv.full_name AS "reviewerName"
    FROM survey_response r
    JOIN administrative_unit u ON u.code = r.unit_code
    JOIN account a ON a.id = r.created_by
    LEFT JOIN account rv ON rv.id = r.reviewed_by
    ${withAnswers ? 'LEFT JOIN household_assessment ha ON ha.response_id = r.id' : ''}`;
}
