import type { Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CriteriaDashboard, CriteriaSetDetail, CriterionView, IndicatorTrace, IndicatorView, TargetDto, UnitCriteriaPage } from '@ntm/shared';
import { bearer, buildAccount, login, type TestApp } from '../../backend/test/support/test-app';
import { logIn, useBrowserSession } from '../support/browser';

// The demo: Lào Cai (15) evaluated on Decision 318's commune set; xã Bắc Hà (02839) has criterion 11
// fed by a finalised household review campaign of 2025.
const PROVINCE = '15';
const BAC_HA = '02839';
const SET = 'QD318_NTM';
const YEAR = 2025;

const vi = (value: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);

function testApp(served: { app: TestApp['app'] }): TestApp {
  const { app } = served;
  return { app, api: () => request(app.getHttpServer()), dataSource: app.get(DataSource), close: async () => undefined };
}

async function getJson<T>(t: TestApp, token: string, path: string, query: Record<string, string | number>): Promise<T> {
  const res = await t.api().get(path).query(query).set(bearer(token));
  expect(res.status).toBe(200);
  return res.body as T;
}

const unitPage = (t: TestApp, token: string) => getJson<UnitCriteriaPage>(t, token, `/api/criteria/units/${BAC_HA}`, { set: SET, year: YEAR });

/** Opens the criteria pages from the navigation, waits for the page the account lands on, and
 * picks 2025 and the 2021–2025 set. */
