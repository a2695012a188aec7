import fs from 'node:fs';
import { assert, expectText, login, type TestCase } from './harness.js';

export const tests: TestCase[] = [
  {
    name: 'the audit administrator searches the trail, exports CSV and verifies the chain',
    async run({ page, shot }) {
      await login(page, 'auditadmin');
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: '审计日志' })
        .click();
      await page.getByRole('heading', { name: '审计日志' }).waitFor();
      const rows = page.locator('.ant-table-row');
      await rows.first().waitFor();
      assert.ok((await rows.count()) > 0, 'events listed');
      await expectText(page.locator('.ant-table'), '登录');

      // Filter by action: only logins.
      await page.getByLabel('操作', { exact: true }).click();
      await page.locator('.ant-select-item-option', { hasText: /^登录$/ }).click();
      const filtered = page.waitForResponse(
        (r) => r.url().includes('/api/audit/events?') && r.url().includes('action=auth.logged-in'),
      );
      await page.getByRole('button', { name: '查询' }).click();
      await filtered;
      await expectText(page.locator('.ant-table-row').first(), 'auth.logged-in');

      // Expand a row: the payload as JSON.
      await page.locator('.ant-table-row-expand-icon').first().click();
      await expectText(page.locator('.zf-json').first(), '"username"');
      await shot('audit-log');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByText('导出 CSV').click(),
      ]);
      assert.match(download.suggestedFilename(), /\.csv$/);
      const file = await download.path();
      const csv = fs.readFileSync(file, 'utf8');
      assert.ok(csv.includes('编号,时间,操作人'), 'CSV header');
      assert.ok(csv.includes('登录'), 'CSV rows');

      await page.getByRole('button', { name: '校验审计链' }).click();
      const result = page.getByTestId('verify-result');
      await expectText(result, /审计链完整：\d+ 条记录，链头哈希/);
      await shot('audit-verified');
    },
  },
];
