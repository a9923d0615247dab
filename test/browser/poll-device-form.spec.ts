import { useBrowserSession } from '../support/browser';

/** The Front officer's API, as the poll page uses it: sign in and issue one code for thôn 02839-01. */
async function issueCode(baseUrl: string): Promise<string> {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${baseUrl}/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json());
  const { accessToken } = await post('/auth/login', { username: 'front', password: 'demo1234' });
  const polls = await fetch(`${baseUrl}/api/campaigns?kind=satisfaction_poll`, { headers: { Authorization: `Bearer ${accessToken}` } }).then((r) => r.json());
  const issued = await post(`/polls/${polls.items[0].id}/tokens`, { villageCode: '02839-01', count: 1 }, accessToken);
  return issued.codes[0] as string;
}

describe('a household answers the poll on its phone with a one-time code, in Chromium', () => {
  const session = useBrowserSession();

  it('sends the form without logging in, and the code cannot be used again', async () => {
    const { page, served } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const code = await issueCode(served.baseUrl);
    await page.goto(`${served.baseUrl}/khao-sat/${code.slice(0, 4)}-${code.slice(4)}`);
    await page.getByText('Phiếu không ghi tên người trả lời.').waitFor();
    await page.getByRole('radiogroup', { name: '1. Quy hoạch' }).getByText('Hài lòng', { exact: true }).click();
    await page.getByRole('radiogroup', { name: '2. Hạ tầng kinh tế – xã hội' }).getByText('Không hài lòng', { exact: true }).click();
    await page.getByLabel('Ý kiến, đề xuất của gia đình').fill('Sửa cầu treo qua suối');
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.getByText('Cảm ơn gia đình đã gửi ý kiến!').waitFor();
    await page.reload();
    await page.getByText('Mã này đã được dùng để gửi ý kiến. Mỗi hộ chỉ trả lời một lần.').waitFor();
  });
});
