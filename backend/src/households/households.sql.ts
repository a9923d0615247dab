/** A household as the list shows it: its village and member count, counted in SQL. */
export const HOUSEHOLD_SUMMARY_SELECT = `
  SELECT h.id, h.code, h.head_name AS "headName", h.address, h.status, h.revision, h.updated_at AS "updatedAt",
         v.code AS "villageCode", v.name AS "villageName", v.type AS "villageType",
         (SELECT count(*) FROM household_member m WHERE m.household_id = h.id)::int AS "memberCount"
    FROM household h JOIN administrative_unit v ON v.code = h.village_code`;

export const HOUSEHOLD_DETAIL_SELECT = `
  SELECT q.*, h.commune_code AS "communeCode", h.created_at AS "createdAt",
         t.id AS "mergedIntoId", t.code AS "mergedIntoCode", t.head_name AS "mergedIntoHeadName"
    FROM (${HOUSEHOLD_SUMMARY_SELECT} WHERE h.id = $1) q
    JOIN household h ON h.id = q.id
    LEFT JOIN household t ON t.id = h.merged_into_id`;

export const MEMBERS_SELECT = `
  SELECT id, position, full_name AS "fullName", sex, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate",
         relation_to_head AS "relationToHead", ethnicity, id_number AS "idNumber"
    FROM household_member WHERE household_id = $1 ORDER BY position`;

export const HISTORY_SELECT = `
  SELECT s.id::text AS id, s.from_status AS "fromStatus", s.to_status AS "toStatus",
         to_char(s.effective_on, 'YYYY-MM-DD') AS "effectiveOn", s.reason, s.at,
         t.id AS "mergedIntoId", t.code AS "mergedIntoCode", t.head_name AS "mergedIntoHeadName",
         a.id AS "actorId", a.username AS "actorUsername", a.full_name AS "actorName"
    FROM household_status_change s
    JOIN account a ON a.id = s.actor_id
    LEFT JOIN household t ON t.id = s.merged_into_id
   WHERE s.household_id = $1 ORDER BY s.id`;
