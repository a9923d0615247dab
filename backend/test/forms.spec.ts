import { STANDARD_FORMS, type SurveyDefinition } from '@ntm/shared';
import { installStandardForms } from '../src/forms/install-standard-forms';
import { createForm, oneQuestionForm, signedInAdmin } from './support/survey-fixtures';
import { bearer, buildOtherProvince, login, startTestApp, type TestApp } from './support/test-app';

describe('forms', () => {
  let t: TestApp;
  let admin: string;
  const draft = (formId: string, definition: SurveyDefinition, title?: string, token = admin) =>
    t.api().put(`/api/forms/${formId}/draft`).set(bearer(token)).send({ title, definition });
  const publish = (formId: string, token = admin) => t.api().post(`/api/forms/${formId}/publish`).set(bearer(token));
  const detail = (formId: string, token = admin) => t.api().get(`/api/forms/${formId}`).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp('demo');
    admin = await login(t, 'admin');
  });
  afterAll(() => t.close());

  it('creates a form as a draft version 1 owned by the admin’s province', async () => {
    const res = await t.api().post('/api/forms').set(bearer(admin)).send({ key: 'ra-soat-nha-o', title: 'Rà soát nhà ở', definition: oneQuestionForm() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ key: 'ra-soat-nha-o', title: 'Rà soát nhà ở', ownerUnitCode: '15', publishedVersion: null, draftVersion: 1 });
    expect(res.body.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft', publishedAt: null, publishedBy: null })]);
  });

  it.each([
    ['an unknown question type', { elements: [{ type: 'hologram', name: 'q1' }, { type: 'text', name: 'q2' }] }, /element "q1", type "hologram"/],
    ['no question at all', { pages: [{ name: 'p1', elements: [{ type: 'html', name: 'intro', html: '<p>Xin chào</p>' }] }] }, /no question/],
    ['two questions with the same name', { elements: [{ type: 'text', name: 'q1' }, { type: 'comment', name: 'q1' }] }, /two questions store their answer under "q1"/],
  ])('refuses a definition with %s with 400 and saves nothing', async (_, definition, reason) => {
    const res = await t.api().post('/api/forms').set(bearer(admin)).send({ key: 'khong-hop-le', title: 'Không hợp lệ', definition });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toContainEqual({ field: 'definition', reason: expect.stringMatching(reason) });
    expect(await t.dataSource.query(`SELECT id FROM survey_form WHERE key = 'khong-hop-le'`)).toEqual([]);
  });

  it('refuses a key that is taken with 409', async () => {
    const res = await t.api().post('/api/forms').set(bearer(admin)).send({ key: 'sample-household', title: 'Trùng khoá', definition: oneQuestionForm() });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'CONFLICT', details: [{ field: 'key', reason: 'is already taken' }] });
  });

  it('saves the draft in place, keeping version 1', async () => {
    const formId = await createForm(t, admin);
    const before = await detail(formId);
    const saved = await draft(formId, oneQuestionForm('Tên người trả lời'), 'Phiếu thử (sửa)');
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: before.body.versions[0].id, version: 1, status: 'draft', title: 'Phiếu thử (sửa)', definition: oneQuestionForm('Tên người trả lời') });
    expect((await detail(formId)).body).toMatchObject({ title: 'Phiếu thử (sửa)', draftVersion: 1, versions: [{ version: 1 }] });
  });

  it('refuses to save a draft SurveyJS cannot use', async () => {
    const formId = await createForm(t, admin);
    const res = await draft(formId, { pages: [] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'definition', reason: 'the form has no question' }]);
  });

  it('publishes the draft as version 1, signed by the publisher, and has no draft left to publish', async () => {
    const formId = await createForm(t, admin);
    const res = await publish(formId);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ formId, version: 1, status: 'published', publishedBy: { username: 'admin', fullName: 'Quản trị tỉnh Lào Cai' } });
    expect(Date.parse(res.body.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await detail(formId)).body).toMatchObject({ publishedVersion: 1, draftVersion: null });
    const again = await publish(formId);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
  });

  it('opens version 2 as a draft when a published form is edited, leaving version 1 untouched', async () => {
    const formId = await createForm(t, admin);
    const v1 = (await publish(formId)).body;
    const v2 = await draft(formId, oneQuestionForm('Họ tên chủ hộ (mới)'));
    expect(v2.body).toMatchObject({ version: 2, status: 'draft', publishedBy: null });
    expect(v2.body.id).not.toBe(v1.id);
    const stored = await t.api().get(`/api/form-versions/${v1.id}`).set(bearer(admin));
    expect(stored.body).toEqual(v1);
    expect((await detail(formId)).body).toMatchObject({ publishedVersion: 1, draftVersion: 2, versions: [{ version: 2 }, { version: 1 }] });
    expect((await publish(formId)).body).toMatchObject({ version: 2, status: 'published' });
  });

  it('discards a draft with 204, then answers 404 for the missing draft', async () => {
    const formId = await createForm(t, admin);
    await publish(formId).expect(200);
    await draft(formId, oneQuestionForm('Bản sẽ bỏ')).expect(200);
    await t.api().delete(`/api/forms/${formId}/draft`).set(bearer(admin)).expect(204);
    expect((await detail(formId)).body).toMatchObject({ publishedVersion: 1, draftVersion: null, versions: [{ version: 1, status: 'published' }] });
    const again = await t.api().delete(`/api/forms/${formId}/draft`).set(bearer(admin));
    expect(again.status).toBe(404);
  });

  it('keeps a published version frozen even against direct SQL', async () => {
    const versionId = (await publish(await createForm(t, admin))).body.id;
    await expect(t.dataSource.query(`UPDATE form_version SET title = 'Sửa lén' WHERE id = $1`, [versionId])).rejects.toThrow(/is published and cannot change/);
    await expect(t.dataSource.query(`DELETE FROM form_version WHERE id = $1`, [versionId])).rejects.toThrow(/is published and cannot change/);
    const [{ title }] = await t.dataSource.query(`SELECT title FROM form_version WHERE id = $1`, [versionId]);
    expect(title).toBe('Phiếu thử');
  });

  it('shows a form version to an enumerator who fills it, and 404 for an unknown one', async () => {
    const enumerator = await login(t, 'enumerator');
    const versionId = (await publish(await createForm(t, admin, oneQuestionForm('Số điện thoại', 'phone')))).body.id;
    const res = await t.api().get(`/api/form-versions/${versionId}`).set(bearer(enumerator));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: versionId, version: 1, status: 'published', title: 'Phiếu thử', definition: oneQuestionForm('Số điện thoại', 'phone') });
    expect(res.body.formKey).toMatch(/^form-/);
    const unknown = await t.api().get('/api/form-versions/6f1c1b7e-0000-4000-8000-000000000000').set(bearer(enumerator));
    expect(unknown.status).toBe(404);
  });

  it('lets only admins write forms', async () => {
    const formId = await createForm(t, admin);
    for (const username of ['steering', 'supervisor', 'enumerator']) {
      const token = await login(t, username);
      const created = await t.api().post('/api/forms').set(bearer(token)).send({ key: `form-of-${username}`, title: 'x', definition: oneQuestionForm() });
      expect([created.status, created.body.code]).toEqual([403, 'FORBIDDEN']);
      expect((await draft(formId, oneQuestionForm(), undefined, token)).status).toBe(403);
      expect((await publish(formId, token)).status).toBe(403);
    }
  });
});

