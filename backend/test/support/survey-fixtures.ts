import { randomUUID } from 'node:crypto';
import type { HouseholdMemberInput, HouseholdStatus, SurveyDefinition } from '@ntm/shared';
import { insertHouseholds, sqlOf } from '../../src/households/write-households';
import { bearer, buildAccount, login, type TestApp } from './test-app';

/** Answers that pass the sample household form; override any of them. */
export function sampleAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    head_name: 'Giàng Seo Pao',
    member_count: 2,
    members: [
      { full_name: 'Giàng Seo Pao', sex: 'male', birth_year: 1980, has_health_insurance: true },
      { full_name: 'Lù Thị Mai', sex: 'female', birth_year: 1984, has_health_insurance: false },
    ],
    water_source: 'gravity',
    has_latrine: true,
    latrine_type: 'double_vault',
    ...overrides,
  };
}

/** A form with one question per kind of rule the server must enforce. */
export const RULES_FORM: SurveyDefinition = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'text', name: 'age', inputType: 'number', isRequired: true, min: 0, max: 120 },
        { type: 'radiogroup', name: 'owns_land', isRequired: true, choices: ['yes', 'no'] },
        { type: 'text', name: 'land_area', inputType: 'number', visibleIf: "{owns_land} = 'yes'", isRequired: true, min: 0 },
        { type: 'checkbox', name: 'crops', choices: ['rice', 'corn', 'tea'] },
        { type: 'text', name: 'crop_note', requiredIf: "{crops} contains 'tea'" },
        { type: 'boolean', name: 'has_phone' },
        { type: 'text', name: 'phone', enableIf: '{has_phone} = true', validators: [{ type: 'regex', regex: '^0[0-9]{9}$', text: 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0' }] },
        { type: 'text', name: 'visit_date', inputType: 'date' },
        {
          type: 'panel',
          name: 'housing',
          elements: [{ type: 'text', name: 'floor_area', inputType: 'number', isRequired: true, min: 1 }],
        },
        {
          type: 'paneldynamic',
          name: 'members',
          minPanelCount: 1,
          templateElements: [
            { type: 'text', name: 'full_name', isRequired: true },
            { type: 'text', name: 'birth_year', inputType: 'number', min: 1900, max: 2030 },
            { type: 'dropdown', name: 'schooling', choices: ['none', 'primary', 'secondary'], visibleIf: '{panel.birth_year} < 2021' },
          ],
        },
      ],
    },
  ],
};

export const validRulesAnswers = (overrides: Record<string, unknown> = {}) => ({
  age: 40,
  owns_land: 'yes',
  land_area: 1200,
  crops: ['rice'],
  floor_area: 45,
  members: [{ full_name: 'Lò Văn Sáng', birth_year: 1985, schooling: 'secondary' }],
  ...overrides,
});

/**
 * The demo's open household campaign (the demo enumerator is assigned to village 02839-01), switched
 * to the short sample form: the tests using it exercise saving, listing and reviewing responses, not
 * the poverty rules the demo's standard review form brings.
 */
export async function demoCampaignId(t: Pick<TestApp, 'dataSource'>): Promise<string> {
  const [[row]] = await t.dataSource.query(
    `UPDATE campaign SET form_version_id = (
            SELECT v.id FROM form_version v JOIN survey_form f ON f.id = v.form_id
             WHERE f.key = 'sample-household' AND v.status = 'published' ORDER BY v.version DESC LIMIT 1)
      WHERE id = (SELECT id FROM campaign WHERE kind = 'household_review' AND status = 'open' ORDER BY created_at LIMIT 1)
     RETURNING id`,
  );
  return row.id as string;
}