async function openCriteria(page: Page, heading: string): Promise<void> {
  await page.getByRole('link', { name: 'Tiêu chí NTM' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
  await page.getByLabel('Năm đánh giá').selectOption(String(YEAR));
  await page.getByLabel('Bộ tiêu chí', { exact: true }).selectOption(SET);
}

/** A criterion's section, opened (met criteria start collapsed). */
async function openCriterion(page: Page, number: number) {
  const section = page.locator(`details[data-criterion="${number}"]`);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  return section;
}

describe('the steering committee reads the NTM criteria of its province, in Chromium', () => {
  const session = useBrowserSession();
  let t: TestApp;

  beforeAll(() => {
    t = testApp(session.served);
  });

  it('sees the headline figures and the grid, drills into Bắc Hà and traces criterion 11 to its campaign and villages', async () => {
    const { page, served } = session;
    const token = await login(t, 'steering');
    const dashboard = await getJson<CriteriaDashboard>(t, token, '/api/criteria/dashboard', { unit: PROVINCE, set: SET, year: YEAR });
    expect(dashboard.unit.name).toBe('Lào Cai');
    expect(dashboard.criteria).toHaveLength(19); // Decision 318, Annex I
    const bacHaRow = dashboard.grid.find((row) => row.unit.code === BAC_HA);
    expect(bacHaRow?.total).toBe(19);

    await logIn(page, served.baseUrl, 'steering');
    await openCriteria(page, 'Tiêu chí nông thôn mới: Lào Cai');
    const card = (label: string) => page.getByRole('listitem').filter({ hasText: label });
    await card('Xã đã đánh giá').getByText(`${dashboard.headline.evaluated} / ${dashboard.headline.communes}`).waitFor();
    const recognised = dashboard.levels.ntm + dashboard.levels.advanced + dashboard.levels.model;
    await card('Xã đạt chuẩn NTM').getByText(`${recognised} / ${dashboard.headline.communes}`).waitFor();
    if (dashboard.averageMet !== null) await card('Bình quân số tiêu chí đạt/xã').getByText(vi(dashboard.averageMet), { exact: true }).waitFor();

    // The Lào Cai 2021–2025 directive: 94 of 127 communes NTM, from 61 (domain note), actual beside target.
    const ntm = dashboard.targets.find((target) => target.label === '94/127 xã đạt chuẩn nông thôn mới (74%)');
    expect([ntm?.target, ntm?.baseline]).toEqual([94, 61]);
    const latest = [...(ntm?.actual ?? [])].reverse().find((point) => point.value !== null);
    const targetCard = page.getByRole('region', { name: 'Tiến độ thực hiện mục tiêu' }).getByRole('listitem').filter({ hasText: '94/127 xã đạt chuẩn' });
    await targetCard.getByText(ntm?.outOf === null ? '94' : `94 trên ${ntm?.outOf}`, { exact: true }).waitFor();
    if (latest?.value != null) await targetCard.getByText(`${vi(latest.value)} (${latest.year})`, { exact: true }).waitFor();

    const grid = page.getByRole('region', { name: 'Kết quả theo xã và tiêu chí' }).first();
    await page.getByText(`${dashboard.grid.length} / ${dashboard.grid.length} đơn vị`).waitFor();
    await page.getByLabel('Tìm theo tên').fill('Bắc Hà');
    const matching = dashboard.grid.filter((row) => row.unit.name.toLocaleLowerCase('vi').includes('bắc hà'));
    await page.getByText(`${matching.length} / ${dashboard.grid.length} đơn vị`).waitFor();
    const row = grid.locator('tr', { has: page.getByRole('link', { name: 'Bắc Hà', exact: true }) });
    await row.getByText(`${bacHaRow?.met}/19`).waitFor();
    await row.getByRole('img', { name: `Bắc Hà, tiêu chí 11: ${stateLabel(bacHaRow?.states[10])}` }).waitFor();
    await row.getByRole('link', { name: 'Bắc Hà', exact: true }).click();

    await page.getByRole('heading', { name: 'Tiêu chí nông thôn mới: Bắc Hà' }).waitFor();
    const commune = await unitPage(t, token);
    expect(commune.score.total).toBe(19);
    await page.getByText(`${commune.score.met}/19`, { exact: true }).waitFor();
    const poverty = indicatorOf(commune, '11.1');
    expect(poverty.source.kind).toBe('campaign');
    if (poverty.source.kind !== 'campaign') return;
    expect(poverty.source.campaignKind).toBe('household_review');
    expect([poverty.source.campaignName, poverty.source.year]).toEqual(['Rà soát hộ nghèo, hộ cận nghèo năm 2025', 2025]);
    expect(typeof poverty.value).toBe('number');
    const povertyRow = (await openCriterion(page, 11)).locator('tr[data-indicator="11.1"]');
    await povertyRow.getByText(`${vi(poverty.value as number)} %`, { exact: true }).waitFor();
    await povertyRow.getByText(`${poverty.source.campaignName} (${poverty.source.year})`).waitFor();

    await povertyRow.getByRole('link', { name: `Truy vết số liệu: ${poverty.source.campaignName}` }).click();
    await page.getByRole('heading', { name: 'Truy vết chỉ tiêu 11.1' }).waitFor();
    const trace = await getJson<IndicatorTrace>(t, token, '/api/criteria/trace', { unit: BAC_HA, set: SET, year: YEAR, indicator: '11.1' });
    expect(trace.value).toBe(poverty.value);
    expect(trace.villages.length).toBeGreaterThan(0);
    expect(trace.villages.every((village) => village.unit.code.startsWith(`${BAC_HA}-`))).toBe(true);
    await page.getByRole('link', { name: poverty.source.campaignName }).waitFor();
    await page.getByText('Tiêu chí 11. Nghèo đa chiều').waitFor();
    const villages = page.getByRole('region', { name: 'Số liệu theo thôn' });
    for (const village of trace.villages) {
      await villages.getByRole('link', { name: village.unit.name, exact: true }).waitFor();
    }
    // The API's link is a page of the app: the village's record in the commune's review, with its households.
    const first = trace.villages[0];
    expect(first.responsesUrl).toBe(`/poverty-review/${poverty.source.campaignId}/${BAC_HA}?village=${first.unit.code}`);
    await villages.getByRole('link', { name: `Danh sách phiếu: ${first.unit.name}` }).click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === first.responsesUrl);
    await page.getByRole('heading', { name: first.unit.name, level: 2 }).waitFor();
  });

  it('says why an indicator has no data on the commune page, and counts villages (thôn) on a village set', async () => {
    const { page, served } = session;
    const token = await login(t, 'steering');
    // Xã 02842 has no value yet for the advanced set's planning indicator (the demo seeds none).
    const advanced = await getJson<UnitCriteriaPage>(t, token, '/api/criteria/units/02842', { set: 'QD318_ADVANCED', year: YEAR });
    const planning = indicatorOf(advanced, '1.1');
    expect([planning.state, planning.noData]).toEqual(['no_data', 'no_value']);
    await logIn(page, served.baseUrl, 'steering');
    await page.getByRole('link', { name: 'Tiêu chí NTM' }).waitFor(); // signed in
    await page.goto(`${served.baseUrl}/criteria/units/02842?set=QD318_ADVANCED&year=${YEAR}`);
    const row = (await openCriterion(page, 1)).locator('tr[data-indicator="1.1"]');
    await row.getByText('Chưa có giá trị', { exact: true }).waitFor();

    const villages = await getJson<CriteriaDashboard>(t, token, '/api/criteria/dashboard', { unit: PROVINCE, set: 'P15_VILLAGE_NTM', year: YEAR });
    await page.goto(`${served.baseUrl}/criteria?set=P15_VILLAGE_NTM&year=${YEAR}`);
    const card = (label: string) => page.getByRole('listitem').filter({ hasText: label });
    await card('Thôn đã đánh giá').getByText(`${villages.headline.evaluated} / ${villages.headline.communes}`).waitFor();
    await card('Bình quân số tiêu chí đạt/thôn').waitFor();
    await page.getByRole('heading', { name: 'Kết quả theo thôn và tiêu chí' }).waitFor();
    expect(await page.getByText('Xã đã đánh giá').count()).toBe(0);
  });

  it('lets a steering officer of the xã enter a manual value with its evidence, and the criterion changes state', async () => {
    const { page, served } = session;
    const officer = await buildAccount(t, { role: 'steering', unitCode: BAC_HA });
    const token = await login(t, officer.username);
    const before = await unitPage(t, token);
    const change = pickChange(before.criteria);

    await logIn(page, served.baseUrl, officer.username);
    await openCriteria(page, 'Tiêu chí nông thôn mới: Bắc Hà'); // a commune account goes straight to its commune's page
    const section = await openCriterion(page, change.criterion.number);
    await section.getByRole('button', { name: `Nhập giá trị: ${change.view.indicator.id}` }).click();

    const dialog = page.getByRole('dialog');
    if (typeof change.value === 'boolean') await dialog.getByLabel('Kết quả').selectOption(String(change.value));
    else await dialog.getByLabel(/^Giá trị/).fill(String(change.value));
    await dialog.getByLabel('Liên kết minh chứng').fill('https://laocai.gov.vn/bien-ban-tham-dinh');
    await dialog.getByLabel('Tệp minh chứng').setInputFiles({ name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 biên bản') });
    await dialog.getByLabel('Ghi chú').fill('Biên bản thẩm định của huyện');
    await dialog.getByRole('button', { name: 'Lưu giá trị' }).click();

    await page.getByRole('status').getByText(`Đã lưu giá trị của chỉ tiêu ${change.view.indicator.id}.`).waitFor();
    await section.locator('summary').getByRole('img', { name: stateLabel(change.expected) }).waitFor();
    const row = section.locator(`tr[data-indicator="${change.view.indicator.id}"]`);
    await row.getByText(/^Nhập tay: /).waitFor();
    await row.getByText(/Biên bản thẩm định của huyện/).waitFor();
    await row.getByRole('button', { name: 'Minh chứng: bien-ban.pdf' }).waitFor();

    const after = await unitPage(t, token);
    expect(after.criteria.find((c) => c.number === change.criterion.number)?.state).toBe(change.expected);
    expect(after.score.met).toBe(before.score.met + (change.expected === 'met' ? 1 : -1));
    await page.getByText(`${after.score.met}/19`, { exact: true }).waitFor();
  });
});

describe('a province admin confirms a threshold and adds a target, in Chromium', () => {
  const session = useBrowserSession();

  it('sets the province column of a threshold still to confirm, inline, and adds a target read back with its actual', async () => {
    const { page, served } = session;
    const t = testApp(served);
    const token = await login(t, 'admin');
    const before = await getJson<CriteriaSetDetail>(t, token, `/api/criteria/sets/${SET}`, { province: PROVINCE });
    const indicator = before.set.criteria
      .flatMap((criterion) => criterion.indicators)
      .find((candidate) => candidate.comparison !== 'yes_no' && candidate.status === 'to_confirm' && before.thresholds[candidate.id]?.some((row) => row.column === 'TDMNPB' && row.provincial.length === 0));
    if (!indicator) throw new Error('no threshold left to confirm in the demo');

    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Tiêu chí NTM' }).click();
    await page.getByRole('link', { name: 'Ngưỡng tiêu chí' }).click();
    await page.getByLabel('Bộ tiêu chí', { exact: true }).selectOption(SET);
    await page.getByLabel('Cột ngưỡng (vùng, nhóm xã)').selectOption('TDMNPB');
    await page.getByLabel('Chỉ hiện chỉ tiêu cần xác nhận ngưỡng').check();
    await page.getByRole('button', { name: `Sửa ngưỡng: ${indicator.id} TDMNPB` }).click();
    const form = page.getByRole('form', { name: `Ngưỡng của tỉnh: ${indicator.id} (Trung du và miền núi phía Bắc)` });
    await form.getByLabel(/^Giá trị/).fill('12.5');
    await form.getByLabel('Áp dụng từ năm').fill('2023');
    await form.getByLabel('Căn cứ, ghi chú').fill('Nghị quyết HĐND tỉnh Lào Cai');
    await form.getByRole('button', { name: 'Lưu ngưỡng' }).click();
    await page.getByText(`Đã lưu ngưỡng của tỉnh cho chỉ tiêu ${indicator.id}.`).waitFor();

    const after = await getJson<CriteriaSetDetail>(t, token, `/api/criteria/sets/${SET}`, { province: PROVINCE });
    const row = after.thresholds[indicator.id]?.find((candidate) => candidate.column === 'TDMNPB');
    expect(row?.provincial.map(({ fromYear, value, note }) => ({ fromYear, value, note }))).toEqual([{ fromYear: 2023, value: 12.5, note: 'Nghị quyết HĐND tỉnh Lào Cai' }]);
    const symbol = indicator.comparison === 'gte' ? '≥' : indicator.comparison === 'lte' ? '≤' : '=';
    const tableRow = page.locator('tr', { has: page.getByRole('button', { name: `Sửa ngưỡng: ${indicator.id} TDMNPB` }) });
    await tableRow.getByText(`${symbol} 12,5 ${indicator.unit} (từ năm 2023)`.replace('  ', ' ')).waitFor();
    await tableRow.getByText(/Nghị quyết HĐND tỉnh Lào Cai/).waitFor();

    await page.goto(`${served.baseUrl}/criteria/targets?year=${YEAR}&set=${SET}`);
    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nội dung mục tiêu').fill('50 xã đạt chuẩn nông thôn mới (thử)');
    await dialog.getByLabel('Mục tiêu', { exact: true }).fill('50');
    await dialog.getByRole('button', { name: 'Lưu mục tiêu' }).click();
    await page.getByText('Đã lưu mục tiêu.').waitFor();
    const targets = await getJson<TargetDto[]>(t, token, '/api/criteria/targets', { unit: PROVINCE, set: SET });
    const added = targets.find((target) => target.label === '50 xã đạt chuẩn nông thôn mới (thử)');
    expect([added?.metric, added?.parameter, added?.target, added?.fromYear, added?.toYear]).toEqual(['communes_at_level', 'ntm', 50, 2021, 2025]);
    const actual = added?.actual.find((point) => point.year === YEAR)?.value;
    const targetRow = page.getByRole('row', { name: /50 xã đạt chuẩn nông thôn mới \(thử\)/ });
    await targetRow.getByText(`${actual === null || actual === undefined ? '—' : vi(actual)} (${YEAR})`).waitFor();
  });
});

function stateLabel(state: string | undefined): string {
  return state === 'met' ? 'Đạt' : state === 'not_met' ? 'Chưa đạt' : 'Chưa có số liệu';
}

function indicatorOf(page: UnitCriteriaPage, id: string): IndicatorView {
  const view = page.criteria.flatMap((criterion) => criterion.indicators).find((candidate) => candidate.indicator.id === id);
  if (!view) throw new Error(`indicator ${id} missing`);
  return view;
}

type Change = { criterion: CriterionView; view: IndicatorView; value: number | boolean; expected: 'met' | 'not_met' };

/** A manual value that flips a criterion: one that fails a met criterion, or else the one missing
 * yes/no indicator of a criterion whose other indicators are all met. */
function pickChange(criteria: CriterionView[]): Change {
  for (const criterion of criteria.filter((c) => c.state === 'met')) {
    const view = criterion.indicators.find((candidate) => candidate.indicator.source.kind === 'manual');
    const value = view ? failingValue(view) : null;
    if (view && value !== null) return { criterion, view, value, expected: 'not_met' };
  }
  for (const criterion of criteria) {
    const open = criterion.indicators.filter((candidate) => candidate.state !== 'met');
    const view = open[0];
    if (open.length === 1 && view.indicator.source.kind === 'manual' && view.indicator.comparison === 'yes_no') {
      return { criterion, view, value: true, expected: 'met' };
    }
  }
  throw new Error('the demo has no criterion a manual value can flip');
}

function failingValue(view: IndicatorView): number | boolean | null {
  if (view.indicator.comparison === 'yes_no') return false;
  if (typeof view.threshold?.value !== 'number') return null;
  return view.indicator.comparison === 'lte' ? view.threshold.value + 1 : view.threshold.value - 1;
}
