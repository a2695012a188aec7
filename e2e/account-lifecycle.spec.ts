import { assert, expectText, login, uniqueUsername, type TestCase } from './harness.js';

export const tests: TestCase[] = [
  {
    name: 'the system administrator creates an account, is refused the audit log, and the new user must change the initial password',
    async run({ page, browser, baseURL, shot }) {
      await login(page, 'sysadmin');
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: '账号管理' })
        .click();
      await page.getByRole('heading', { name: '账号管理' }).waitFor();
      await page.locator('.ant-table-row').first().waitFor();
      await shot('accounts-sysadmin');

      const username = uniqueUsername('xinren');
      await page.getByRole('button', { name: '新建账号' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('用户名').fill(username);
      await drawer.getByLabel('姓名').fill('测试新人');
      await drawer.getByLabel('所在科室或单位').click();
      await page.locator('.ant-select-item-option', { hasText: '政策法规科' }).click();
      await drawer.getByLabel('手机号').fill('1390476');
      await drawer.getByRole('button', { name: '创建' }).click();
      await expectText(drawer, '手机号须为 11 位数字');
      await drawer.getByLabel('手机号').fill('13904769999');
      await drawer.getByRole('button', { name: '创建' }).click();

      const secret = page.getByTestId('one-time-secret');
      await secret.waitFor();
      const initialPassword = await secret.inputValue();
      assert.ok(initialPassword.length >= 8, `initial password shown: ${initialPassword}`);
      await expectText(page.locator('.ant-modal'), '此密码仅显示这一次');
      await shot('initial-password');
      await page.getByRole('button', { name: '我已记下，关闭' }).click();

      const row = page.locator('.ant-table-row', { hasText: username });
      await expectText(row, '首次登录须改密');
      await expectText(row, '政策法规科');

      // The audit trail is the audit administrator's alone: the page is refused and nothing is requested.
      const auditCalls: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/audit')) auditCalls.push(r.url());
      });
      await page.goto('/audit');
      await page.getByText('无权访问', { exact: true }).waitFor();
      assert.equal(await page.locator('.ant-table').count(), 0, 'no audit table');
      assert.deepEqual(auditCalls, [], 'no audit API request');
      await shot('audit-forbidden-for-sysadmin');

      // The new holder logs in with the initial password and can do nothing but change it.
      const other = await browser.newContext({
        baseURL,
        locale: 'zh-CN',
        viewport: { width: 1440, height: 900 },
      });
      try {
        const p2 = await other.newPage();
        await login(p2, username, initialPassword);
        await p2.waitForURL('**/password');
        await p2.getByTestId('forced-password-change').waitFor();
        assert.equal(await p2.getByRole('navigation', { name: '主菜单' }).count(), 0, 'no menu while forced');
        await p2.goto('/org');
        await p2.waitForURL('**/password');
        await p2.getByLabel('初始密码或临时密码').fill(initialPassword);
        await p2.getByLabel('新密码', { exact: true }).fill('short');
        await expectText(p2.getByLabel('密码要求'), '当前 5 位');
        await shot('forced-password-change', p2);
        await p2.getByLabel('新密码', { exact: true }).fill('Xinren#2026ok');
        await p2.getByLabel('确认新密码').fill('Xinren#2026ok');
        await p2.getByRole('button', { name: '确认修改' }).click();
        await p2.waitForURL((u) => u.pathname !== '/password');
        // No roles yet: only 组织机构, and a hint to ask for roles.
        await p2.getByText('您的账号尚未被授予角色').waitFor();
        await p2.getByRole('heading', { level: 4, name: '组织机构' }).waitFor();
        assert.equal((await p2.getByTestId('user-name').innerText()).trim(), '测试新人');
      } finally {
        await other.close();
      }
    },
  },
];
