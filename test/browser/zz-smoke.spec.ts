import request from 'supertest';
import { bearer } from '../../backend/test/support/test-app';
import { logIn, useBrowserSession } from '../support/browser';

describe('smoke', () => {
  const session = useBrowserSession();
  it('renders', async () => {
    const { page, served } = session;
    const api = () => request(served.app.getHttpServer());
    const token = (await api().post('/api/auth/login').send({ username: 'admin', password: 'demo1234' })).body.accessToken;
    const rec = await api().post('/api/criteria/recompute').set(bearer(token)).send({ unitCode: '15' });
    console.log('recompute', rec.status, JSON.stringify(rec.body).slice(0, 300));
    const sets = await api().get('/api/criteria/sets').set(bearer(token));
    console.log('sets', sets.status, JSON.stringify(sets.body).slice(0, 600));
    await page.setViewportSize({ width: 1280, height: 900 });
    page.on('console', (m) => console.log('console', m.type(), m.text()));
    await logIn(page, served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Tiêu chí NTM' }).click();
    await page.getByRole('heading', { name: 'Tiêu chí nông thôn mới: Lào Cai' }).waitFor();
    await page.getByLabel('Năm đánh giá').selectOption('2025');
    await page.getByLabel('Bộ tiêu chí', { exact: true }).selectOption('QD318_NTM');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/crit-ui-shots/dashboard.png', fullPage: true });
    await page.getByRole('link', { name: 'Bắc Hà', exact: true }).click();
    await page.getByRole('heading', { name: 'Tiêu chí nông thôn mới: Bắc Hà' }).waitFor();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: '/tmp/crit-ui-shots/unit.png', fullPage: true });
    await page.goto(`${served.baseUrl}/criteria/sets`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/crit-ui-shots/sets.png' });
    await page.goto(`${served.baseUrl}/criteria/targets?year=2025&set=QD318_NTM`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/crit-ui-shots/targets.png' });
  });
});
