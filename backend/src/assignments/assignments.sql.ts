/** Assignments with their progress, counted in SQL from the enumerator's responses in the village. */
export const ASSIGNMENT_SELECT = `
  SELECT a.id, a.campaign_id AS "campaignId", a.created_at AS "createdAt", a.expected_households AS "expected",
         e.id AS "enumeratorId", e.username, e.full_name AS "fullName",
         v.code AS "unitCode", v.name AS "unitName", v.type AS "unitType", commune.name AS "communeName",
         v.is_rural AS "villageIsRural", commune.type AS "communeType", commune.is_rural AS "communeIsRural",
         coalesce(p.done, 0)::int AS done, coalesce(p.drafts, 0)::int AS drafts, coalesce(p.returned, 0)::int AS returned
    FROM assignment a
    JOIN account e ON e.id = a.enumerator_id
    JOIN administrative_unit v ON v.code = a.unit_code
    LEFT JOIN administrative_unit commune ON commune.code = v.parent_code
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.status IN ('submitted', 'resubmitted', 'approved')) AS done,
             count(*) FILTER (WHERE r.status = 'draft') AS drafts,
             count(*) FILTER (WHERE r.status = 'returned') AS returned
        FROM survey_response r
       WHERE r.created_by = a.enumerator_id AND r.campaign_id = a.campaign_id AND r.unit_code = a.unit_code
    ) p ON true`;
