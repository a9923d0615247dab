import { HOUSEHOLD_DETAIL_SELECT } from '../households/households.sql';

/** The active households of some villages in full (members in book order, classes of past years), in one query. */
export const WORK_PACKAGE_HOUSEHOLDS = `
  SELECT d.*,
         coalesce((SELECT json_agg(json_build_object('id', m.id, 'position', m.position, 'fullName', m.full_name, 'sex', m.sex,
                                   'birthDate', to_char(m.birth_date, 'YYYY-MM-DD'), 'relationToHead', m.relation_to_head,
                                   'ethnicity', m.ethnicity, 'idNumber', m.id_number) ORDER BY m.position)
                     FROM household_member m WHERE m.household_id = d.id), '[]') AS members,
         coalesce((SELECT json_agg(json_build_object('year', hr.year, 'povertyClass', hr.poverty_class) ORDER BY hr.year)
                     FROM household_recognition hr WHERE hr.household_id = d.id), '[]') AS recognitions
    FROM (${HOUSEHOLD_DETAIL_SELECT.replace('WHERE h.id = $1', "WHERE h.village_code = ANY($1::varchar[]) AND h.status = 'active'")}) d
   ORDER BY d."villageCode", d.code`;
