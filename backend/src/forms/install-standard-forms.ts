import { NATIONAL_ROOT_CODE, STANDARD_FORMS, type StandardForm } from '@ntm/shared';
import type { EntityManager } from 'typeorm';

/**
 * Installs the forms shipped in `shared/` as published versions owned by the national root, when
 * their key and version are missing. Runs at every start, so an upgrade brings new standard
 * versions; existing versions are never touched (they are frozen).
 */
export async function installStandardForms(manager: EntityManager, forms: readonly StandardForm[] = STANDARD_FORMS): Promise<number> {
  let installed = 0;
  for (const form of forms) {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO survey_form (key, title, owner_unit_code) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key RETURNING id`,
      [form.key, form.title, NATIONAL_ROOT_CODE],
    );
    const inserted: unknown[] = await manager.query(
      `INSERT INTO form_version (form_id, version, status, title, definition, published_at)
       VALUES ($1, $2, 'published', $3, $4, now()) ON CONFLICT (form_id, version) DO NOTHING RETURNING id`,
      [id, form.version, form.title, form.definition],
    );
    installed += inserted.length;
  }
  return installed;
}
