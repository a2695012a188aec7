import { assert, expectText, login, logout, type TestCase } from './harness.js';

export const tests: TestCase[] = [
  {
    name: 'the login page names the bureau and refuses an empty form in Chinese',
    async run({ page, shot }) {
      await page.goto('/');
      await page.waitForURL('**/login');
      await page.getByText('赤峰市应急管理局', { exact: true }).waitFor();
      assert.equal(await page.title(), '登录 - 赤峰市应急管理局 行政执法平台');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('请输入用户名').waitFor();
      await page.getByText('请输入密码', { exact: true }).waitFor();
      await shot('login');
    },
  },
  {
    name: 'a user logs out and the login page says so; the next user starts at the home page; pages need a login again',
    async run({ page }) {
      await login(page, 'zhangwei');
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: '组织机构' })
        .click();
      await page.waitForURL('**/org');
      await logout(page);
      await expectText(page.getByTestId('auth-notice'), '您已安全退出');
      // Someone else logging in next starts at the home page, not at the previous user's page.
      await login(page, 'auditadmin');
      await page.waitForURL('**/workbench');
      await logout(page);
      await page.goto('/audit');
      await page.waitForURL('**/login');
    },
  },
  {
    name: 'when the session ends under the user, the next request leads to the login page with the reason, and back',
    async run({ page, context }) {
      await login(page, 'wuli');
      await page.getByText('暂无待办事项').waitFor();
      // The session is gone on the server side (as after a timeout or a password reset by the administrator).
      await context.clearCookies();
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: '组织机构' })
        .click();
      await page.waitForURL('**/login');
      await expectText(page.getByTestId('auth-notice'), '请先登录');
      await login(page, 'wuli');
      await page.waitForURL('**/org');
    },
  },
  {
    name: 'an unknown address shows 页面不存在 inside the frame',
    async run({ page, shot }) {
      await login(page, 'lina');
      await page.goto('/no-such-page');
      await page.getByText('页面不存在', { exact: true }).waitFor();
      await page.getByTestId('user-menu').waitFor();
      await shot('not-found');
    },
  },
  {
    name: 'the workbench shows an empty state explaining what will appear',
    async run({ page }) {
      // 财务人员 has no case to-dos in the demo (the section head has the demo case's 案件审核).
      await login(page, 'wuli');
      await page.getByText('暂无待办事项').waitFor();
      await page.getByText('待办事项、期限提醒').waitFor();
    },
  },
  {
    name: 'the organisation page shows the entity, its units and positions; the system administrator adds a unit',
    async run({ page, shot }) {
      await login(page, 'zhangwei');
      await page.goto('/org');
      await page.getByText('统一社会信用代码').waitFor();
      await page.getByText('职权依据').waitFor();
      await expectText(
        page.locator('.ant-table-row', { hasText: '赤峰市应急管理综合行政执法支队' }),
        '所属事业单位',
      );
      assert.equal(
        await page.getByRole('button', { name: '新增职务' }).count(),
        0,
        'read-only for a business role',
      );
      await shot('org-officer');

      await logout(page);
      await login(page, 'sysadmin');
      await page.goto('/org');
      await page.getByRole('button', { name: /^(plus )?新增$/ }).click();
      const dialog = page.getByRole('dialog');
      const code = `E2E${Date.now().toString(36).toUpperCase().slice(-6)}`;
      await dialog.getByLabel('名称').fill('测试科');
      await dialog.getByLabel('编码').fill('bad code');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expectText(dialog, '编码为 2-16 位大写字母或数字');
      await dialog.getByLabel('编码').fill(code);
      await dialog.getByRole('button', { name: '保存' }).click();
      await expectText(page.locator('.ant-table-row', { hasText: code }), '测试科');
      await page
        .getByRole('button', { name: /^(edit )?修改$/ })
        .first()
        .click();
      await page.getByRole('dialog').getByLabel('统一社会信用代码').waitFor();
      await shot('org-entity-edit');
    },
  },
  {
    name: 'the security administrator sees the policy with explanations, an empty value is refused, and a save records who changed it',
    async run({ page, shot }) {
      await login(page, 'secadmin');
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: '安全策略' })
        .click();
      const idle = page.getByLabel('会话空闲超时');
      await idle.waitFor();
      const before = await idle.inputValue();
      await page.getByText('不得超过 30 分钟').waitFor();
      await idle.fill('');
      await page.getByRole('button', { name: /保存/ }).click();
      await page.getByText('请输入会话空闲超时').waitFor();
      await idle.fill(before);
      await page.getByRole('button', { name: /保存/ }).click();
      await page.getByText('安全策略已保存').waitFor();
      await expectText(page.getByTestId('policy-updated'), '杨安全');
      await shot('security-policy');
    },
  },
  {
    name: 'a minute before the idle timeout a warning offers to continue the session',
    async run({ page, shot }) {
      // The page's clock is simulated; the server's idle clock (30 minutes by default) is untouched.
      await page.clock.install();
      await login(page, 'zhoujing');
      // The workbench has opened (its to-dos depend on what earlier specs left for 纪检, e.g. interference).
      await page.getByRole('heading', { level: 4, name: '工作台' }).waitFor();
      await page.clock.fastForward('28:45');
      // fastForward leaves the page's timers paused; let them run again so the countdown ticks.
      await page.clock.resume();
      const warning = page.getByRole('dialog').filter({ hasText: '会话即将超时' });
      await warning.waitFor();
      await expectText(warning, '秒后自动退出登录');
      await shot('idle-warning');
      await page.getByRole('button', { name: '继续使用' }).click();
      await warning.waitFor({ state: 'hidden' });
      await page.getByTestId('user-menu').waitFor();
    },
  },
];
