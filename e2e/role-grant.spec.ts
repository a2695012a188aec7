import { assert, createAccount, expectCount, expectText, login, type TestCase } from './harness.js';

export const tests: TestCase[] = [
  {
    name: 'the security administrator grants a role and a 三员分立 violation is refused with its message',
    async run({ page, baseURL, shot }) {
      const { username } = await createAccount(baseURL, 'shouquan', '授权测试');
      await login(page, 'secadmin');
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: '账号管理' })
        .click();
      await page.getByRole('heading', { name: '账号管理' }).waitFor();
      assert.equal(
        await page.getByRole('button', { name: '新建账号' }).count(),
        0,
        'the security administrator creates no accounts',
      );
      await page.getByLabel('搜索姓名或用户名').fill(username);
      await page.getByLabel('搜索姓名或用户名').press('Enter');
      const row = page.locator('.ant-table-row', { hasText: username });
      await row.waitFor();
      await expectCount(page.locator('.ant-table-row'), 1, 'search finds exactly the account');
      assert.equal(
        await row.getByRole('button', { name: '重置密码' }).count(),
        0,
        'no reset for the security administrator',
      );

      await row.getByRole('button', { name: '授予角色' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByRole('checkbox', { name: '执法人员' }).check();
      await drawer.getByRole('button', { name: '保存' }).click();
      await page.getByText('角色已更新').waitFor();
      await expectText(row, '执法人员');

      await row.getByRole('button', { name: '授予角色' }).click();
      assert.ok(await drawer.getByRole('checkbox', { name: '执法人员' }).isChecked());
      await drawer.getByRole('checkbox', { name: '审计管理员' }).check();
      await drawer.getByRole('button', { name: '保存' }).click();
      const error = drawer.getByTestId('api-error');
      await expectText(error, '三员分立：审计管理员不得兼任执法人员');
      await expectText(error, 'GB/T 22239-2019');
      await shot('role-conflict');
      await drawer.getByRole('button', { name: '取消' }).click();
      // Nothing changed.
      await expectText(row, '执法人员');
      assert.ok(!(await row.innerText()).includes('审计管理员'));
    },
  },
];
