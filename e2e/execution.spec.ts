/**
 * 罚缴分离, closing and archiving (issue 7) in the browser: a case fined, a bank statement imported and matched, the
 * case closed and archived, then an attempt to add a document refused; and the refusals — a case officer recording a
 * payment, on-the-spot cash of 150 元 in the ordinary procedure, a court application on the 9th working day after the
 * 催告书.
 *
 * 1. On the shared server (the real clock): a case taken through the API up to its 行政处罚决定书 delivered (60 000 元
 *    to a company; hearing and defence waived, legal review and collective discussion held). zhangwei sees the 执行
 *    tab without 登记缴款 (he handled the case) and the server refuses his payment; his on-the-spot collection of
 *    150 元 on the ground of 第六十八条第一项 is refused (普通程序); wuli imports the bank's statement on 财务对账 and
 *    its line is matched; the fine is 已缴清; zhangwei asks to close, zhaomin approves, lina archives; the file is
 *    sealed: no 登记证据 button, and a POST of evidence is refused (CASE_ARCHIVED).
 * 2. On servers of its own on the training clock (ZHIFA_CLOCK, one DATA_DIR, restarted): a second case decided and
 *    delivered on day D; after the challenge periods (行政复议 60 日, 行政诉讼 6 个月) have run out zhangwei issues
 *    the 催告书 and records its delivery; on the 9th working day after that delivery his court application is
 *    refused (第五十四条: ten working days). The browsers run on the server's clock.
 *
 * Days are computed through the API (the fine's court window, the working-day calculator), never by hand.
 */
import type { Page } from 'playwright-core';
import { ON_SPOT_GROUND_LABELS } from '../common/contracts/execution.js';
import { assert, expectText, login, type TestCase } from './harness.js';
import {
  addDays,
  approveByApi,
  choose,
  confirm,
  dayOf,
  dialog,
  expectStatus,
  noticedCase,
  okButton,
  openCase,
  opened,
  openMenu,
  pageSend,
  refused,
  topShot,
  uniqueTag,
  Users,
  withApi,
} from './ui.js';
import { clockAt, inBrowsers, withPhases } from './phases.js';

// ---------------------------------------------------------------------------------------------- dates

// ---------------------------------------------------------------------------------------------- API set-up

interface FineLite {
  id: string;
  decisionNo: string;
  partyName: string;
  amountFen: number;
  stage: string;
  dueOn: string;
  courtWindow: { challengePeriodEndsOn: string; opensOn: string; closesOn: string } | null;
  demands: { id: string; deliveredOn: string | null; earliestCourtOn: string | null }[];
}

interface Decided {
  id: string;
  title: string;
  subject: string;
  caseNo: string;
  fine: FineLite;
  /** zhangwei's and liuyang's user ids (the case's officers). */
  officerIds: string[];
}

/**
 * A case of its own, taken through the API as the demo users would, up to its 行政处罚决定书 delivered: the 告知书
 * (60 000 元 to a company, see noticedCase), defence and hearing waived, legal review (lina), collective
 * discussion, the decision (zhaomin) and its delivery, all on `today` / at `now()` (the server's clock).
 */
