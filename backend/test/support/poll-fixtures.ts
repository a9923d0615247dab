import { randomUUID } from 'node:crypto';
import { bearer, buildAccount, login, startTestApp, type TestApp } from './test-app';

export const POLL_COMMUNE = 'T9001';
export const VILLAGE_A = 'T9001-01';
export const VILLAGE_B = 'T9001-02';

/** A commune of two villages in Lào Cai, so figures can be worked out by hand; village B has ten
 * active households (and one that moved away) in the registry. Returns a Front officer's token. */
export async function buildPollCommune(t: TestApp): Promise<string> {
  await t.dataSource.query(
    `INSERT INTO administrative_unit (code, name, full_name, type, parent_code, path, depth, search_name) VALUES
      ('${POLL_COMMUNE}', 'Thử Nghiệm', 'Xã Thử Nghiệm', 'commune', '15', '/VN/15/${POLL_COMMUNE}/', 2, 'thu nghiem'),
      ('${VILLAGE_A}', 'Thôn A', 'Thôn A', 'village', '${POLL_COMMUNE}', '/VN/15/${POLL_COMMUNE}/${VILLAGE_A}/', 3, 'thon a'),
      ('${VILLAGE_B}', 'Thôn B', 'Thôn B', 'village', '${POLL_COMMUNE}', '/VN/15/${POLL_COMMUNE}/${VILLAGE_B}/', 3, 'thon b')`,
  );
  await addRegistryHouseholds(t, VILLAGE_B, 10);
  await addRegistryHouseholds(t, VILLAGE_B, 1, 'moved');
  const { username } = await buildAccount(t, { role: 'front', unitCode: POLL_COMMUNE });
  return login(t, username);
}

/** The usual hooks of a poll test file: the demo app with the test commune, and its Front officer. */
export function usePollApp(): { t: TestApp; front: string } {
  const session = {} as { t: TestApp; front: string };
  beforeAll(async () => {
    session.t = await startTestApp('demo');
    session.front = await buildPollCommune(session.t);
  });
  afterAll(() => session.t.close());
  return session;
}

export async function addRegistryHouseholds(t: TestApp, village: string, count: number, status = 'active'): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO household (commune_code, village_code, village_path, code, head_name, status)
     SELECT u.parent_code, u.code, u.path, 'H' || substr(md5(random()::text), 1, 12), 'Chủ hộ ' || n, $3
       FROM administrative_unit u, generate_series(1, $2) AS n WHERE u.code = $1`,
    [village, count, status],
  );
}

export async function pollVersionId(t: TestApp, key = 'satisfaction-poll-2026'): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT v.id FROM form_version v JOIN survey_form f ON f.id = v.form_id WHERE f.key = $1 AND v.version = 1`, [key]);
  return row.id as string;
}

/** Creates and opens a poll over the test commune through the API; returns its id. */
export async function buildPoll(t: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const body = { name: 'Lấy ý kiến sự hài lòng 2026', formVersionId: await pollVersionId(t), year: 2026, opensOn: '2026-01-05', closesOn: '2099-12-31', unitCodes: [POLL_COMMUNE], ...overrides };
  const res = await t.api().post('/api/polls').set(bearer(token)).send(body);
  if (res.status !== 201) throw new Error(`create poll: ${res.status} ${JSON.stringify(res.body)}`);
  await transition(t, token, res.body.campaign.id, 'open');
  return res.body.campaign.id as string;
}

export async function transition(t: TestApp, token: string, pollId: string, action: string, reason?: string): Promise<void> {
  const res = await t.api().post(`/api/polls/${pollId}/transition`).set(bearer(token)).send({ action, reason });
  if (res.status !== 200) throw new Error(`${action} poll: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function setHouseholds(t: TestApp, token: string, pollId: string, village: string, households: number): Promise<void> {
  await t.api().put(`/api/polls/${pollId}/villages/${village}/households`).set(bearer(token)).send({ households, source: 'Danh sách của trưởng thôn' }).expect(200);
}

export async function openBatch(t: TestApp, token: string, pollId: string, village: string, label = 'Tập 1'): Promise<string> {
  const res = await t.api().post(`/api/polls/${pollId}/batches`).set(bearer(token)).send({ villageCode: village, label, mode: 'paper' });
  if (res.status !== 201) throw new Error(`open batch: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/**
 * Answers from a compact pattern, one letter per item in form order (item_1…item_10, overall):
 * S = Hài lòng, N = Không hài lòng, - = left blank; a shorter pattern leaves the rest satisfied.
 */
export function pollAnswers(pattern = '', proposals?: string): Record<string, unknown> {
  const names = [...Array.from({ length: 10 }, (_, i) => `item_${i + 1}`), 'overall'];
  const answers: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const letter = pattern[i] ?? 'S';
    if (letter !== '-') answers[name] = letter === 'S' ? 'satisfied' : 'not_satisfied';
  });
  if (proposals) answers.proposals = proposals;
  return answers;
}

export const paperFormUrl = (pollId: string, batchId: string, formId: string = randomUUID()) => `/api/polls/${pollId}/batches/${batchId}/forms/${formId}`;

/** Keys in forms one by one (as the paper entry page does); each must be created. */
export async function keyForms(t: TestApp, token: string, pollId: string, batchId: string, patterns: string[]): Promise<void> {
  for (const pattern of patterns) {
    const res = await t.api().put(paperFormUrl(pollId, batchId)).set(bearer(token)).send({ answers: pollAnswers(pattern) });
    if (res.status !== 201) throw new Error(`key form: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export const repeat = (pattern: string, times: number) => Array.from({ length: times }, () => pattern);
