import type { PovertyClass, VillageStage } from '@ntm/shared';
import ExcelJS from 'exceljs';
import { buildAssessment, buildHousehold } from './poverty-fixtures';
import { bearer, type TestApp } from './test-app';

export const reviewPaths = (campaignId: string) => ({
  commune: (code: string) => `/api/campaigns/${campaignId}/review/communes/${code}`,
  village: (code: string, rest = '') => `/api/campaigns/${campaignId}/review/villages/${code}${rest}`,
});

export type ListedForm = { householdId: string; responseId: string };

/** Households of the village with approved forms of these classes (codes HB01, HB02… by default),
 * each put on the list through the API; returns them by code. */
export async function listWithApprovedForms(t: TestApp, token: string, campaignId: string, village: string, classes: PovertyClass[], prefix = 'HB'): Promise<Record<string, ListedForm>> {
  const forms: Record<string, ListedForm> = {};
  for (const [i, povertyClass] of classes.entries()) {
    const code = `${prefix}${String(i + 1).padStart(2, '0')}`;
    const householdId = await buildHousehold(t, village, { code, members: [`Chủ hộ ${code}`, `Vợ chủ hộ ${code}`] });
    const added = await t.api().post(reviewPaths(campaignId).village(village, '/households')).set(bearer(token)).send({ householdCode: code, reason: 'flagged' });
    if (added.status !== 201) throw new Error(`list ${code}: ${added.status} ${JSON.stringify(added.body)}`);
    forms[code] = { householdId, responseId: await buildAssessment(t, campaignId, householdId, povertyClass) };
  }
  return forms;
}

/** The request that moves a village on from where it stands (the posting runs 3–5 November 2026, long past). */
function nextStep(village: { stage: VillageStage; posting: object | null }): { path: string; body?: object } | null {
  switch (village.stage) {
    case 'listing':
      return { path: '/confirm-list' };
    case 'collecting':
      return { path: '/close-collection' };
    case 'meeting':
      return { path: '/meetings', body: { heldOn: '2026-11-02', attendees: 10, agreeing: 6 } };
    case 'posting':
      return village.posting ? { path: '/posting/complete' } : { path: '/posting', body: { startsOn: '2026-11-03' } };
    default:
      return null;
  }
}

/** Takes a listed village with approved forms on through the steps until it reaches `stage` (for
 * `posting`: with the posting started). */
export async function takeVillageTo(t: TestApp, token: string, campaignId: string, village: string, stage: 'meeting' | 'posting' | 'ready'): Promise<void> {
  const url = reviewPaths(campaignId).village(village);
  let current = (await t.api().get(url).set(bearer(token))).body;
  while (current.stage !== stage || (stage === 'posting' && !current.posting)) {
    const step = nextStep(current);
    if (!step) throw new Error(`cannot take ${village} from ${current.stage} to ${stage}`);
    const res = await t.api().post(`${url}${step.path}`).set(bearer(token)).send(step.body ?? {});
    if (res.status >= 300) throw new Error(`${step.path}: ${res.status} ${JSON.stringify(res.body)}`);
    current = res.body;
  }
}

/** A streamed xlsx download, read back with exceljs. */
export async function downloadXlsx(t: TestApp, url: string, token: string): Promise<{ status: number; workbook: ExcelJS.Workbook; disposition: string }> {
  const res = await t.api().get(url).set(bearer(token)).buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const workbook = new ExcelJS.Workbook();
  if (res.status === 200) await workbook.xlsx.load(res.body);
  return { status: res.status, workbook, disposition: String(res.headers['content-disposition'] ?? '') };
}
