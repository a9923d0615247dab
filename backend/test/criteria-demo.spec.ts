import type { CriteriaDashboard, UnitCriteriaPage } from '@ntm/shared';
import { bearer, login, startTestApp, type TestApp } from './support/test-app';

describe('criteria of the demo province', () => {
  let t: TestApp;
  let steering: string;
  beforeAll(async () => {
    t = await startTestApp('demo');
    steering = await login(t, 'steering');
  });
  afterAll(() => t.close());

  it('shows Lào Cai with a spread of criteria, targets, and Bắc Hà fed by its finalised review and poll', async () => {
    const d: CriteriaDashboard = (await t.api().get('/api/criteria/dashboard').query({ set: 'QD318_NTM', year: 2025 }).set(bearer(steering)).expect(200)).body;
    console.log(JSON.stringify({ levels: d.levels, distribution: d.distribution, avg: d.averageMet, headline: d.headline, targets: d.targets.map((x) => [x.label, x.outOf, x.actual.map((a) => a.value)]) }));
    const p: UnitCriteriaPage = (await t.api().get('/api/criteria/units/02839').query({ set: 'QD318_NTM', year: 2025 }).set(bearer(steering)).expect(200)).body;
    console.log(JSON.stringify({ score: p.score, level: p.level, ready: p.readyForRecognition, poll: p.poll, c11: p.criteria[10], hist: p.history }));
    const d51: CriteriaDashboard = (await t.api().get('/api/criteria/dashboard').query({ set: 'QD51_NTM', year: 2026 }).set(bearer(steering)).expect(200)).body;
    console.log(JSON.stringify({ levels: d51.levels, distribution: d51.distribution }));
    const dv: CriteriaDashboard = (await t.api().get('/api/criteria/dashboard').query({ set: 'P15_VILLAGE_NTM', year: 2025 }).set(bearer(steering)).expect(200)).body;
    console.log(JSON.stringify({ levels: dv.levels, distribution: dv.distribution }));
  });
});
