/**
 * The penalty case (行政处罚案件) in the browser, tried as its users would: 案源 → 立案 (two approval levels) →
 * investigation → report → 告知 → defence → 法制审核 → 集体讨论 → decision → 送达; the simple procedure (当场处罚);
 * the refusals with their legal basis; the case timeline and the audit chain.
 *
 * Every test makes its own 案源/case (subjects carry a unique tag), so the tests share the server and its
 * database without depending on each other. Where a test needs a case at a late stage only to try one step, the
 * earlier steps are taken through the API (`driveCase`), as the users would have taken them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { idNumberCheckChar } from '../common/contracts/personnel.js';
import { assert, expectText, login, RESULTS, type TestCase } from './harness.js';
import {
  apiUser,
  approveByApi,
  approveFromTodo,
  choose,
  closeDropdown,
  confirm,
  dialog,
  expectMessage,
  expectStatus,
  noticedCase,
  openCase,
  openMenu,
  option,
  refused,
  setDate,
  step,
  topShot,
  toTop,
  uniqueTag,
  usccFor,
  Users,
  VIOLATION_CODE,
  withApi,
} from './ui.js';

const WHK = '危险化学品安全监督管理科';
const CASE_NO = /^赤应急罚〔\d{4}〕\d+号$/;

// ---------------------------------------------------------------------------------------------- data

/** The day in Beijing time, `offset` days from today ('YYYY-MM-DD'), as the browser (Asia/Shanghai) sees it. */
function day(offset = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A valid 18-digit 居民身份证号码 (GB 11643 check character). */
function idNumberFor(n: number): string {
  const first17 = `15040219900101${String(100 + (n % 900)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

// ---------------------------------------------------------------------------------------------- API set-up

type Stage = 'defence' | 'legal_review' | 'delivered';

/**
 * A case of its own for a test, taken through the API as the demo users would (zhangwei and liuyang handle,
 * wangqiang and zhaomin approve, lina reviews), up to `until`: 'defence' (告知书 delivered, 60 000 元 to a
 * company: hearing, legal review and collective discussion required), 'legal_review' (waivers recorded, defence
 * closed, review submitted) or 'delivered'.
 */
async function driveCase(baseURL: string, tag: string, until: Stage) {
  const subject = `赤峰市E2E测试化工有限公司${tag}`;
  const title = `涉嫌未对重大危险源进行监测监控案（E2E ${tag}）`;
  const names = ['zhangwei', 'liuyang', 'wangqiang', 'zhaomin', 'lina'] as const;
  return withApi(baseURL, names, async (u) => {
    const zw = u.zhangwei;
    const id = await noticedCase(u, {
      tag,
      subject,
      title,
      today: day(),
      actDate: day(-10),
      now: () => new Date().toISOString(),
    });
    if (until !== 'defence') {
      await zw.ok('POST', `/api/cases/${id}/statements`, {
        kind: 'waiver',
        receivedOn: day(),
        channel: 'written',
        content: '本公司放弃陈述、申辩的权利。',
      });
      await zw.ok('POST', `/api/cases/${id}/hearing-response`, { response: 'waived', receivedOn: day() });
      await zw.ok('POST', `/api/cases/${id}/close-defence`);
      await zw.ok('POST', `/api/cases/${id}/legal-review`, {
        materialsNote: '立案审批表、调查报告、证据材料齐全。',
      });
    }
    if (until === 'delivered') {
      await u.lina.ok('POST', `/api/cases/${id}/legal-review/opinion`, {
        opinion: 'agree',
        checklist: ['body', 'procedure', 'facts', 'law', 'authority', 'documents', 'crime'].map((key) => ({
          key,
          ok: true,
        })),
        reasons: '事实清楚，证据充分，同意。',
      });
      await u.zhaomin.ok('POST', `/api/cases/${id}/collective`, {
        heldAt: new Date().toISOString(),
        place: '局三楼会议室',
        chairId: u.zhaomin.id,
        recorderName: '刘洋',
        participants: ['孙建国', '赵敏', '李娜'].map((name) => ({ name, title: '局领导', opinion: '同意' })),
        minutes: '与会人员一致同意拟处罚意见。',
        conclusion: 'agree',
      });
      await zw.ok('POST', `/api/cases/${id}/decision-request`, {
        opinion: '建议按拟处罚意见作出决定。',
        performance: '自收到本决定书之日起十五日内缴纳罚款。',
        reconsiderationBody: '赤峰市人民政府',
        court: '赤峰市红山区人民法院',
      });
      await approveByApi(u.zhaomin, id, 'decision');
      await zw.ok('POST', `/api/cases/${id}/deliveries`, {
        method: 'direct',
        recipient: subject,
        deliveredAt: new Date().toISOString(),
      });
    }
    const c = await zw.get<{ caseNo: string | null; status: string }>(`/api/cases/${id}`);
    const expected = { defence: 'defence', legal_review: 'legal_review', delivered: 'delivered' }[until];
    assert.equal(c.status, expected, `the set-up brought the case to ${until}`);
    return { id, title, subject, caseNo: c.caseNo! };
  });
}

// ---------------------------------------------------------------------------------------------- UI helpers

/** Picks options of an open multiple Select, then closes its dropdown. */
async function chooseMany(page: Page, field: Locator, texts: string[], container: Locator): Promise<void> {
  await field.click();
  for (const t of texts) {
    const o = option(page, t);
    await o.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option-selected')
      .filter({ hasText: t })
      .waitFor();
  }
  await closeDropdown(container);
}

/** Adds one penalty item (罚款 of `yuan`) in the penalty editor inside `scope`. */
async function addFine(page: Page, scope: Locator, yuan: string): Promise<void> {
  await scope.getByRole('button', { name: '添加处罚种类' }).click();
  const item = scope.getByTestId('penalty-item-0');
  await choose(page, item.getByLabel('处罚种类'), /^罚款$/);
  await item.getByLabel('金额（元）').fill(yuan);
}

/** A full-page screenshot under test-results/<name>, taken from the top of the page (see toTop). */
async function pageShot(page: Page, name: string): Promise<void> {
  await toTop(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(RESULTS, name), fullPage: true, animations: 'disabled' });
}

/** The labels of the case's 时间线 entries, oldest first (the tab must be open). */
async function timelineLabels(page: Page): Promise<string[]> {
  const labels = page.getByTestId('case-timeline').locator('strong');
  await labels.first().waitFor();
  return (await labels.allInnerTexts()).map((t) => t.trim());
}

/** Asserts that the timeline holds `steps` in this order (other entries may come between). */
function assertInOrder(labels: string[], steps: string[]): void {
  let from = 0;
  for (const s of steps) {
    const at = labels.indexOf(s, from);
    assert.ok(
      at >= 0,
      `the timeline lists 「${s}」 after 「${steps[steps.indexOf(s) - 1] ?? ''}」: ${labels.join(' / ')}`,
    );
    from = at + 1;
  }
}

/** The PDF of a document listed on the 文书 tab, fetched with the page's own session. */
async function documentPdf(page: Page, kind: string): Promise<Buffer> {
  const row = page.getByTestId(`document-row-${kind}`);
  const href = await row.getByRole('link', { name: '预览/打印' }).getAttribute('href');
  assert.ok(href, `the ${kind} row links its PDF`);
  const res = await page.request.get(href);
  assert.equal(res.status(), 200, `GET ${href}`);
  const pdf = await res.body();
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF', 'a PDF');
  return pdf;
}

// ---------------------------------------------------------------------------------------------- tests

export const tests: TestCase[] = [
  {
    name: 'an ordinary case from 案源 to the delivered decision, with legal review and collective discussion',
    async run(ctx) {
      const { page, shot } = ctx;
      const users = new Users(ctx, { spec: 'cases' });
      const tag = uniqueTag();
      const subject = `赤峰市E2E化工有限公司${tag}`;
      const title = `涉嫌未对重大危险源进行监测监控案（E2E ${tag}）`;
      try {
        // 1. zhangwei registers the 案源 for 危险化学品安全监督管理科.
        await login(page, 'zhangwei');
        await openMenu(page, '案源登记');
        await page.getByRole('button', { name: '登记案源' }).click();
        const drawer = page.getByRole('dialog').filter({ hasText: '登记案源' });
        await choose(page, drawer.getByLabel('案件来源'), '检查发现');
        await drawer.getByLabel('涉嫌违法的单位或个人').fill(subject);
        await drawer.getByLabel('地址', { exact: true }).fill('赤峰市红山区测试路1号');
        await drawer.getByLabel('案源情况').fill('日常检查发现该公司储罐区重大危险源未设置监测监控系统。');
        await choose(page, drawer.getByLabel('承办科室'), WHK, '危险化学品');
        await drawer.getByRole('button', { name: '登记', exact: true }).click();
        await expectMessage(page, '案源已登记');
        await drawer.waitFor({ state: 'hidden' });
        await page.getByLabel('搜索案源').fill(subject);
        await page.getByLabel('搜索案源').press('Enter');
        const sourceRow = page.locator('.ant-table-row', { hasText: subject });
        await expectText(sourceRow, WHK);
        await expectText(sourceRow.getByTestId('source-status'), '待处理');

        // 2. He proposes filing (立案审批表) with liuyang, category 危险化学品.
        await sourceRow.getByRole('button', { name: '立案', exact: true }).click();
        const filing = page.getByRole('dialog').filter({ hasText: '立案审批表' });
        await filing.getByLabel('案由').fill(title);
        await choose(page, filing.getByLabel('执法类别'), '危险化学品');
        await setDate(filing.getByLabel('违法行为发生日期'), day(-10));
        await filing.getByLabel('违法行为发生地点').fill('该公司储罐区');
        const officers = filing.getByLabel('执法人员', { exact: true });
        await chooseMany(page, officers, ['张伟', '刘洋'], filing);
        await expectText(filing, '主办：张伟；协办：刘洋');
        await filing.getByRole('button', { name: '提请立案' }).click();
        await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
        const caseId = new URL(page.url()).pathname.split('/').pop()!;
        await expectMessage(page, '立案审批表已提交');
        await expectStatus(page, '立案审批中');
        await expectText(page.getByTestId('case-no'), '（立案后编号）');

        // 3. The section head approves (level 1), the supervising leader approves (level 2): the number appears.
        const head = await users.as('wangqiang');
        await approveFromTodo(head, title, 'filing', '同意立案。');
        await expectStatus(head, '立案审批中');
        const leader = await users.as('zhaomin');
        await approveFromTodo(leader, title, 'filing', '同意立案调查。');
        await expectStatus(leader, '调查取证');
        await expectText(leader.getByTestId('case-no'), CASE_NO);
        const caseNo = (await leader.getByTestId('case-no').innerText()).trim();
        assert.match(caseNo, CASE_NO);

        // 4. zhangwei adds the party: a wrong check character is refused, the right one accepted.
        await page.reload();
        await expectStatus(page, '调查取证');
        await expectText(page.getByTestId('case-no'), caseNo);
        await page.getByRole('button', { name: '添加当事人' }).click();
        let dlg = dialog(page, 'party-modal');
        await dlg.getByRole('radio', { name: '法人', exact: true }).check();
        await dlg.getByLabel('名称', { exact: true }).fill(subject);
        const uscc = usccFor(tag);
        const wrong = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
        await dlg.getByLabel('证件号码').fill(wrong);
        await dlg.getByLabel('住所（地址）').fill('赤峰市红山区测试路1号');
        await dlg.getByLabel('法定代表人（负责人）').fill('王某');
        await refused(dlg, '添加当事人', '统一社会信用代码');
        await dlg.getByLabel('证件号码').fill(uscc);
        await confirm(dlg, '添加当事人');
        const partyRow = page.getByTestId(`party-row-${subject}`);
        await expectText(partyRow.getByTestId('party-id-masked'), /^9115\*+/);
        assert.ok(!(await page.content()).includes(uscc), 'the credit code is shown masked only');

        // 5. A violation from the catalogue, in the 较重 band (5–10 万元).
        await page.getByRole('button', { name: '添加违法行为' }).click();
        dlg = dialog(page, 'violation-modal');
        await choose(page, dlg.getByLabel('违法行为', { exact: true }), VIOLATION_CODE, VIOLATION_CODE);
        await expectText(dlg, '第一百零一条第二项');
        await dlg.getByTestId('band-serious').click();
        await dlg.getByLabel('本案情节').fill('重大危险源未设置监测监控系统。');
        await confirm(dlg, '添加违法行为');
        await expectText(page.getByTestId('violation-band'), '罚款');

        // 6. Both officers declare 回避 (liuyang in his own browser, finding the case in 案件管理).
        await expectText(page.getByTestId('my-recusal-pending'), '回避声明');
        await step(page, '回避声明');
        dlg = dialog(page, 'recusal-modal');
        await dlg.getByRole('radio', { name: '无应当回避的情形' }).check();
        await confirm(dlg, '提交回避声明');
        await expectText(page.getByTestId('officer-row-张伟'), '无回避情形');
        const colleague = await users.as('liuyang');
        await openMenu(colleague, '案件管理');
        await colleague.getByLabel('搜索案件').fill(tag);
        await colleague.getByLabel('搜索案件').press('Enter');
        await colleague.locator('.ant-table-row', { hasText: title }).click();
        await colleague.getByTestId('case-header').waitFor();
        await step(colleague, '回避声明');
        dlg = dialog(colleague, 'recusal-modal');
        await confirm(dlg, '提交回避声明');
        await expectText(colleague.getByTestId('officer-row-刘洋'), '无回避情形');

        // 7. Evidence with a small uploaded file.
        await page.reload();
        await page.getByRole('tab', { name: /^调查取证/ }).click();
        await page.getByRole('button', { name: '登记证据' }).click();
        dlg = dialog(page, 'evidence-modal');
        await choose(page, dlg.getByLabel('证据种类'), '书证');
        await dlg.getByLabel('证据名称').fill('现场检查照片');
        await dlg.getByLabel('证明对象及内容').fill('证明储罐区未设置监测监控系统');
        await chooseMany(page, dlg.getByLabel('收集人'), ['张伟', '刘洋'], dlg);
        await dlg.getByLabel('收集地点').fill('该公司储罐区');
        await confirm(dlg, '登记证据');
        const evidenceRow = page.getByTestId('evidence-row-1');
        await expectText(evidenceRow, '现场检查照片');
        await evidenceRow.locator('.ant-table-row-expand-icon').click();
        await page.getByTestId('evidence-detail-1').getByRole('button', { name: '上传文件' }).click();
        dlg = dialog(page, 'upload-modal');
        const png = Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
          'base64',
        );
        await dlg.locator('input[type=file]').setInputFiles({
          name: '储罐区照片.png',
          mimeType: 'image/png',
          buffer: png,
        });
        await confirm(dlg, '上传');
        await expectMessage(page, '文件已上传');
        await expectText(page.getByTestId('evidence-detail-1'), '储罐区照片.png');

        // 8. The 案件调查报告: a 60 000 元 fine to a company (≥ 5 万: hearing, legal review, collective).
        await step(page, '提交调查报告');
        dlg = dialog(page, 'report-modal');
        await dlg.getByTestId('outcome-penalty').click();
        await addFine(page, dlg, '60000');
        await expectText(dlg.getByTestId('penalty-preview'), '罚款');
        await dlg
          .getByLabel('处理理由及依据')
          .fill('违反《中华人民共和国安全生产法》第四十条第一款，依法应予处罚。');
        await confirm(dlg, '提交调查报告');
        await expectMessage(page, '调查报告已提交案件审核');
        await expectStatus(page, '案件审核');
        await page.getByTestId('requirement-hearing').waitFor();
        await page.getByTestId('requirement-legal').waitFor();
        await page.getByTestId('requirement-collective').waitFor();

        // 9. wangqiang approves the report (案件审核).
        await approveFromTodo(head, title, 'report', '同意调查报告的处理意见。');
        await expectStatus(head, '待告知');

        // 10. zhangwei issues the 告知书 and records its delivery.
        await page.reload();
        await step(page, '发出告知书');
        dlg = dialog(page, 'notice-modal');
        await expectText(dlg, '告知听证权利');
        await confirm(dlg, '发出告知书');
        await expectMessage(page, '告知书已生成');
        await step(page, '记录告知书送达');
        dlg = dialog(page, 'delivery-modal');
        await confirm(dlg, '记录告知书送达');
        await expectStatus(page, '陈述申辩期');

        // 11. The party waives statement and hearing in writing; the defence stage closes.
        await step(page, '记录陈述申辩');
        dlg = dialog(page, 'statement-modal');
        await dlg.getByRole('radio', { name: '书面放弃陈述申辩' }).check();
        await dlg.getByLabel('内容').fill('本公司对告知的违法事实无异议，书面放弃陈述、申辩的权利。');
        await confirm(dlg, '记录陈述申辩');
        await step(page, '记录听证申请情况');
        dlg = dialog(page, 'hearing-response-modal');
        await dlg.getByRole('radio', { name: '放弃听证' }).check();
        await dlg.getByLabel('说明').fill('当事人书面放弃听证。');
        await confirm(dlg, '记录听证申请情况');
        await step(page, '结束陈述申辩期');
        await confirm(dialog(page, 'close-defence-modal'), '结束陈述申辩期');
        await expectStatus(page, '决定审批');

        // 12. 提请决定 without the required legal review: refused with 第五十八条.
        await step(page, '提请决定');
        dlg = dialog(page, 'decision-request-modal');
        await dlg.getByLabel('承办人意见').fill('建议按拟处罚意见作出行政处罚决定。');
        await dlg.getByLabel('行政诉讼管辖法院').fill('赤峰市红山区人民法院');
        const error = await refused(dlg, '提请决定', '法制审核');
        await expectText(error.getByTestId('error-basis'), '第五十八条');
        await topShot(shot, 'decision-refused-without-review', page);
        await dlg.getByRole('button', { name: '取消' }).click();
        await dlg.waitFor({ state: 'hidden' });

        // 13. Legal review: submitted by zhangwei, 同意 by lina with the seven points checked.
        await step(page, '提交法制审核');
        dlg = dialog(page, 'legal-review-submit-modal');
        await dlg
          .getByLabel('送审材料及完整性说明')
          .fill('立案审批表、调查报告、证据材料、告知书及送达回证、放弃陈述申辩及听证的书面意见。');
        await confirm(dlg, '提交法制审核');
        await expectStatus(page, '法制审核');
        const reviewer = await users.as('lina');
        await openMenu(reviewer, '待办审批');
        await reviewer
          .locator('.ant-table-row', { hasText: title })
          .getByRole('link', { name: '去办理' })
          .click();
        await reviewer.getByTestId('case-header').waitFor();
        await step(reviewer, '出具审核意见');
        dlg = dialog(reviewer, 'legal-opinion-modal');
        for (let i = 0; i < 7; i++)
          await dlg.getByTestId(`legal-point-${i}`).getByText('无问题', { exact: true }).click();
        await dlg.getByRole('radio', { name: '同意', exact: true }).check();
        await dlg
          .getByLabel('审核意见及理由')
          .fill('主体合法，程序合法，事实清楚，证据充分，适用法律正确，同意。');
        await confirm(dlg, '出具审核意见');
        await expectMessage(reviewer, '审核意见已出具');
        await expectStatus(reviewer, '决定审批');

        // 14. zhaomin records the collective discussion (three participants).
        await openCase(leader, caseId);
        await step(leader, '记录集体讨论');
        dlg = dialog(leader, 'collective-modal');
        await dlg.getByLabel('地点', { exact: true }).fill('局三楼会议室');
        await dlg.getByLabel('记录人').fill('刘洋');
        const participants: [string, string][] = [
          ['孙建国', '局长'],
          ['赵敏', '副局长'],
          ['李娜', '政策法规科科长'],
        ];
        for (const [i, [name, post]] of participants.entries()) {
          const row = dlg.getByTestId(`participant-${i}`);
          await row.getByLabel('姓名').fill(name);
          await row.getByLabel('职务').fill(post);
          await row.getByLabel('发表意见').fill('同意拟处罚意见。');
        }
        await dlg.getByLabel('讨论记录').fill('与会人员一致同意给予罚款六万元的行政处罚。');
        await confirm(dlg, '记录集体讨论');
        await expectMessage(leader, '集体讨论已记录');

        // 15. zhangwei requests the decision; zhaomin approves it.
        await page.reload();
        await step(page, '提请决定');
        dlg = dialog(page, 'decision-request-modal');
        await dlg.getByLabel('承办人意见').fill('建议按拟处罚意见作出行政处罚决定。');
        await dlg.getByLabel('行政诉讼管辖法院').fill('赤峰市红山区人民法院');
        await confirm(dlg, '提请决定');
        await expectMessage(page, '已提请负责人审批');
        await approveFromTodo(leader, title, 'decision', '同意作出行政处罚决定。');
        await expectStatus(leader, '已决定待送达');

        // 16. zhangwei records the delivery (直接送达): 已送达.
        await page.reload();
        await step(page, '记录送达');
        dlg = dialog(page, 'delivery-modal');
        await choose(page, dlg.getByLabel('送达方式'), /^直接送达$/);
        await confirm(dlg, '记录送达');
        await expectMessage(page, '已记录送达');
        await expectStatus(page, '已送达');
        await expectText(page.getByTestId('case-header'), `决定书${caseNo}`);
        await pageShot(page, 'case-delivered.png');

        // 17. The 行政处罚决定书 PDF from the 文书 tab: rendered to PNG, its text names the number and 行政复议.
        await page.getByRole('tab', { name: /^文书/ }).click();
        await expectText(page.getByTestId('document-row-penalty_decision'), caseNo);
        const pdf = await documentPdf(page, 'penalty_decision');
        const pdfPath = path.join(RESULTS, 'cases--penalty-decision.pdf');
        fs.writeFileSync(pdfPath, pdf);
        const prefix = path.join(RESULTS, 'cases--penalty-decision');
        execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdfPath, prefix]);
        const pngs = fs
          .readdirSync(RESULTS)
          .filter((f) => f.startsWith('cases--penalty-decision-') && f.endsWith('.png'));
        assert.ok(pngs.length > 0, 'pdftoppm rendered the first page');
        assert.ok(fs.statSync(path.join(RESULTS, pngs[0]!)).size > 1000, 'a non-empty picture');
        const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
        const flat = text.replace(/\s+/g, '');
        assert.ok(flat.includes(caseNo), `the decision names ${caseNo}`);
        assert.ok(flat.includes('行政复议'), 'the decision states the right to 行政复议');
        await topShot(shot, 'documents', page);

        // 18. The timeline lists the steps.
        await page.getByRole('tab', { name: '时间线' }).click();
        const labels = await timelineLabels(page);
        assertInOrder(labels, [
          '提请立案',
          '立案',
          '制发行政处罚告知书',
          '送达行政处罚告知书',
          '作出处罚决定',
          '送达',
        ]);
        // After the delivery only the execution follows: the fine is owed from then (issue 7).
        assert.deepEqual(
          labels.slice(labels.lastIndexOf('送达') + 1),
          ['罚款决定生效（开始计算缴款期限）'],
          "the decision's delivery is followed only by the fine's obligation",
        );
      } catch (e) {
        await users.failed();
        throw e;
      } finally {
        await users.close();
      }
    },
  },

  {
    name: 'a simple-procedure case: 300 元 is refused (第五十一条), 200 元 is decided and delivered, then filed back',
    async run(ctx) {
      const { page, shot } = ctx;
      const tag = uniqueTag();
      const person = `李测${tag.slice(-4)}`;
      await login(page, 'zhangwei');
      await openMenu(page, '当场处罚');
      const form = page.locator('form#simpleCase');
      const serialField = page.getByLabel('当场处罚决定书编号');
      await serialField.click();
      const serial = (await option(page, /^CFDC\d{6}$/).innerText()).trim();
      await page.keyboard.press('Escape');
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
      await choose(page, serialField, serial, serial);
      await page.getByLabel('案由').fill(`未落实重大危险源应急措施告知案（E2E ${tag}）`);
      await choose(page, page.getByLabel('执法类别'), '危险化学品');
      await page.getByLabel('处罚地点').fill('赤峰市红山区某化工厂区');
      await choose(page, page.getByLabel('当事人类型'), /^自然人$/);
      await page.getByLabel('姓名', { exact: true }).fill(person);
      await expectText(form, '居民身份证号码');
      await page.getByLabel('证件号码').fill(idNumberFor(Date.now()));
      await page.getByLabel('住址').fill('赤峰市红山区某小区1号楼');
      await choose(page, page.getByLabel('违法行为', { exact: true }), VIOLATION_CODE, VIOLATION_CODE);
      await page.getByLabel('违法事实').fill('现场检查发现当事人在重大危险源区域作业，未落实应急措施告知。');
      await addFine(page, form, '300');
      await chooseMany(
        page,
        page.getByLabel('执法人员', { exact: true }),
        ['张伟', '刘洋'],
        page.locator('main'),
      );
      await expectText(form, '主办：张伟；协办：刘洋');

      // 300 元 to a natural person: beyond the simple procedure.
      await page.getByRole('button', { name: '作出当场处罚决定' }).click();
      const error = page.getByTestId('api-error');
      await expectText(error, '第五十一条');
      await topShot(shot, 'simple-refused', page);

      // 200 元: decided on the spot, delivered, on the chosen form number.
      await form.getByTestId('penalty-item-0').getByLabel('金额（元）').fill('200');
      await page.getByRole('button', { name: '作出当场处罚决定' }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
      await expectMessage(page, '当场处罚决定已登记');
      await expectStatus(page, '已送达');
      await expectText(page.getByTestId('case-header'), '简易程序');
      await expectText(page.getByTestId('case-header'), serial);
      await page.getByRole('tab', { name: /^文书/ }).click();
      await expectText(page.getByTestId('document-row-on_the_spot_decision'), '当场处罚决定书');
      const pdf = await documentPdf(page, 'on_the_spot_decision');
      assert.ok(pdf.length > 1000, 'the 当场处罚决定书 renders');

      // 备案.
      await step(page, '简易程序备案');
      await confirm(dialog(page, 'file-back-modal'), '备案');
      await expectMessage(page, '备案');
      await page
        .getByTestId('next-steps')
        .getByRole('button', { name: '简易程序备案' })
        .waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '时间线' }).click();
      await expectText(page.getByTestId('case-timeline'), '当场处罚备案');
      await page.getByRole('tab', { name: '基本情况' }).click();
      await topShot(shot, 'simple-case', page);
      await pageShot(page, 'case-simple.png');

      // The form number is now 已开具 in his book.
      await openMenu(page, '当场处罚决定书编号');
      await page.locator('.ant-table-row-expand-icon').first().click();
      await expectText(
        page.locator('.ant-table-row', { hasText: serial }).getByTestId('form-number-status'),
        '已开具',
      );
    },
  },

  {
    name: 'refusals at filing: one officer only (第四十二条), and 陈杰 with an expired certificate',
    async run({ page, baseURL, shot }) {
      const tag = uniqueTag();
      const subject = `赤峰市E2E立案测试公司${tag}`;
      const zw = await apiUser(baseURL, 'zhangwei');
      try {
        const org = await zw.get<{ units: { id: string; code: string }[] }>('/api/org');
        await zw.ok('POST', '/api/case-sources', {
          kind: 'report',
          receivedOn: day(),
          subjectName: subject,
          summary: '群众举报该公司违规储存危险化学品。',
          unitId: org.units.find((u) => u.code === 'WHK')!.id,
        });
      } finally {
        await zw.dispose();
      }
      await login(page, 'zhangwei');
      await openMenu(page, '案源登记');
      await page.getByLabel('搜索案源').fill(subject);
      await page.getByLabel('搜索案源').press('Enter');
      await page
        .locator('.ant-table-row', { hasText: subject })
        .getByRole('button', { name: '立案', exact: true })
        .click();
      const filing = page.getByRole('dialog').filter({ hasText: '立案审批表' });
      await filing.getByLabel('案由').fill(`涉嫌违规储存危险化学品案（E2E ${tag}）`);
      await choose(page, filing.getByLabel('执法类别'), '危险化学品');
      await setDate(filing.getByLabel('违法行为发生日期'), day(-3));
      const officers = filing.getByLabel('执法人员', { exact: true });

      // 陈杰 is offered, but marked 不具备执法资格 with the reason and its basis, and cannot be chosen.
      await officers.click();
      const chen = page.getByTestId('officer-candidate-陈杰');
      await expectText(chen, '不具备执法资格');
      await expectText(chen, '已过期');
      await expectText(chen, '第六十七条');
      const chenOption = option(page, '陈杰');
      assert.equal(await chenOption.getAttribute('aria-disabled'), 'true', '陈杰 cannot be chosen');
      await topShot(shot, 'officer-expired', page);
      await chenOption.click({ force: true });
      await option(page, '张伟').click();
      await closeDropdown(filing);
      await expectText(filing, '主办：张伟');
      assert.ok(!(await filing.innerText()).includes('协办'), 'only 张伟 was chosen');

      // One officer only: refused with 第四十二条 before anything is sent.
      await filing.getByRole('button', { name: '提请立案' }).click();
      await expectText(filing.locator('.ant-form-item-explain-error'), '第四十二条');
      await topShot(shot, 'one-officer-refused', page);

      // The server refuses 陈杰 too (the picker keeps him out; a request naming him is refused, naming him).
      const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
      const candidates = (await (
        await page.request.get(`/api/officer-candidates?category=hazardous_chemicals&on=${day()}`)
      ).json()) as { items: { userId: string; name: string }[] };
      const sources = (await (
        await page.request.get(`/api/case-sources?q=${encodeURIComponent(subject)}`)
      ).json()) as { items: { id: string }[] };
      const res = await page.request.post('/api/cases', {
        headers: { 'x-csrf-token': session.csrfToken },
        data: {
          sourceId: sources.items[0]!.id,
          title: `涉嫌违规储存危险化学品案（E2E ${tag}）`,
          category: 'hazardous_chemicals',
          actDate: day(-3),
          discoveredOn: day(),
          facts: '群众举报该公司违规储存危险化学品。',
          officerIds: ['张伟', '陈杰'].map((n) => candidates.items.find((c) => c.name === n)!.userId),
          opinion: '建议立案调查。',
        },
      });
      assert.equal(res.status(), 422);
      const body = (await res.json()) as { message: string; basis: string };
      assert.ok(body.message.includes('陈杰'), `the refusal names 陈杰: ${body.message}`);
      assert.ok(body.basis.includes('第六十七条'), `with its basis: ${body.basis}`);
    },
  },

  {
    name: 'refusals after the defence: a higher fine on review or by the section head (第四十五条)',
    async run(ctx) {
      const { page, baseURL, shot } = ctx;
      const users = new Users(ctx, { spec: 'cases' });
      const tag = uniqueTag();
      const c = await driveCase(baseURL, tag, 'defence');
      try {
        await login(page, 'zhangwei');
        await openCase(page, c.id);
        await expectStatus(page, '陈述申辩期');

        // The party's statement, then a "review" that adopts it but raises the fine.
        await step(page, '记录陈述申辩');
        let dlg = dialog(page, 'statement-modal');
        await dlg.getByRole('radio', { name: '提出陈述申辩' }).check();
        await dlg.getByLabel('内容').fill('我公司已开始整改，请求从轻处罚。');
        await confirm(dlg, '记录陈述申辩');
        await step(page, '复核陈述申辩');
        dlg = dialog(page, 'statement-review-modal');
        await dlg.getByRole('radio', { name: '采纳', exact: true }).check();
        await dlg.getByLabel('复核理由').fill('整改情况属实。');
        await dlg.getByTestId('penalty-item-0').getByLabel('金额（元）').fill('70000');
        await refused(dlg, '保存复核意见', '第四十五条');
        await topShot(shot, 'review-raised-refused', page);
        await dlg.getByRole('button', { name: '取消' }).click();
        await dlg.waitFor({ state: 'hidden' });

        // The section head's 变更处罚意见 with a higher amount.
        const head = await users.as('wangqiang');
        await openCase(head, c.id);
        await step(head, '变更处罚意见');
        dlg = dialog(head, 'proposal-change-modal');
        await dlg.getByTestId('penalty-item-0').getByLabel('金额（元）').fill('60000.01');
        await dlg.getByLabel('变更理由').fill('情节较重，提高罚款数额。');
        await refused(dlg, '保存变更', '第四十五条');
        await topShot(shot, 'proposal-raised-refused', head);
        await dlg.getByRole('button', { name: '取消' }).click();

        // Nothing changed: the noticed penalty stands.
        await head.reload();
        await expectText(head.getByTestId('case-header'), '60,000');
      } catch (e) {
        await users.failed();
        throw e;
      } finally {
        await users.close();
      }
    },
  },

  {
    name: 'refusal of a legal review by a reviewer who handled the case (第五十八条)',
    async run(ctx) {
      const { page, baseURL, shot } = ctx;
      const users = new Users(ctx, { spec: 'cases' });
      const tag = uniqueTag();
      const c = await driveCase(baseURL, tag, 'legal_review');
      const sec = await apiUser(baseURL, 'secadmin');
      let zhangweiId = '';
      try {
        // The security administrator grants zhangwei the 法制审核人员 role as well.
        await login(page, 'secadmin');
        await openMenu(page, '账号管理');
        await page.getByLabel('搜索姓名或用户名').fill('zhangwei');
        await page.getByLabel('搜索姓名或用户名').press('Enter');
        const row = page.locator('.ant-table-row', { hasText: 'zhangwei' });
        await expectText(row, '执法人员');
        zhangweiId = (await row.getAttribute('data-row-key')) ?? '';
        await row.getByRole('button', { name: '授予角色' }).click();
        const drawer = page.getByRole('dialog');
        await drawer.getByRole('checkbox', { name: '法制审核人员' }).check();
        await drawer.getByRole('button', { name: '保存' }).click();
        await page.getByText('角色已更新').waitFor();
        await expectText(row, '法制审核人员');

        // He logs in again and tries to review his own case.
        const handler = await users.as('zhangwei');
        await openCase(handler, c.id);
        await expectStatus(handler, '法制审核');
        await step(handler, '出具审核意见');
        const dlg = dialog(handler, 'legal-opinion-modal');
        await dlg.getByRole('radio', { name: '同意', exact: true }).check();
        await dlg.getByLabel('审核意见及理由').fill('同意。');
        const error = await refused(dlg, '出具审核意见', '第五十八条');
        await expectText(error, /承办|办理|参与/);
        await topShot(shot, 'reviewer-handled-refused', handler);
      } finally {
        // Restore his roles whatever happened.
        if (!zhangweiId) {
          const list = await sec.get<{ items: { id: string; username: string }[] }>(
            '/api/accounts?q=zhangwei',
          );
          zhangweiId = list.items.find((a) => a.username === 'zhangwei')?.id ?? '';
        }
        if (zhangweiId) await sec.ok('PUT', `/api/accounts/${zhangweiId}/roles`, { roles: ['officer'] });
        await sec.dispose();
        await users.close();
      }
    },
  },

  {
    name: 'every step is on the case timeline and the audit chain verifies',
    async run(ctx) {
      const { page, baseURL, shot } = ctx;
      const users = new Users(ctx, { spec: 'cases' });
      const tag = uniqueTag();
      const c = await driveCase(baseURL, tag, 'delivered');
      try {
        const officer = await users.as('zhangwei');
        await openCase(officer, c.id, 'timeline');
        assertInOrder(await timelineLabels(officer), [
          '提请立案',
          '立案',
          '登记当事人',
          '认定违法行为',
          '回避声明',
          '登记证据',
          '提交案件调查报告',
          '案件审核通过',
          '制发行政处罚告知书',
          '送达行政处罚告知书',
          '记录陈述申辩',
          '记录听证申请/放弃',
          '陈述申辩期结束',
          '提交法制审核',
          '出具法制审核意见',
          '记录集体讨论',
          '提请作出处罚决定',
          '作出处罚决定',
          '送达',
        ]);
        await topShot(shot, 'timeline', officer);

        // The audit administrator finds the case's events by its id, then verifies the chain.
        await login(page, 'auditadmin');
        await openMenu(page, '审计日志');
        await page.locator('.ant-table-row').first().waitFor();
        await page.getByLabel('对象编号').fill(c.id);
        await choose(page, page.getByLabel('操作', { exact: true }), /^作出处罚决定$/, '作出处罚决定');
        const filtered = page.waitForResponse(
          (r) =>
            r.url().includes('/api/audit/events?') &&
            r.url().includes(`objectId=${c.id}`) &&
            r.url().includes('action=case.decided'),
        );
        await page.getByRole('button', { name: '查询' }).click();
        await filtered;
        await expectText(page.locator('.ant-table-row').first(), 'case.decided');
        await page.getByRole('button', { name: '校验审计链' }).click();
        await expectText(page.getByTestId('verify-result'), /审计链完整：\d+ 条记录，链头哈希/);
        await topShot(shot, 'audit-verified', page);
      } catch (e) {
        await users.failed();
        throw e;
      } finally {
        await users.close();
      }
    },
  },
];
