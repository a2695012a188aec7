/**
 * Fault liability (行政执法过错责任追究制度, issue 9) in the browser, on the server's training clock (ZHIFA_CLOCK)
 * across a restart on the same data: a 复议 that revokes a fine decision opens a lead by itself; 纪检 open the
 * investigation (an approver of the case refused as investigator, 回避), the 第九条 allocation is proposed from the
 * case's trail, the finding made, told and heard (the accused in his own session), the 主要负责人 decides (a heavier
 * measure refused), the notice is served on time, and a 复核 application on day 31 is refused.
 *
 * Two servers in turn on one fresh DATA_DIR (the shared server runs on the real clock and is not used):
 *  1. T0 = today, 10:00: a case taken through the API up to its 行政处罚决定书 delivered (60 000 元 to a company;
 *     defence and hearing waived, legal review and collective discussion held), a 行政复议 started on its fine and
 *     ended without a result (refused, through the API), then 撤销 by zhangwei in the browser on the case's 执行 tab; zhoujing (纪检) finds the lead in 过错线索与追究
 *     (行政复议…, 自动生成), opens it: 赵敏 (who approved the decision) refused as investigator, then 周静 and 马骏;
 *     the allocation with 张伟 misreporting (张伟 主要责任, 王强 一定责任, 第九条第一项) from the trail, the finding
 *     (F01) with the 拟处理意见; both told, 王强 waives (recorded by zhoujing), zhangwei states his own case;
 *     sunjianguo decides (通报批评 → 暂扣行政执法证件 refused first, 公务员法); zhoujing serves both notices on T0 and
 *     the 处理决定书 answers as a PDF.
 *  2. The day after 张伟's 复核 window (T0 + 31 days): zhangwei applies for 复核 with that day's date — the page
 *     tells him it is past 三十日 and will not send it without a justification; the same request sent from his page
 *     is refused by the server (30日, FAULT_DEADLINE); the matter still has no review.
 *
 * The browsers run on the same clock as the server (Playwright's clock), so that "today" in the date pickers is the
 * server's day. The review window's last day is read from the API, never computed by hand.
 */
import type { Locator, Page } from 'playwright-core';
import { assert, expectText, type TestCase } from './harness.js';
import {
  addDays,
  approveByApi,
  choose,
  closeDropdown,
  confirm,
  dayOf,
  dialog,
  expectMessage,
  noticedCase,
  okButton,
  opened,
  openCase,
  openMenu,
  option,
  pageSend,
  refused,
  topShot,
  uniqueTag,
  withApi,
} from './ui.js';
import { clockAt, inBrowsers, withPhases, type Phase } from './phases.js';

// ---------------------------------------------------------------------------------------------- servers

// ---------------------------------------------------------------------------------------------- API

interface FineLite {
  id: string;
  stage: string;
  challenges: { id: string; kind: string; endedOn: string | null; result: string | null }[];
}

interface PersonLite {
  person: { id: string; name: string };
  level: string;
  rule: string;
  proposedMeasures: string[];
  decidedMeasures: string[] | null;
  statement: { kind: string } | null;
  notice: { deliveredOn: string; late: boolean } | null;
  reviewDueOn: string | null;
}

interface MatterLite {
  id: string;
  no: string;
  source: string;
  stage: string;
  autoCreated: boolean;
  caseId: string | null;
  sourceRef: { kind: string } | null;
  subjects: { id: string; name: string }[];
  investigators: { id: string; name: string }[];
  people: PersonLite[];
  reviews: unknown[];
}

/**
 * Phase 1: a case of its own, taken through the API as the demo users would, up to its 行政处罚决定书 delivered (the
 * 告知书 of noticedCase, defence and hearing waived, legal review by lina, collective discussion where required,
 * decided by zhaomin), all on the server's clock; then a 行政复议 started on its fine.
 */
