import { randomUUID } from 'node:crypto';
import type { PovertyClass, ResponseStatus } from '@ntm/shared';
import { buildCampaign, sampleAnswers, sampleHouseholdVersionId } from './survey-fixtures';
import { bearer, buildAccount, login, type TestApp } from './test-app';

/**
 * Every direct INSERT the poverty review tests need, in one place: households (until the registry
 * API lands), the server's assessments of approved forms (until the rules branch's submit path
 * computes them), and recognitions of earlier years (as an import would write them).
 */

let sequence = 0;
const uniqueCode = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}${(sequence++).toString(36)}`.toUpperCase();

export type ReviewCommune = { commune: string; villages: string[] };

/** A fresh commune of the demo province (Lào Cai) with `villages` villages, so no demo data mixes in. */
export async function buildReviewCommune(t: TestApp, villages = 2): Promise<ReviewCommune> {
  const commune = uniqueCode('T');
  const path = `/VN/15/${commune}/`;
  await t.dataSource.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name) VALUES ($1, $2, $3, 'commune', '15', $4, 2, $5)`,
    [commune, `Xã thử ${commune}`, `Xã thử ${commune}`, path, `xa thu ${commune.toLowerCase()}`],
  );
  const codes = Array.from({ length: villages }, (_, i) => `${commune}-${String(i + 1).padStart(2, '0')}`);
  for (const [i, code] of codes.entries()) {
    const name = `Thôn ${['Nà Pắc', 'Sín Chải', 'Bản Phố', 'Na Hối'][i % 4]} ${i + 1}`;
    await t.dataSource.query(
      `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name) VALUES ($1, $2, $2, 'village', $3, $4, 3, $5)`,
      [code, name, commune, `${path}${code}/`, code.toLowerCase()],
    );
  }
  return { commune, villages: codes };
}

type HouseholdOverrides = { code: string; headName?: string; members?: string[]; status?: 'active' | 'moved' };

/** A household of the registry with its members (the head first). */
export async function buildHousehold(t: TestApp, villageCode: string, overrides: HouseholdOverrides): Promise<string> {
  const [village] = await t.dataSource.query(`SELECT parent_code AS commune, path FROM administrative_unit WHERE code = $1`, [villageCode]);
  const headName = overrides.headName ?? overrides.members?.[0] ?? `Chủ hộ ${overrides.code}`;
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO household (commune_code, village_code, village_path, code, head_name, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [village.commune, villageCode, village.path, overrides.code, headName, overrides.status ?? 'active'],
  );
  const members = overrides.members ?? [headName];
  for (const [i, name] of members.entries()) {
    await t.dataSource.query(
      `INSERT INTO household_member (household_id, position, full_name, sex, birth_date, relation_to_head, ethnicity) VALUES ($1, $2, $3, $4, $5, $6, 'Mông')`,
      [id, i + 1, name, i % 2 ? 'female' : 'male', `${1970 + i * 5}-01-01`, i === 0 ? 'head' : 'child'],
    );
  }
  return id as string;
}

/** A recognised class of an earlier year, as imported from the commune's records. */
export async function buildRecognition(t: TestApp, householdId: string, year: number, povertyClass: PovertyClass): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO household_recognition (household_id, year, village_code, unit_path, poverty_class, source, recognised_on)
     SELECT id, $2::int, village_code, village_path, $3, 'imported', make_date($2::int, 12, 15) FROM household WHERE id = $1`,
    [householdId, year, povertyClass],
  );
}

type AssessmentOverrides = { status?: ResponseStatus; deprived?: string[]; incomeYearly?: number | null; members?: number };

/** The household's form in the campaign (by the village's assigned enumerator) and the server's classification of it. */
export async function buildAssessment(t: TestApp, campaignId: string, householdId: string, povertyClass: PovertyClass, overrides: AssessmentOverrides = {}): Promise<string> {
  const responseId = randomUUID();
  const status = overrides.status ?? 'approved';
  await t.dataSource.query(
    `INSERT INTO survey_response (id, campaign_id, form_version_id, unit_code, unit_path, household_id, status, answers, created_by, submitted_at)
     SELECT $1, c.id, c.form_version_id, h.village_code, h.village_path, h.id, $4, $5,
            (SELECT enumerator_id FROM assignment a WHERE a.campaign_id = c.id AND a.unit_code = h.village_code LIMIT 1), now()
       FROM campaign c, household h WHERE c.id = $2 AND h.id = $3`,
    [responseId, campaignId, householdId, status, sampleAnswers()],
  );
  const [{ members }] = await t.dataSource.query(`SELECT count(*)::int AS members FROM household_member WHERE household_id = $1`, [householdId]);
  await t.dataSource.query(
    `INSERT INTO household_assessment (response_id, campaign_id, household_id, village_code, unit_path, standard_id, poverty_class, deprived, members, income_method, income_yearly, detail)
     SELECT r.id, r.campaign_id, r.household_id, r.unit_code, r.unit_path, 'ND07_2022_2025', $2, $3, $4, 'measured', $5, '{}' FROM survey_response r WHERE r.id = $1`,
    [responseId, povertyClass, overrides.deprived ?? [], overrides.members ?? members, overrides.incomeYearly === undefined ? 12_000_000 : overrides.incomeYearly],
  );
  return responseId;
}

/** What the rules branch does on each submission: the server classifies the form again. */
export async function reassess(t: TestApp, responseId: string, povertyClass: PovertyClass, deprived: string[] = []): Promise<void> {
  await t.dataSource.query(`UPDATE household_assessment SET poverty_class = $2, deprived = $3, assessed_at = now() WHERE response_id = $1`, [responseId, povertyClass, deprived]);
}

export type ReviewActors = { admin: string; supervisor: string; enumerator: string; front: string; steering: string };

/** An open household review of 2026 over the commune on the sample household form, with its people:
 * the province admin and steering committee, a supervisor, a front officer and an enumerator of the
 * commune, the enumerator assigned to every village. */
export async function buildReviewCampaign(t: TestApp, { commune, villages }: ReviewCommune, otherCommunes: string[] = []): Promise<{ campaignId: string; tokens: ReviewActors }> {
  const admin = await login(t, 'admin');
  const unitCodes = [commune, ...otherCommunes];
  const campaignId = await buildCampaign(t, admin, await sampleHouseholdVersionId(t), { unitCodes, name: `Rà soát hộ nghèo 2026 ${commune}` });
  const enumerator = await buildAccount(t, { role: 'enumerator', unitCode: commune });
  for (const village of villages) {
    await t.api().post(`/api/campaigns/${campaignId}/assignments`).set(bearer(admin)).send({ enumeratorId: enumerator.id, unitCode: village }).expect(201);
  }
  const supervisor = await login(t, (await buildAccount(t, { role: 'supervisor', unitCode: commune })).username);
  const front = await login(t, (await buildAccount(t, { role: 'front', unitCode: commune })).username);
  return { campaignId, tokens: { admin, supervisor, enumerator: await login(t, enumerator.username), front, steering: await login(t, 'steering') } };
}