async function decidedCase(
  baseURL: string,
  c: { tag: string; today: string; now: () => string },
): Promise<Decided> {
  const subject = `赤峰市E2E执行化工有限公司${c.tag}`;
  const title = `涉嫌未对重大危险源进行监测监控案（E2E 执行 ${c.tag}）`;
  const names = ['zhangwei', 'liuyang', 'wangqiang', 'zhaomin', 'lina'] as const;
  return withApi(baseURL, names, async (u) => {
    const zw = u.zhangwei;
    const id = await noticedCase(u, {
      tag: c.tag,
      subject,
      title,
      today: c.today,
      actDate: addDays(c.today, -10),
      now: c.now,
    });
    await zw.ok('POST', `/api/cases/${id}/statements`, {
      kind: 'waiver',
      receivedOn: c.today,
      channel: 'written',
      content: '本公司放弃陈述、申辩的权利。',
    });
    await zw.ok('POST', `/api/cases/${id}/hearing-response`, { response: 'waived', receivedOn: c.today });
    await zw.ok('POST', `/api/cases/${id}/close-defence`);
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
    const lc = await zw.get<{ requirements: { collective: { required: boolean } } }>(`/api/cases/${id}`);
    if (lc.requirements.collective.required)
      await u.zhaomin.ok('POST', `/api/cases/${id}/collective`, {
        heldAt: c.now(),
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
      deliveredAt: c.now(),
    });
    const lawCase = await zw.get<{ caseNo: string | null; status: string }>(`/api/cases/${id}`);
    assert.equal(lawCase.status, 'delivered', 'the decision is delivered');
    const { fine } = await zw.get<{ fine: FineLite | null }>(`/api/cases/${id}/fine`);
    assert.ok(fine, 'the delivered decision has a fine to collect');
    assert.equal(fine.amountFen, 6_000_000);
    assert.equal(fine.stage, 'due');
    return {
      id,
      title,
      subject,
      caseNo: lawCase.caseNo!,
      fine,
      officerIds: [u.zhangwei.id, u.liuyang.id],
    };
  });
}

// ---------------------------------------------------------------------------------------------- browser helpers

/** Opens the case's 执行 tab (fresh from the server) and waits for the fine panel. */
async function openFineTab(page: Page, caseId: string): Promise<void> {
  await openCase(page, caseId, 'execution');
  await page.getByTestId('fine-panel').waitFor();
}

/** Waits until the fine panel shows the stage `label`. */
async function expectFineStage(page: Page, label: string): Promise<void> {
  await expectText(page.getByTestId('fine-summary').getByTestId('fine-stage'), new RegExp(`^${label}$`));
}

/** Opens the case's 结案归档 tab (fresh from the server) and waits for the panel. */
async function openClosingTab(page: Page, caseId: string): Promise<void> {
  await openCase(page, caseId, 'closing');
  await page.getByTestId('closing-panel').waitFor();
}

// ---------------------------------------------------------------------------------------------- training clock

// ---------------------------------------------------------------------------------------------- the tests

