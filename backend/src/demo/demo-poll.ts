import { closingDate, DEFAULT_POLL_RULES, itemName, NOT_SATISFIED, OVERALL_ITEM, SATISFIED } from '@ntm/shared';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { insertPollForm } from '../polls/poll-form-insert';

export const DEMO_POLL_NAME = 'Lấy ý kiến sự hài lòng của người dân xã Bắc Hà';
/** Household numbers entered by the Front officer, by village suffix. The demo registry has households
 * in every village of the commune and its count wins (toPollVillage), so polls count against it. */
const DEMO_HOUSEHOLDS: Record<string, number> = { '01': 76, '02': 40, '03': 25, '04': 30 };
/** Paper batches already keyed in: village suffix, label, mode, number of forms. */
const DEMO_BATCHES = [
  ['01', 'Tập 1 – hội nghị thôn', 'meeting', 40],
  ['02', 'Tập 1 – phát phiếu đến hộ', 'paper', 12],
] as const;
const PROPOSALS = ['Đề nghị làm lại đoạn đường vào thôn.', 'Cần thêm đèn chiếu sáng ở ngã ba.', 'Hỗ trợ giống cây trồng cho các hộ nghèo.'];

/** An open poll of the Front of xã Bắc Hà, started a week ago on the 2026–2030 questionnaire, with
 * household numbers for four villages and two paper batches keyed in. */
export async function seedDemoPoll(manager: EntityManager, communeCode: string, today: string): Promise<void> {
  const [front]: { id: string }[] = await manager.query(`SELECT id FROM account WHERE username = 'front'`);
  const [version]: { id: string }[] = await manager.query(
    `SELECT v.id FROM form_version v JOIN survey_form f ON f.id = v.form_id WHERE f.key = 'satisfaction-poll-2026' AND v.version = 1`,
  );
  const opensOn = shiftDays(today, -7);
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO campaign (name, kind, status, form_version_id, year, round, rounds_per_year, opens_on, closes_on, owner_unit_code, created_by)
     VALUES ($1, 'satisfaction_poll', 'open', $2, $3, 1, 1, $4, $5, $6, $7) RETURNING id`,
    [`${DEMO_POLL_NAME} ${today.slice(0, 4)}`, version!.id, Number(today.slice(0, 4)), opensOn, closingDate(opensOn, DEFAULT_POLL_RULES.windowWorkingDays), communeCode, front!.id],
  );
  await manager.query(`INSERT INTO campaign_unit (campaign_id, unit_code) VALUES ($1, $2)`, [id, communeCode]);
  const { passRule, ...rules } = DEFAULT_POLL_RULES;
  await manager.query(
    `INSERT INTO satisfaction_poll_rule (campaign_id, min_coverage, pass_rule, legal_basis, window_working_days, updated_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, rules.minCoverage, passRule, rules.legalBasis, rules.windowWorkingDays, front!.id],
  );
  for (const [suffix, households] of Object.entries(DEMO_HOUSEHOLDS)) {
    await manager.query(`INSERT INTO poll_village (campaign_id, village_code, households, source, updated_by) VALUES ($1, $2, $3, $4, $5)`, [
      id, `${communeCode}-${suffix}`, households, 'Danh sách hộ do trưởng thôn lập', front!.id,
    ]);
  }
  for (const [suffix, label, mode, forms] of DEMO_BATCHES) {
    const [village]: { code: string; path: string; name: string }[] = await manager.query(`SELECT code, path, name FROM administrative_unit WHERE code = $1`, [`${communeCode}-${suffix}`]);
    const [{ id: batchId }]: { id: string }[] = await manager.query(
      `INSERT INTO poll_batch (campaign_id, village_code, label, mode, entered_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [id, village!.code, label, mode, front!.id],
    );
    for (let form = 0; form < forms; form++) {
      await insertPollForm(manager, { id: randomUUID(), campaignId: id, formVersionId: version!.id, village: village!, answers: demoAnswers(form), mode, batchId, collectorId: front!.id });
    }
  }
}

/** Mostly satisfied, with a scattering of "not satisfied", blanks and proposals. */
function demoAnswers(form: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  [...Array.from({ length: 10 }, (_, i) => itemName(i + 1)), OVERALL_ITEM].forEach((name, k) => {
    if ((form + k) % 29 === 0) return;
    answers[name] = (form * 7 + k) % 17 === 0 ? NOT_SATISFIED : SATISFIED;
  });
  if (form % 9 === 4) answers.proposals = PROPOSALS[Math.floor(form / 9) % PROPOSALS.length];
  return answers;
}

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