async function challengedCase(p: Phase, tag: string) {
  const subject = `赤峰市E2E过错化工有限公司${tag}`;
  const title = `涉嫌未对重大危险源进行监测监控案（E2E 过错 ${tag}）`;
  const today = p.today();
  const now = () => p.now().toISOString();
  const names = ['zhangwei', 'liuyang', 'wangqiang', 'zhaomin', 'lina'] as const;
  return withApi(p.baseURL, names, async (u) => {
    const zw = u.zhangwei;
    const id = await noticedCase(u, { tag, subject, title, today, actDate: addDays(today, -10), now });
    await zw.ok('POST', `/api/cases/${id}/statements`, {
      kind: 'waiver',
      receivedOn: today,
      channel: 'written',
      content: '本公司放弃陈述、申辩的权利。',
    });
    await zw.ok('POST', `/api/cases/${id}/hearing-response`, { response: 'waived', receivedOn: today });
    await zw.ok('POST', `/api/cases/${id}/close-defence`);
    const c = await zw.get<{ requirements: { legalReview: { required: boolean } } }>(`/api/cases/${id}`);
    if (c.requirements.legalReview.required) {
      await zw.ok('POST', `/api/cases/${id}/legal-review`, {
        materialsNote: '立案审批表、调查报告、证据材料齐全。',
      });
      await u.lina.ok('POST', `/api/cases/${id}/legal-review/opinion`, {
        opinion: 'agree',
        checklist: ['body', 'procedure', 'facts', 'law', 'authority', 'documents', 'crime'].map((key) => ({
          key,
          ok: true,
        })),
        reasons: '事实清楚，证据充分，同意。',
      });
    }
    const lc = await zw.get<{ requirements: { collective: { required: boolean } } }>(`/api/cases/${id}`);
    if (lc.requirements.collective.required)
      await u.zhaomin.ok('POST', `/api/cases/${id}/collective`, {
        heldAt: now(),
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
      deliveredAt: now(),
    });
    const lawCase = await zw.get<{ status: string }>(`/api/cases/${id}`);
    assert.equal(lawCase.status, 'delivered', 'the decision is delivered');
    const { fine } = await zw.get<{ fine: FineLite | null }>(`/api/cases/${id}/fine`);
    assert.ok(fine, 'the delivered decision has a fine');
    await zw.ok('POST', `/api/fines/${fine.id}/challenges`, { kind: 'reconsideration', startedOn: today });
    const started = await zw.get<FineLite>(`/api/fines/${fine.id}`);
    assert.equal(started.challenges.length, 1, 'one 行政复议 on the fine');
    return { id, title, fineId: fine.id };
  });
}

/** The matter as zhoujing (纪检) sees it through the API. */
async function matterOf(p: Phase, id: string): Promise<MatterLite> {
  return withApi(p.baseURL, ['zhoujing'] as const, ({ zhoujing }) =>
    zhoujing.get<MatterLite>(`/api/fault/matters/${id}`),
  );
}

// ---------------------------------------------------------------------------------------------- UI helpers

/** Opens /fault/matters/:id and waits for its header. */
async function openMatter(page: Page, id: string, tab?: string): Promise<void> {
  await page.goto(`/fault/matters/${id}${tab ? `?tab=${tab}` : ''}`);
  await page.getByTestId('matter-header').waitFor();
}

/** Clicks a tab of the matter page. */
async function tab(page: Page, label: string): Promise<void> {
  await page.getByTestId('matter-tabs').getByRole('tab', { name: label, exact: true }).click();
}

/** Waits until the matter header shows the stage `label`. */
async function expectStage(page: Page, label: string): Promise<void> {
  await expectText(page.getByTestId('matter-header').getByTestId('matter-stage'), label);
}

/** The row of `name` in the table inside the element with `testId`. */
function row(page: Page, testId: string, name: string): Locator {
  return page.getByTestId(testId).locator('tbody tr').filter({ hasText: name });
}

/**
 * Picks options of a multiple Select (typing each name as a search when `search`), then closes its dropdown by
 * clicking the title of `container` (a modal, or the page).
 */