describe('forms owned by the nation and by provinces', () => {
  let t: TestApp;
  let provinceAdmin: string;
  let nationalAdmin: string;

  beforeAll(async () => {
    t = await startTestApp('demo');
    provinceAdmin = await login(t, 'admin');
    nationalAdmin = await signedInAdmin(t, 'VN');
  });
  afterAll(() => t.close());

  it('keeps a province admin from editing a national form, while it may create its own', async () => {
    const formId = await createForm(t, nationalAdmin);
    const edit = await t.api().put(`/api/forms/${formId}/draft`).set(bearer(provinceAdmin)).send({ definition: oneQuestionForm('Sửa') });
    expect([edit.status, edit.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect((await t.api().post(`/api/forms/${formId}/publish`).set(bearer(provinceAdmin))).status).toBe(403);
    expect((await t.api().delete(`/api/forms/${formId}/draft`).set(bearer(provinceAdmin))).status).toBe(403);
    const own = await t.api().get(`/api/forms/${await createForm(t, provinceAdmin)}`).set(bearer(provinceAdmin));
    expect(own.body.ownerUnitCode).toBe('15');
  });

  it('hides a province’s forms from another province but not from the national admin', async () => {
    const formId = await createForm(t, provinceAdmin);
    const { province } = await buildOtherProvince(t);
    const otherAdmin = await signedInAdmin(t, province);
    expect((await t.api().get(`/api/forms/${formId}`).set(bearer(otherAdmin))).status).toBe(404);
    expect((await t.api().put(`/api/forms/${formId}/draft`).set(bearer(nationalAdmin)).send({ definition: oneQuestionForm() })).status).toBe(200);
  });

  it('installs the standard sample household form, published and owned by the nation, once', async () => {
    const list = await t.api().get('/api/forms?pageSize=100').set(bearer(provinceAdmin));
    const sample = list.body.items.find((f: { key: string }) => f.key === 'sample-household');
    const shipped = STANDARD_FORMS.find((f) => f.key === 'sample-household')!;
    expect(sample).toMatchObject({ title: 'Phiếu mẫu: thông tin hộ gia đình', ownerUnitCode: 'VN', publishedVersion: 1, draftVersion: null });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM form_version WHERE form_id = $1 AND version = 1`, [sample.id]);
    const version = await t.api().get(`/api/form-versions/${id}`).set(bearer(provinceAdmin));
    expect(version.body).toMatchObject({ formKey: 'sample-household', status: 'published', definition: shipped.definition });
    expect(await t.dataSource.transaction((manager) => installStandardForms(manager))).toBe(0);
  });
});
