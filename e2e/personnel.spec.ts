import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { idNumberCheckChar } from '../common/contracts/personnel.js';
import { rosterFile } from '../server/modules/personnel/excel/roster-fixture.js';
import { assert, expectCount, expectText, login, type TestCase } from './harness.js';

const UNIT = '赤峰市应急管理综合行政执法支队';

function idNumber(seq: number): string {
  const first17 = `1504041990${String(1 + (seq % 12)).padStart(2, '0')}15${String(100 + seq).slice(-3)}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

async function pageAs(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await login(page, username);
  return page;
}

async function writeRoster(rows: Parameters<typeof rosterFile>[0], name: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-roster-')), name);
  fs.writeFileSync(file, await rosterFile(rows));
  return file;
}

async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: label }).click();
  await page.getByRole('heading', { level: 4, name: label }).waitFor();
}

export const tests: TestCase[] = [
  {
    name: 'imports a roster (a bad row imports nothing), suspends a certificate, and the two-officer check refuses that officer with the reason',
    async run({ page, browser, baseURL, shot }) {
      const tag = Date.now().toString(36).toUpperCase();
      const [first, second] = [`甲${tag}`, `乙${tag}`];
      const row = (name: string, n: number, over: Record<string, string> = {}) => ({
        name,
        idNumber: idNumber(n + Number.parseInt(tag.slice(-3), 36)),
        unit: UNIT,
        position: '执法队员',
        staffing: '参公',
        education: '大学本科',
        number: `E2E${tag}${n}`,
        issuingAuthority: '内蒙古自治区人民政府',
        region: '赤峰市',
        categories: '危险化学品、工贸行业',
        issuedOn: '2024-05-20',
        ...over,
      });

      // 1. The roster keeper imports: first a file with a bad row (nothing imported), then the corrected file.
      await login(page, 'lina');
      await openMenu(page, '执法人员管理');
      await page.getByRole('button', { name: '导入名册' }).click();
      await page.getByRole('heading', { name: '导入执法人员名册' }).waitFor();
      const bad = await writeRoster(
        [row(first, 1), row(second, 2, { staffing: '劳务派遣' })],
        '名册-有误.xlsx',
      );
      await page.locator('input[type=file]').setInputFiles(bad);
      const errors = page.getByTestId('import-errors');
      await expectText(errors, '发现 1 处错误，未导入任何数据');
      await expectText(page.locator('.ant-table-row').first(), '劳务派遣不得持有行政执法证件');
      await shot('import-errors');

      const good = await writeRoster([row(first, 1), row(second, 2)], '名册.xlsx');
      await page.locator('input[type=file]').setInputFiles(good);
      await page.getByText('校验通过：2 行，2 名执法人员、2 个证件').waitFor();
      await page.getByRole('button', { name: '确认导入' }).click();
      await page.getByText('导入完成').waitFor();
      await shot('import-done');
      await page.getByRole('button', { name: '查看名册' }).click();
      await page.getByLabel('搜索执法人员').fill(tag);
      await page.getByLabel('搜索执法人员').press('Enter');
      await expectText(page.locator('.ant-table-row', { hasText: first }), '有效');
      await expectCount(page.locator('.ant-table-row'), 2, 'both imported officers listed');
      await shot('roster');

      // 2. The principal suspends the second officer's certificate.
      const principal = await pageAs(browser, baseURL, 'sunjianguo');
      await openMenu(principal, '执法人员管理');
      await principal.getByLabel('搜索执法人员').fill(second);
      await principal.getByLabel('搜索执法人员').press('Enter');
      await principal.getByRole('link', { name: second }).click();
      await principal.getByRole('tab', { name: /证件/ }).click();
      const card = principal.getByTestId(`certificate-E2E${tag}2`);
      await card.getByRole('button', { name: '暂扣' }).click();
      const dialog = principal.getByRole('dialog');
      await dialog.getByLabel('理由').fill('涉嫌执法过错，暂扣证件待查');
      await dialog.getByRole('button', { name: '确认暂扣' }).click();
      await expectText(card.getByTestId('certificate-status'), '暂扣');
      await principal.getByRole('tab', { name: '历史' }).click();
      await expectText(principal.getByTestId('history-entry').first(), '涉嫌执法过错，暂扣证件待查');
      await shot('suspended', principal);
      await principal.context().close();

      // 3. An officer checks the two of them for an inspection today: refused, with the certificate and the reason.
      const officer = await pageAs(browser, baseURL, 'zhangwei');
      await openMenu(officer, '执法资格核验');
      const select = officer.getByLabel('选择执法人员');
      for (const name of [first, second]) {
        await select.click();
        await officer.keyboard.type(name);
        await officer.locator('.ant-select-item-option', { hasText: name }).click();
      }
      await officer.keyboard.press('Escape');
      await officer.getByRole('button', { name: '核验' }).click();
      const summary = officer.getByTestId('check-summary');
      await expectText(summary, '不能执法：具备行政执法资格的执法人员只有 1 名，不足 2 名');
      await expectText(summary, '第四十二条');
      const refused = officer.getByTestId(`member-${second}`);
      await expectText(refused, `E2E${tag}2`);
      await expectText(refused.getByTestId('refusal-reason'), '起被暂扣，暂扣期间不得从事执法活动');
      await expectText(refused.getByTestId('legal-basis'), '安全生产法》第六十七条');
      await expectText(officer.getByTestId(`member-${first}`), '具备执法资格');
      await shot('two-officer-check', officer);
      await officer.context().close();
    },
  },
  {
    name: 'the public verification page answers for valid, suspended and unknown numbers without login',
    async run({ page, shot }) {
      await page.goto('/portal/officers');
      await page.getByRole('heading', { name: '行政执法人员公示' }).waitFor();
      await expectText(page.locator('.ant-table-row', { hasText: '1504002024000101' }), '张伟');
      assert.ok(!(await page.content()).match(/1504\d{14}[\dX]/), 'no ID numbers on the public list');
      await shot('public-officers');

      await page.goto('/portal/verify/1504002024000101');
      await expectText(page.getByTestId('verify-status'), '有效');
      await expectText(page.getByTestId('verify-result'), '张伟');
      await page.locator('img[alt="本页二维码"]').waitFor();
      await shot('verify-valid');

      await page.getByLabel('证件编号').fill('1504002021000103');
      await page.getByRole('button', { name: '核验' }).click();
      await page.waitForURL(/\/portal\/verify\/1504002021000103$/);
      await expectText(page.getByTestId('verify-status'), '已暂扣');
      await expectText(page.getByTestId('verify-result'), '有权拒绝接受其调查或者检查');
      await shot('verify-suspended');

      await page.goto('/portal/verify/NOSUCH-0001');
      await expectText(page.getByTestId('verify-status'), '查无此证');
      await shot('verify-unknown');
      // Nothing of the logged-in application was needed: no session was created.
      const cookies = await page.context().cookies();
      assert.ok(!cookies.some((c) => c.name === 'zhifa_session'), 'no session cookie');
    },
  },
];
