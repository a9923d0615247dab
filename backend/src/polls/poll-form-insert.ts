import type { CollectionMode, PollFormSaved } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { conflict } from '../common/errors/domain-error';
import { VILLAGE_TALLY } from './polls.sql';

export type VillageTally = { households: number | null; returned: number };

export async function villageTally(manager: EntityManager, campaignId: string, villageCode: string): Promise<VillageTally> {
  const [tally]: VillageTally[] = await manager.query(VILLAGE_TALLY, [campaignId, villageCode]);
  return tally!;
}

/** Serialises every write that changes a village's count in a poll, until the transaction ends. */
export async function lockVillage(manager: EntityManager, campaignId: string, villageCode: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`poll:${campaignId}:${villageCode}`]);
}

export type PollForm = {
  id: string;
  campaignId: string;
  formVersionId: string;
  village: { code: string; path: string; name: string };
  answers: Record<string, unknown>;
  mode: CollectionMode;
  batchId: string | null;
  /** The officer who keyed the form in, or who issued the code it was sent with. */
  collectorId: string;
};

/**
 * Stores one anonymous form, inside the caller's transaction, once the village is locked and still
 * has a household without a form: returned forms can never exceed the household total.
 */
export async function insertPollForm(manager: EntityManager, form: PollForm): Promise<PollFormSaved> {
  await lockVillage(manager, form.campaignId, form.village.code);
  const { households, returned } = await villageTally(manager, form.campaignId, form.village.code);
  if (households === null) {
    throw conflict(`Thôn ${form.village.name} chưa có số hộ (sổ hộ hoặc số do Mặt trận nhập): cần nhập số hộ trước khi nhận phiếu.`);
  }
  if (returned >= households) {
    throw conflict(`Thôn ${form.village.name} đã nhận đủ ${returned}/${households} phiếu, bằng số hộ: không thể nhận thêm phiếu.`);
  }
  await manager.query(
    `WITH inserted AS (
       INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, status, answers, created_by, submitted_at, collection_mode, poll_batch_id)
       VALUES ($1, $2, $3, $4, $5, 'submitted', $6, $7, now(), $8, $9) RETURNING id, created_by
     )
     INSERT INTO audit_entry (entity_type, entity_id, action, actor_id, to_status) SELECT 'response', id, 'submit', created_by, 'submitted' FROM inserted`,
    [form.id, form.campaignId, form.formVersionId, form.village.code, form.village.path, form.answers, form.collectorId, form.mode, form.batchId],
  );
  return { id: form.id, villageCode: form.village.code, returned: returned + 1, households };
}