async function pickMany(
  page: Page,
  field: Locator,
  container: Locator,
  texts: string[],
  search = true,
): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  for (const t of texts) {
    if (!(await open.count())) await field.click();
    if (search) await field.fill(t);
    await option(page, t).click();
  }
  await closeDropdown(container);
}

/** Removes the chosen item `text` from a multiple Select inside `container`. */
async function unpick(container: Locator, text: string): Promise<void> {
  const item = container.locator('.ant-select-selection-item', { hasText: text });
  await item.locator('.ant-select-selection-item-remove').click();
  await item.waitFor({ state: 'detached' });
}

// ---------------------------------------------------------------------------------------------- the test

export const tests: TestCase[] = [
  {
    name: 'a 复议 revocation opens a lead; investigated (回避), found from the case trail, told and heard, decided, served; 复核 on day 31 refused',
    async run(ctx) {
      const { shot } = ctx;
      const tag = uniqueTag();
      await withPhases('fault', async (restart) => {
        // ------------------------------------------------------------------ 1. T0: the case, decided and challenged
        const t0 = dayOf(new Date());
        let p = await restart(clockAt(t0));
        const c = await challengedCase(p, tag);
        let matterId = '';
        let matterNo = '';
        let reviewDueOn = '';
        await inBrowsers(ctx, 'fault', p, async (b) => {
          // The result is required: without it the record is refused (and nothing changes).
          await withApi(p.baseURL, ['zhangwei'] as const, async ({ zhangwei }) => {
            const fine = await zhangwei.get<FineLite>(`/api/fines/${c.fineId}`);
            const url = `/api/fines/${c.fineId}/challenges/${fine.challenges[0]!.id}/end`;
            const bare = await zhangwei.send('POST', url, { endedOn: p.today(), outcome: '撤销' });
            assert.equal(bare.status, 400, JSON.stringify(bare.body));
          });
          // zhangwei records the 复议 result, 撤销, on the case's 执行 tab.
          const zw = await b.as('zhangwei');
          await openCase(zw, c.id, 'execution');
          const challenges = zw.getByTestId('fine-challenges');
          await challenges.getByTestId('challenge-end').click();
          const end = await opened(dialog(zw, 'fine-challenge-end-modal'));
          await choose(zw, end.getByLabel('结果', { exact: true }), '撤销');
          await expectText(end.getByTestId('challenge-reversal-note'), '过错线索');
          await end
            .getByLabel('结果说明', { exact: true })
            .fill('复议机关以主要事实不清、证据不足为由撤销原行政处罚决定');
          await confirm(end, '登记结果');
          await expectText(challenges.getByTestId('challenge-result-tag'), '撤销');
          await expectText(challenges, '主要事实不清');
          await topShot(shot, 'challenge-revoked', zw);

          const leads = await withApi(p.baseURL, ['zhoujing'] as const, ({ zhoujing }) =>
            zhoujing.get<{ items: { id: string; no: string }[] }>(`/api/fault/matters?caseId=${c.id}`),
          );
          assert.equal(leads.items.length, 1, 'one lead for the case');
          matterId = leads.items[0]!.id;
          matterNo = leads.items[0]!.no;
          const lead = await matterOf(p, matterId);
          assert.equal(lead.source, 'reconsideration');
          assert.equal(lead.autoCreated, true);
          assert.equal(lead.sourceRef?.kind, 'challenge');
          assert.deepEqual(lead.subjects.map((s) => s.name).sort(), ['刘洋', '张伟'].sort());

          // zhoujing finds it in 过错线索与追究: 行政复议…, 自动生成, 待初核.
          const zj = await b.as('zhoujing');
          await openMenu(zj, '过错线索与追究');
          const listRow = zj.getByTestId(`matter-row-${matterNo}`);
          await expectText(listRow.getByTestId('matter-source'), '行政复议撤销、变更或确认违法');
          await expectText(listRow, '自动生成');
          await expectText(listRow.getByTestId('matter-stage'), '待初核');
          await expectText(listRow, '张伟');
          await topShot(shot, 'lead-listed', zj);
          await zj.getByTestId(`matter-link-${matterNo}`).click();
          await zj.getByTestId('matter-header').waitFor();
          await expectStage(zj, '待初核');
          await expectText(zj.getByTestId('matter-header'), '复议或诉讼结果');

          // 初核: 赵敏 approved the decision — refused as investigator (回避); then 周静 and 马骏.
          await zj.getByTestId('matter-triage').getByRole('button', { name: '初核', exact: true }).click();
          const triage = await opened(dialog(zj, 'fault-triage-modal'));
          for (const name of ['张伟', '刘洋'])
            await expectText(triage.locator('.ant-select-selection-item', { hasText: name }), name);
          const investigators = triage.getByLabel('调查人员', { exact: true });
          await pickMany(zj, investigators, triage, ['周静', '赵敏']);
          await triage
            .getByLabel('立项理由')
            .fill('复议撤销原行政处罚决定，需查明承办、审核、审批各环节的过错责任。');
          await refused(triage, '提交初核意见', '赵敏承办、审核或审批过原案件，应当回避');
          await topShot(shot, 'triage-recusal-refused', zj);
          await unpick(triage, '赵敏');
          await pickMany(zj, investigators, triage, ['马骏']);
          await confirm(triage, '提交初核意见');
          await expectMessage(zj, '初核意见已登记');
          await expectStage(zj, '立项调查');
          await tab(zj, '调查');
          await expectText(zj.getByTestId('matter-investigation'), '马骏');
          const opened1 = await matterOf(p, matterId);
          assert.deepEqual(opened1.investigators.map((x) => x.name).sort(), ['周静', '马骏'].sort());

          // 认定: 张伟 misreported; the 第九条 proposal from the trail.
          await tab(zj, '认定');
          const facts = zj.getByTestId('allocation-facts');
          await pickMany(
            zj,
            facts.getByLabel('汇报事实有误、隐瞒事实或者提供虚假证据的人员'),
            zj.locator('body'),
            ['张伟'],
            false,
          );
          await facts.getByRole('button', { name: '计算建议' }).click();
          const shares = zj.getByTestId('allocation-shares');
          await shares.waitFor();
          const zhang = row(zj, 'allocation-shares', '张伟');
          await expectText(zhang, '主要责任');
          await expectText(zhang, '第九条第一项');
          const wang = row(zj, 'allocation-shares', '王强');
          await expectText(wang, '一定责任');
          await expectText(wang, '第九条第一项');
          assert.equal(await shares.locator('tbody tr').count(), 2, 'two shares proposed');
          // The trail the proposal rests on: the handlers, the section head's review, the approval.
          await expectText(row(zj, 'allocation-trail', '张伟'), '承办人员');
          await expectText(row(zj, 'allocation-trail', '王强'), '审核人');
          await expectText(row(zj, 'allocation-trail', '赵敏'), '审批人');
          await expectText(row(zj, 'allocation-trail', '李娜'), '法制审核');
          // The proposal's history and the 集体讨论, in words.
          await expectText(row(zj, 'allocation-proposals', '张伟'), '调查报告');
          await expectText(zj.getByTestId('allocation-collective'), '同意拟处罚意见');

          const form = zj.getByTestId('finding-form');
          await form.getByRole('checkbox', { name: 'F01 主要事实不清，重要证据不足' }).check();
          await form.getByLabel('发生过错的行政执法行为').fill('行政处罚决定');
          await form
            .getByLabel('认定的事实', { exact: true })
            .fill(
              '承办人员张伟未到现场核实即按企业口头介绍认定违法事实，导致主要事实不清，处罚决定被复议撤销。',
            );
          const proposed = zj.getByTestId('finding-proposed-measures');
          await pickMany(
            zj,
            row(zj, 'finding-proposed-measures', '张伟').locator('.ant-select'),
            zj.locator('body'),
            ['通报批评'],
            false,
          );
          await pickMany(
            zj,
            row(zj, 'finding-proposed-measures', '王强').locator('.ant-select'),
            zj.locator('body'),
            ['批评教育'],
            false,
          );
          await expectText(proposed, '通报批评');
          await topShot(shot, 'allocation-proposed', zj);
          await form.getByRole('button', { name: '提交认定' }).click();
          await expectMessage(zj, '认定已提交');
          await expectStage(zj, '已认定');
          await expectText(row(zj, 'finding-shares', '张伟'), '主要责任');
          await topShot(shot, 'finding-made', zj);

          // 告知 both; 王强 waives (recorded by zhoujing).
          await tab(zj, '告知与陈述申辩');
          for (const name of ['张伟', '王强']) {
            await row(zj, 'matter-inform', name).getByRole('button', { name: '告知', exact: true }).click();
            const inform = await opened(dialog(zj, 'fault-inform-modal'));
            await confirm(inform, '登记告知');
            await expectText(row(zj, 'matter-inform', name), '等待陈述申辩');
          }
          await row(zj, 'matter-inform', '王强').getByRole('button', { name: '记录陈述申辩' }).click();
          const waiver = await opened(dialog(zj, 'fault-statement-modal'));
          await waiver.getByRole('radio', { name: '放弃陈述申辩' }).check();
          await waiver.getByLabel('放弃陈述申辩的说明').fill('对认定无异议，放弃陈述申辩。');
          await confirm(waiver, '提交陈述申辩');
          await expectText(row(zj, 'matter-inform', '王强'), '放弃陈述申辩');

          // zhangwei states his own case from 我的过错追究.
          await openMenu(zw, '我的过错追究');
          await zw.getByTestId(`mine-link-${matterNo}`).click();
          await zw.getByTestId('matter-header').waitFor();
          await tab(zw, '告知与陈述申辩');
          assert.equal(
            await row(zw, 'matter-inform', '王强').getByRole('button').count(),
            0,
            'zhangwei acts for nobody else',
          );
          await row(zw, 'matter-inform', '张伟').getByRole('button', { name: '记录陈述申辩' }).click();
          const statement = await opened(dialog(zw, 'fault-statement-modal'));
          await statement
            .getByLabel('陈述申辩内容')
            .fill('当时企业负责人承诺已设置警示标志，本人疏于核实，愿意接受处理。');
          await confirm(statement, '提交陈述申辩');
          await expectText(row(zw, 'matter-inform', '张伟'), '已陈述申辩');

          // sunjianguo decides: heavier than told is refused (公务员法), then as proposed.
          const sun = await b.as('sunjianguo');
          await openMatter(sun, matterId);
          await sun.getByTestId('matter-actions').getByRole('button', { name: '作出处理决定' }).click();
          const decision = await opened(dialog(sun, 'fault-decision-modal'));
          await decision.getByLabel('研究决定的会议').fill('局党组会议（第12次），孙建国、赵敏等参加');
          const zwMeasures = decision.getByLabel('张伟的处理措施');
          await zwMeasures.click();
          await expectText(option(sun, '暂扣行政执法证件'), '重于拟处理意见');
          await option(sun, '暂扣行政执法证件').click();
          await closeDropdown(decision);
          await expectText(decision, '处理决定不得重于告知的拟处理意见');
          const heavier = await refused(decision, '作出决定', '重于告知的拟处理意见');
          await expectText(heavier.getByTestId('error-basis'), '公务员法');
          await topShot(shot, 'decision-heavier-refused', sun);
          await unpick(decision, '暂扣行政执法证件');
          await confirm(decision, '作出决定');
          await expectMessage(sun, '处理决定已作出');
          await expectStage(sun, '已作出处理决定');

          // zhoujing serves both on T0 (on time); the 处理决定书 is a PDF.
          await openMatter(zj, matterId, 'decision');
          for (const name of ['张伟', '王强']) {
            await row(zj, 'matter-decision', name).getByRole('button', { name: '送达', exact: true }).click();
            const notice = await opened(dialog(zj, 'fault-notice-modal'));
            assert.equal(await notice.getByLabel('送达日期').inputValue(), p.today(), 'served today');
            await confirm(notice, '登记送达');
            await expectText(row(zj, 'matter-decision', name).getByTestId('notice'), p.today());
          }
          assert.equal(await zj.getByTestId('notice-late').count(), 0, 'no notice is late');
          await expectText(row(zj, 'matter-decision', '张伟'), '通报批评');
          await expectText(row(zj, 'matter-decision', '王强'), '批评教育');
          await topShot(shot, 'decision-served', zj);
          const pdf = row(zj, 'matter-decision', '张伟').getByRole('link', { name: /处理决定书$/ });
          const href = await pdf.getAttribute('href');
          assert.ok(href, 'the 处理决定书 has a link');
          const res = await zj.request.get(href);
          assert.equal(res.status(), 200, `GET ${href}`);
          assert.match(res.headers()['content-type'] ?? '', /^application\/pdf/);
          assert.equal((await res.body()).subarray(0, 4).toString(), '%PDF');
        });

        const served = await matterOf(p, matterId);
        assert.equal(served.stage, 'decided');
        const zhang = served.people.find((x) => x.person.name === '张伟')!;
        assert.deepEqual(zhang.decidedMeasures, ['circulated']);
        assert.equal(zhang.notice?.deliveredOn, t0);
        assert.equal(zhang.notice?.late, false);
        reviewDueOn = zhang.reviewDueOn ?? '';
        assert.ok(reviewDueOn >= addDays(t0, 30), `the 复核 window runs 30 days: ${reviewDueOn}`);

        // ------------------------------------------------------------------ 2. the day after the window: day 31
        const day31 = addDays(reviewDueOn, 1);
        p = await restart(clockAt(day31));
        assert.equal(p.today(), day31);
        await inBrowsers(ctx, 'fault', p, async (b) => {
          const zw = await b.as('zhangwei');
          await openMatter(zw, matterId);
          await tab(zw, '复核与申诉');
          await expectText(zw.getByTestId('review-due'), `张伟：复核申请期限至 ${reviewDueOn}`);
          await zw.getByRole('button', { name: '申请复核' }).click();
          const apply = await opened(dialog(zw, 'fault-review-application-modal'));
          assert.equal(await apply.getByLabel('收到申请日期').inputValue(), day31, 'applied today, day 31');
          await expectText(apply.getByTestId('applicant'), '张伟');
          await expectText(apply, `复核申请期限至 ${reviewDueOn}`);
          await expectText(apply, '已超过三十日的复核申请期限');
          await apply.getByLabel('复核申请理由').fill('本人已主动说明情况，通报批评过重，请求复核。');
          // Without a justification the page does not send it: the modal stays open with the field's message.
          let sent = 0;
          const count = (r: { method(): string; url(): string }) => {
            if (r.method() === 'POST' && r.url().includes('/reviews')) sent += 1;
          };
          zw.on('request', count);
          await okButton(apply, '提交复核申请').click();
          await expectText(apply, '逾期申请须写明正当理由');
          zw.off('request', count);
          assert.equal(sent, 0, 'nothing sent');
          await topShot(shot, 'review-day31-refused', zw);
          // The same application sent from his page: refused by the server (30日).
          const answer = await pageSend(zw, 'POST', `/api/fault/matters/${matterId}/reviews`, {
            personId: zhang.person.id,
            receivedOn: day31,
            grounds: '本人已主动说明情况，通报批评过重，请求复核。',
          });
          assert.equal(answer.status, 422, JSON.stringify(answer.body));
          assert.equal(answer.body?.code, 'FAULT_DEADLINE');
          assert.match(answer.body?.message ?? '', /30日/);
          assert.match(answer.body?.message ?? '', new RegExp(`期限至${reviewDueOn}`));
          await apply.getByRole('button', { name: '取消' }).click();
          await apply.waitFor({ state: 'hidden' });
          await expectText(zw.getByTestId('matter-reviews'), '无复核申请');
        });
        const after = await matterOf(p, matterId);
        assert.deepEqual(after.reviews, [], 'no review recorded');
      });
    },
  },
];