export const tests: TestCase[] = [
  {
    name: 'a case fined, payment refused to its officer, 150 元 on the spot refused, a bank statement matched, closed and archived, then evidence refused',
    async run(ctx) {
      const { page, baseURL, shot } = ctx;
      const users = new Users(ctx, { spec: 'execution' });
      const tag = uniqueTag();
      const now = () => new Date().toISOString();
      const c = await decidedCase(baseURL, { tag, today: dayOf(new Date()), now });
      try {
        // ---------------------------------------------------------------- 2. the officer may not record a payment
        await login(page, 'zhangwei');
        await openFineTab(page, c.id);
        await expectFineStage(page, '待缴款');
        await expectText(page.getByTestId('fine-decision-no'), c.fine.decisionNo);
        await expectText(page.getByTestId('fine-outstanding'), '60,000.00元');
        // He handled the case: told why, and offered no 登记缴款 (but 当场收缴, a handler's step, is there).
        await expectText(page.getByTestId('fine-separation-barred'), '不能登记缴款');
        await page.getByTestId('fine-action-onspot').waitFor();
        assert.equal(await page.getByTestId('fine-action-payment').count(), 0, 'no 登记缴款 for the officer');
        await topShot(shot, 'fine-panel-officer', page);
        // Sent anyway, from his page: refused by the server.
        const payment = await pageSend(page, 'POST', `/api/fines/${c.fine.id}/payments`, {
          source: 'bank',
          principalFen: 6_000_000,
          surchargeFen: 0,
          paidOn: dayOf(new Date()),
          payer: c.subject,
          reference: `ZW${tag}`,
        });
        assert.equal(
          payment.status,
          403,
          `the officer's payment is refused: ${JSON.stringify(payment.body)}`,
        );
        assert.equal(payment.body?.code, 'FORBIDDEN');
        assert.equal(payment.body?.message, '您的角色无权进行此操作');

        // ---------------------------------------------------------------- 3. 150 元 on the spot, ordinary procedure
        await page.getByTestId('fine-action-onspot').click();
        const onspot = await opened(dialog(page, 'fine-onspot-modal'));
        await onspot.getByRole('radio', { name: ON_SPOT_GROUND_LABELS.small_amount }).check();
        // One of his own unused receipts (the select offers only those).
        const serial = await withApi(baseURL, ['zhangwei'] as const, async ({ zhangwei }) => {
          const numbers = await zhangwei.get<{ items: { serial: string; status: string }[] }>(
            '/api/receipt-numbers?mine=true',
          );
          return numbers.items.find((n) => n.status === 'unused')!.serial;
        });
        assert.match(serial, /^NMFM\d{8}$/);
        await choose(page, onspot.getByLabel('罚没款票据编号'), new RegExp(`^${serial}$`), serial);
        await onspot.getByLabel('收缴金额').fill('150');
        await okButton(onspot, '确认收缴').click();
        // The second question (the receipt and the amount), then the server's refusal inside the modal.
        const second = page.getByRole('dialog').filter({ has: page.getByTestId('confirm-ok') });
        await expectText(second, '150.00元');
        await expectText(second, serial);
        await page.getByTestId('confirm-ok').click();
        const spotError = onspot.getByTestId('api-error');
        await expectText(spotError, '普通程序作出的罚款决定不得当场收缴');
        await expectText(spotError.getByTestId('error-basis'), '第六十八条');
        await topShot(shot, 'onspot-150-ordinary-refused', page);
        await onspot.getByRole('button', { name: '取消' }).click();
        await onspot.waitFor({ state: 'hidden' });
        await expectFineStage(page, '待缴款');

        // ---------------------------------------------------------------- 4. the bank statement, imported by finance
        const finance = await users.as('wuli');
        await openMenu(finance, '财务对账');
        await finance.getByTestId('finance-desk').waitFor();
        await finance.getByTestId('statement-import').click();
        const importer = await opened(dialog(finance, 'statement-import-modal'));
        const csv = `缴款人,金额,日期,流水号,摘要\n${c.fine.partyName},60000.00,${dayOf(new Date())},BK${tag},缴纳罚款 ${c.fine.decisionNo}\n`;
        await finance.setInputFiles('[data-testid="statement-import-modal"] input[type=file]', {
          name: `statement-${tag}.csv`,
          mimeType: 'text/csv',
          buffer: Buffer.from(csv, 'utf8'),
        });
        const result = importer.getByTestId('statement-import-result');
        await result.waitFor();
        await expectText(result.getByTestId('statement-matched'), /^1$/);
        await expectText(result.getByTestId('statement-unmatched'), /^0$/);
        const line = result.getByTestId('statement-line-2');
        await expectText(line, '自动匹配');
        await expectText(line, c.fine.decisionNo);
        await expectText(line, '60,000.00元');
        await topShot(shot, 'finance-statement-imported', finance);
        await importer.getByTestId('statement-import-close').click();
        await importer.waitFor({ state: 'hidden' });

        // The case's 执行 tab: paid in full.
        await openFineTab(page, c.id);
        await expectFineStage(page, '已缴清');
        await expectText(page.getByTestId('fine-paid'), '60,000.00元');
        await expectText(page.getByTestId('fine-outstanding'), '0.00元');
        await expectText(page.getByTestId('fine-payments'), `BK${tag}`);
        assert.equal(await page.getByTestId('fine-action-onspot').count(), 0, 'nothing left to collect');
        await topShot(shot, 'fine-paid', page);

        // ---------------------------------------------------------------- 5. closed and archived
        // Both handlers first declare that nobody inside the bureau intervened (System 10's closing gate; the
        // declaration in the browser is in interference.spec.ts).
        await withApi(baseURL, ['zhangwei', 'liuyang'] as const, async (u) => {
          for (const who of [u.zhangwei, u.liuyang])
            await who.ok('POST', `/api/cases/${c.id}/interference-declarations`, { answer: 'none' });
        });
        await openClosingTab(page, c.id);
        await expectText(page.getByTestId('closing-ready'), '可以申请结案');
        await page.getByTestId('closing-request').click();
        let dlg = await opened(dialog(page, 'closing-request-modal'));
        // 执行完毕 is offered from the execution; chosen again as a person would check it.
        await choose(page, dlg.getByLabel('结案理由'), /^执行完毕$/);
        await dlg.getByTestId('closing-note').fill('罚款已通过代收银行全额缴清，行政处罚决定执行完毕。');
        await confirm(dlg, '提交结案申请');
        await expectText(page.getByTestId('closure-status'), '待审批');

        const leader = await users.as('zhaomin');
        await openClosingTab(leader, c.id);
        await leader.getByTestId('closing-decide').click();
        dlg = await opened(dialog(leader, 'closing-decision-modal'));
        await expectText(dlg, '执行完毕');
        await dlg.getByRole('radio', { name: '同意结案' }).check();
        await dlg.getByTestId('closing-opinion').fill('同意结案。');
        await confirm(dlg, '提交审批意见');
        await expectText(leader.getByTestId('closure-status'), '已批准');
        await expectStatus(leader, '已结案');

        const archivist = await users.as('lina');
        await openClosingTab(archivist, c.id);
        await archivist.getByTestId('closing-archive').click();
        dlg = await opened(dialog(archivist, 'archive-modal'));
        await okButton(dlg, '确认归档').click();
        await archivist.getByTestId('confirm-ok').click();
        await dlg.waitFor({ state: 'hidden' });
        const info = archivist.getByTestId('archive-info');
        await expectText(info.getByTestId('archive-no'), /^赤应急档〔\d{4}〕\d+号$/);
        await expectStatus(archivist, '已归档');
        await expectText(archivist.getByTestId('case-archived-notice'), '已归档封存');
        await topShot(shot, 'closing-archived', archivist);
        // The bound 卷宗 PDF, with her session.
        const href = await info.getByTestId('archive-pdf').getAttribute('href');
        assert.ok(href, 'the archive links its PDF');
        const pdf = await archivist.request.get(href);
        assert.equal(pdf.status(), 200, `GET ${href}`);
        assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF', 'the 卷宗 is a PDF');

        // ---------------------------------------------------------------- 6. the sealed file: no evidence added
        await openCase(page, c.id, 'evidence');
        await expectStatus(page, '已归档');
        await expectText(page.getByTestId('case-archived-notice'), '不得增加、替换或抽取案卷材料');
        await expectText(page.locator('.ant-card-head', { hasText: '证据清单' }), '证据清单');
        assert.equal(
          await page.getByRole('button', { name: '登记证据' }).count(),
          0,
          'no 登记证据 on an archived case',
        );
        await topShot(shot, 'archived-evidence-tab', page);
        const evidence = await pageSend(page, 'POST', `/api/cases/${c.id}/evidence`, {
          kind: 'documentary',
          title: '归档后补充的现场照片',
          collectedBy: c.officerIds,
          collectedAt: new Date().toISOString(),
          place: '该公司储罐区',
        });
        assert.equal(evidence.body?.code, 'CASE_ARCHIVED', `refused: ${JSON.stringify(evidence)}`);
        assert.ok(evidence.status >= 400 && evidence.status < 500, `a refusal: ${evidence.status}`);
        assert.match(evidence.body?.message ?? '', /案卷已归档封存/);
        assert.match(evidence.body?.basis ?? '', /第六十五条/);
      } catch (e) {
        await users.failed();
        throw e;
      } finally {
        await users.close();
      }
    },
  },

  {
    name: 'a court application on the 9th working day after the 催告书 is refused (第五十四条)',
    async run(ctx) {
      const { shot } = ctx;
      const tag = uniqueTag();
      await withPhases('execution', async (restart) => {
        // ------------------------------------------------------------------ D: decided and delivered
        // Today's date: the demo's collection agreement is signed 40 days before the (real) day it is seeded.
        let p = await restart(clockAt(dayOf(new Date()), '09:00'));
        const at = p.now().toISOString();
        const c = await decidedCase(p.baseURL, { tag, today: p.today(), now: () => at });
        const w = c.fine.courtWindow;
        assert.ok(w, 'an unpaid fine has a court window');
        // The demand is delivered once the decision can no longer be challenged, so that the only bar left on the
        // 9th working day is the ten working days of 第五十四条.
        const demandDay = addDays(w.challengePeriodEndsOn, 1);
        assert.ok(demandDay > c.fine.dueOn, `${demandDay} is after the due day ${c.fine.dueOn}`);

        // ------------------------------------------------------------------ E: the 催告书 issued and delivered
        p = await restart(clockAt(demandDay, '09:00'));
        assert.equal(p.today(), demandDay);
        let ninth = '';
        let earliest = '';
        await inBrowsers(ctx, 'execution', p, async (b) => {
          const page = await b.as('zhangwei');
          await openFineTab(page, c.id);
          await expectText(page.getByTestId('fine-overdue'), '逾期');
          await page.getByTestId('fine-action-demand').click();
          await confirm(await opened(dialog(page, 'fine-demand-modal')), '出具催告书');
          await expectFineStage(page, '已催告');
          const row = page.getByTestId('demand-row');
          await row.getByTestId('demand-delivery').click();
          const dlg = await opened(dialog(page, 'fine-demand-delivery-modal'));
          assert.equal(
            await dlg.getByLabel('送达日期').inputValue(),
            demandDay,
            "the delivery day offered is the server's today",
          );
          await confirm(dlg, '登记送达');
          await page.getByTestId('demand-earliest-court').waitFor();
          await withApi(p.baseURL, ['zhangwei'] as const, async ({ zhangwei }) => {
            const { fine } = await zhangwei.get<{ fine: FineLite }>(`/api/cases/${c.id}/fine`);
            const d = fine.demands.at(-1)!;
            assert.equal(d.deliveredOn, demandDay);
            earliest = d.earliestCourtOn!;
            const r = await zhangwei.get<{ due: string; workingDaysInPeriod: number }>(
              `/api/calendar/compute?start=${demandDay}&length=9&unit=working_day`,
            );
            ninth = r.due;
            assert.equal(r.workingDaysInPeriod, 9);
          });
          assert.ok(ninth < earliest, `the 9th working day ${ninth} comes before ${earliest}`);
          await topShot(shot, 'demand-delivered', page);
        });

        // ------------------------------------------------------------------ the 9th working day: refused
        p = await restart(clockAt(ninth, '09:00'));
        await inBrowsers(ctx, 'execution', p, async (b) => {
          const page = await b.as('zhangwei');
          await openFineTab(page, c.id);
          await page.getByTestId('fine-action-court').click();
          const dlg = await opened(dialog(page, 'fine-court-modal'));
          await expectText(dlg.getByTestId('court-window-hint'), '可申请期间');
          await dlg.getByLabel('受理法院').fill('赤峰市红山区人民法院');
          assert.equal(
            await dlg.getByLabel('申请日期').inputValue(),
            ninth,
            "the day offered is the server's today",
          );
          const error = await refused(
            dlg,
            '提交申请',
            '催告书送达后仅经过 9 个工作日',
            `最早可于 ${earliest} 申请`,
          );
          await expectText(error.getByTestId('error-basis'), '第五十四条');
          await topShot(shot, 'court-9th-working-day-refused', page);
          await dlg.getByRole('button', { name: '取消' }).click();
          await dlg.waitFor({ state: 'hidden' });
          await expectFineStage(page, '已催告');
        });
      });
    },
  },
];