/** Creates and publishes a form through the API; returns the version id. */
export async function publishForm(t: TestApp, admin: string, definition: SurveyDefinition, key = `form-${randomUUID().slice(0, 8)}`): Promise<string> {
  const created = await t.api().post('/api/forms').set(bearer(admin)).send({ key, title: 'Phiếu thử', definition });
  if (created.status !== 201) throw new Error(`create form: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await t.api().post(`/api/forms/${created.body.id}/publish`).set(bearer(admin));
  return published.body.id as string;
}

type CampaignOverrides = Partial<{ kind: string; unitCodes: string[]; opensOn: string; closesOn: string; year: number; round: number; roundsPerYear: number; name: string }>;

/** Creates (and by default opens) a campaign through the API. */
export async function buildCampaign(t: TestApp, admin: string, formVersionId: string, overrides: CampaignOverrides = {}, open = true): Promise<string> {
  const body = { name: 'Đợt thử 2026', kind: 'household_review', formVersionId, year: 2026, round: 1, roundsPerYear: 1, opensOn: '2026-01-01', closesOn: '2099-12-31', unitCodes: ['02839'], ...overrides };
  const res = await t.api().post('/api/campaigns').set(bearer(admin)).send(body);
  if (res.status !== 201) throw new Error(`create campaign: ${res.status} ${JSON.stringify(res.body)}`);
  if (open) await t.api().post(`/api/campaigns/${res.body.id}/open`).set(bearer(admin)).expect(200);
  return res.body.id as string;
}

export async function assign(t: TestApp, admin: string, campaignId: string, unitCode = '02839-01', enumerator = 'enumerator'): Promise<void> {
  const [account] = await t.dataSource.query(`SELECT id FROM account WHERE username = $1`, [enumerator]);
  await t.api().post(`/api/campaigns/${campaignId}/assignments`).set(bearer(admin)).send({ enumeratorId: account.id, unitCode }).expect(201);
}

/** The smallest usable form: one required text question. */
export const oneQuestionForm = (title = 'Họ và tên chủ hộ', name = 'head_name'): SurveyDefinition => ({
  pages: [{ name: 'p1', elements: [{ type: 'text', name, title, isRequired: true }] }],
});

/** An admin bound to `unitCode` (e.g. 'VN' for a national admin), signed in; returns the token. */
export async function signedInAdmin(t: TestApp, unitCode: string): Promise<string> {
  const { username } = await buildAccount(t, { role: 'admin', unitCode });
  return login(t, username);
}

/** Creates a form through the API (a draft v1); returns its id. */
export async function createForm(t: TestApp, admin: string, definition: SurveyDefinition = oneQuestionForm(), key = `form-${randomUUID().slice(0, 8)}`): Promise<string> {
  const res = await t.api().post('/api/forms').set(bearer(admin)).send({ key, title: 'Phiếu thử', definition });
  if (res.status !== 201) throw new Error(`create form: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function accountId(t: TestApp, username: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT id FROM account WHERE username = $1`, [username]);
  return row.id as string;
}

/** A valid CreateCampaignRequest for a yearly household review over xã Bắc Hà; override any field. */
export function campaignRequest(formVersionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Rà soát hộ nghèo 2026', kind: 'household_review', formVersionId, year: 2026, round: 1, roundsPerYear: 1, opensOn: '2026-09-01', closesOn: '2099-12-31', unitCodes: ['02839'], ...overrides };
}

/** Moves a campaign through lifecycle actions ('open', 'close', 'finalise'…), each expected to succeed. */
export async function moveCampaign(t: TestApp, admin: string, campaignId: string, ...actions: string[]): Promise<void> {
  for (const action of actions) {
    const body = action === 'unfinalise' ? { reason: 'Sửa số liệu' } : {};
    const res = await t.api().post(`/api/campaigns/${campaignId}/${action}`).set(bearer(admin)).send(body);
    if (res.status !== 200) throw new Error(`${action} campaign: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Another commune of the demo province (Lào Cai) and its first village: inside the admin's scope, outside xã Bắc Hà. */
export async function neighbourCommune(t: TestApp): Promise<{ commune: string; village: string }> {
  const [row] = await t.dataSource.query(
    `SELECT parent_code AS commune, code AS village FROM administrative_unit
      WHERE type = 'village' AND path LIKE '/VN/15/%' AND parent_code <> '02839' ORDER BY code LIMIT 1`,
  );
  return row as { commune: string; village: string };
}

/** The id of an installed standard form's version (shared/src/forms/standard-forms.ts). */
export async function standardFormVersionId(t: TestApp, key: string, version = 1): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT v.id FROM form_version v JOIN survey_form f ON f.id = v.form_id WHERE f.key = $1 AND v.version = $2`, [key, version]);
  return row.id as string;
}

/** The published standard household form, which `sampleAnswers()` fills. */
export const sampleHouseholdVersionId = (t: TestApp) => standardFormVersionId(t, 'sample-household');

/** The standard household review form, which `sampleHouseholdReviewAnswers()` (from @ntm/shared) fills. */
export const householdReviewVersionId = (t: TestApp) => standardFormVersionId(t, 'household-review');

/** One household's response saved through the API by `token` (an enumerator); returns its id. */
export async function saveHouseholdResponse(t: TestApp, token: string, campaignId: string, unitCode: string, status: 'draft' | 'submitted'): Promise<string> {
  const id = randomUUID();
  const householdId = await createHousehold(t, { villageCode: unitCode });
  const res = await t.api().put(`/api/campaigns/${campaignId}/responses/${id}`).set(bearer(token)).send({ unitCode, householdId, status, answers: sampleAnswers() });
  if (res.status !== 201) throw new Error(`save response: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}

type HouseholdOverrides = Partial<{ villageCode: string; code: string; status: HouseholdStatus; members: HouseholdMemberInput[]; address: string }>;

export const buildMember = (overrides: Partial<HouseholdMemberInput> = {}): HouseholdMemberInput => ({
  fullName: 'Giàng Seo Pao', sex: 'male', birthDate: '1980-04-12', relationToHead: 'head', ethnicity: "H'Mông", idNumber: null, ...overrides,
});

/** A household of the registry (active, in 02839-01, the head alone unless members are given),
 * written straight to the database; returns its id. */
export async function createHousehold(t: Pick<TestApp, 'dataSource'>, overrides: HouseholdOverrides = {}): Promise<string> {
  const villageCode = overrides.villageCode ?? '02839-01';
  const [village] = await t.dataSource.query(`SELECT path, parent_code AS "communeCode" FROM administrative_unit WHERE code = $1`, [villageCode]);
  const [actor] = await t.dataSource.query(`SELECT id FROM account ORDER BY created_at LIMIT 1`);
  const members = overrides.members ?? [buildMember()];
  const [id] = await insertHouseholds(sqlOf(t.dataSource.manager), [{
    communeCode: village.communeCode, villageCode, villagePath: village.path, code: overrides.code ?? `T-${randomUUID().slice(0, 8)}`,
    headName: members[0]!.fullName, address: overrides.address ?? null, members,
  }], actor.id, '2025-01-01');
  if (overrides.status && overrides.status !== 'active') await t.dataSource.query(`UPDATE household SET status = $2 WHERE id = $1`, [id, overrides.status]);
  return id!;
}
