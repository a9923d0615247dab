import { addMonths, HOUSEHOLD_REVIEW_FORM_KEY, vietnamToday } from '@ntm/shared';
import type { EntityManager } from 'typeorm';

export const DEMO_CAMPAIGN_NAME = 'Rà soát hộ gia đình mẫu';
export const DEMO_VILLAGE = '02839-01';

/** An open household review campaign over the demo xã, on the standard review form (so its forms are
 * classified live and on submit), with the demo enumerator assigned to its first village, so every
 * role has something to do on a fresh demo. Dates run from a month before the seed to three months after it. */
export async function seedDemoCampaign(manager: EntityManager, communeCode: string): Promise<void> {
  const today = vietnamToday();
  const [admin]: { id: string; unitCode: string }[] = await manager.query(`SELECT id, unit_code AS "unitCode" FROM account WHERE username = 'admin'`);
  const [version]: { id: string }[] = await manager.query(
    `SELECT v.id FROM form_version v JOIN survey_form f ON f.id = v.form_id WHERE f.key = $1 AND v.status = 'published' ORDER BY v.version DESC LIMIT 1`,
    [HOUSEHOLD_REVIEW_FORM_KEY],
  );
  const year = Number(today.slice(0, 4));
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO campaign (name, kind, status, form_version_id, year, round, rounds_per_year, opens_on, closes_on, owner_unit_code, created_by)
     VALUES ($1, 'household_review', 'open', $2, $3, 1, 1, $4, $5, $6, $7) RETURNING id`,
    // Owned by the demo admin's province, so the demo admin can close, finalise and copy it.
    [`${DEMO_CAMPAIGN_NAME} ${year}`, version!.id, year, addMonths(today, -1), addMonths(today, 3), admin!.unitCode, admin!.id],
  );
  await manager.query(`INSERT INTO campaign_unit (campaign_id, unit_code) VALUES ($1, $2)`, [id, communeCode]);
  await manager.query(
    `INSERT INTO assignment (campaign_id, enumerator_id, unit_code, expected_households, created_by)
     SELECT $1, id, $2, 20, $3 FROM account WHERE username = 'enumerator'`,
    [id, DEMO_VILLAGE, admin!.id],
  );
}
