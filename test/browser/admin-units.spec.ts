import { logIn, useBrowserSession } from '../support/browser';

describe('admin browses the unit tree in Chromium', () => {
  const session = useBrowserSession();

  it("logs in as admin, opens the tree and sees Lào Cai's communes", async () => {
    const { page } = session;
    await logIn(page, session.served.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).click();
    const tree = page.getByRole('tree');
    await tree.getByRole('treeitem', { name: /Bắc Hà/ }).first().waitFor();
    for (const commune of ['Bát Xát', 'Mường Khương', 'Si Ma Cai', 'Trạm Tấu']) {
      await expect(tree.getByRole('treeitem', { name: new RegExp(commune) }).first().isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText('Quản trị tỉnh Lào Cai').first().isVisible()).resolves.toBe(true);
  });

  it('shows the server’s message for a wrong password', async () => {
    const { page } = session;
    await logIn(page, session.served.baseUrl, 'admin', 'wrong-password-1');
    await page.getByText('Wrong username or password').or(page.getByText(/Sai tên đăng nhập hoặc mật khẩu/)).first().waitFor();
    expect(page.url()).toContain('/login');
  });
});
