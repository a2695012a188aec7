/**
 * A hearing (行政处罚法 第六十三至六十五条) in the browser, over the weeks it takes, on the server's training clock
 * (ZHIFA_CLOCK) across restarts on the same data: an eligible case where the party requests a hearing by post on the
 * window's last day (the postmark a day later refused), the investigator refused as chair (shown disabled with the
 * reason, and refused by the server), a notice six working days ahead refused with the earliest lawful day, the
 * hearing held and reported, and the decision made from its report.
 *
 * Four servers in turn on one fresh DATA_DIR (the shared server runs on the real clock and is not used):
 *  1. 2026-09-29: the case up to the 告知书 delivered (60 000 元 to a company: hearing offered), through the API;
 *     the request window ends after National Day.
 *  2. Two days after the window's last day: zhangwei records the posted request (postmark = the last day); lina
 *     sees 张伟 disabled as chair, the server refuses him, and she arranges 李娜 / 陈杰 / 第一听证室 a few working
 *     days after the earliest lawful day.
 *  3. The first day from which only six working days remain: zhangwei's notice is refused (最早可于 …, 第六十四条);
 *     lina moves the hearing to the earliest day offered and zhangwei records the notice.
 *  4. The hearing day, 17:00: chenjie (clerk) records the transcript, lina (chair) reports 维持, the case goes
 *     through legal review (and collective discussion when required) to zhaomin's decision.
 *
 * The browsers run on the same clock as the server (Playwright's clock), so that "today" in the date pickers and
 * hints is the server's day. Dates are computed through the API (deadlines, notice window), never by hand.
 */
import type { Locator, Page } from 'playwright-core';
import { assert, expectCount, expectText, type TestCase } from './harness.js';
import {
  addDays,
  approveFromTodo,
  choose,
  closeDropdown,
  confirm,
  dialog,
  expectStatus,
  noticedCase,
  openCase,
  opened,
  openMenu,
  option,
  refused,
  setDate,
  step,
  topShot,
  withApi,
} from './ui.js';
import { inBrowsers, withPhases, type Phase } from './phases.js';

const START = '2026-09-29T09:00:00+08:00';

// ---------------------------------------------------------------------------------------------- dates

/** "2026年10月26日 …" → '2026-10-26'. */
function dayFromText(text: string): string {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  assert.ok(m, `a date in 「${text}」`);
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------- servers

// ---------------------------------------------------------------------------------------------- API

interface CaseLite {
  id: string;
  caseNo: string | null;
  status: string;
  hearingStatus: string;
  pendingApprovals: { id: string; kind: string }[];
  deadlines: { ruleId: string; due: string; status: string }[];
  requirements: { legalReview: { required: boolean }; collective: { required: boolean } };
}

interface HearingLite {
  id: string;
  stage: string;
  scheduledAt: string | null;
  roomId: string | null;
  place: string | null;
  members: { userId: string; role: string }[];
  deadlines: { ruleId: string; due: string; status: string }[];
}

interface NoticeWindow {
  noticeOn: string;
  earliestHearingOn: string;
  basis: string;
}

/**
 * Phase 1: a case taken through the API, as the demo users would, up to the 告知书 delivered at the clock's start
 * (60 000 元 to a company: a hearing is offered). Dates are the clock's, never the real day.
 */
async function caseUpToNotice(p: Phase, tag: string) {
  const subject = `赤峰市E2E听证化工有限公司${tag}`;
  const title = `涉嫌未对重大危险源进行监测监控案（E2E 听证 ${tag}）`;
  const at = p.clock.toISOString();
  return withApi(p.baseURL, ['zhangwei', 'liuyang', 'wangqiang', 'zhaomin'] as const, async (u) => {
    const id = await noticedCase(u, {
      tag,
      subject,
      title,
      today: p.today(),
      actDate: '2026-09-15',
      now: () => at,
    });
    const c = await u.zhangwei.get<CaseLite>(`/api/cases/${id}`);
    assert.equal(c.status, 'defence', 'the 告知书 is delivered: 陈述申辩期');
    const window = c.deadlines.find((d) => d.ruleId === 'penalty.hearing-request');
    assert.ok(window, `the hearing request window is open: ${JSON.stringify(c.deadlines)}`);
    return { id, title, subject, caseNo: c.caseNo!, requestDue: window.due };
  });
}

// ---------------------------------------------------------------------------------------------- browsers

// ---------------------------------------------------------------------------------------------- UI helpers

/** Opens /hearings/:id and waits for the panel. */
async function openHearing(page: Page, id: string): Promise<void> {
  await page.goto(`/hearings/${id}`);
  await page.getByTestId('hearing-panel').waitFor();
}

/**
 * Opens a Select and returns the texts of its options, sorted, once `count` are shown. Retried when the dropdown
 * closes again right after opening (the modal taking the focus at the end of its open motion).
 */
async function optionTexts(page: Page, field: Locator, count: number): Promise<string[]> {
  const open = page.locator('.ant-select-dropdown:visible');
  const options = open.locator('.ant-select-item-option');
  for (let attempt = 1; ; attempt++) {
    if (!(await open.count())) await field.click();
    try {
      await expectCount(options, count, `the dropdown shows ${count} options`, 3000);
      const texts = (await options.allTextContents()).map((t) => t.trim());
      if (texts.length === count || attempt >= 3) return texts.sort();
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/** Waits until the hearing panel shows the stage `label`. */
async function expectStage(page: Page, label: string | RegExp): Promise<void> {
  await expectText(page.getByTestId('hearing-panel').getByTestId('hearing-stage').first(), label);
}

// ---------------------------------------------------------------------------------------------- the test

export const tests: TestCase[] = [
  {
    name: 'a hearing over National Day: request posted on the last day, investigator refused as chair, notice six working days ahead refused, held, reported, decided',
    async run(ctx) {
      const { shot } = ctx;
      const tag = Date.now().toString(36).toUpperCase();
      await withPhases('hearings', async (restart) => {
        // ------------------------------------------------------------------ 1. the 告知书, 29 September 2026
        let p = await restart(START);
        const c = await caseUpToNotice(p, tag);
        // Five working days from 29 September run over the National Day holiday.
        assert.ok(c.requestDue > '2026-10-07', `the request window ends after National Day: ${c.requestDue}`);

        // ------------------------------------------------------------------ 2. the request, by post, received late
        const received = addDays(c.requestDue, 2);
        p = await restart(`${received}T09:00:00+08:00`);
        assert.equal(p.today(), received);
        let hearingId = '';
        let hearingDay = '';
        let roomId = '';
        let roomPlace = '';
        let holdDue = '';
        await inBrowsers(ctx, 'hearings', p, async (b) => {
          const page = await b.as('zhangwei');
          await openCase(page, c.id);
          await expectStatus(page, '陈述申辩期');
          await step(page, '记录听证申请情况');
          const dlg = await opened(dialog(page, 'hearing-response-modal'));
          await dlg.getByRole('radio', { name: '申请听证' }).check();
          await choose(page, dlg.getByLabel('提出方式'), /^邮寄/);
          await setDate(dlg.getByLabel('收到日期'), received);
          // A postmark one day after the window's last day: refused, with 第六十四条.
          await setDate(dlg.getByLabel('邮戳日期'), addDays(c.requestDue, 1));
          await dlg.getByLabel('说明').fill('我公司对拟罚款数额有异议，要求举行听证（邮寄提出）。');
          const late = await refused(dlg, '记录听证申请情况', '第六十四条', c.requestDue);
          await expectText(late, '超过');
          await topShot(shot, 'request-postmark-late-refused', page);
          // The postmark on the last day counts.
          await setDate(dlg.getByLabel('邮戳日期'), c.requestDue);
          await confirm(dlg, '记录听证申请情况');
          await expectStatus(page, '听证程序');
          await page.getByTestId('case-tab-hearing').click();
          const request = page.getByTestId('hearing-request');
          await expectText(request, '邮寄');
          await expectText(request, c.requestDue);
          await expectStage(page, '待安排');
          await topShot(shot, 'requested-by-post', page);

          // lina finds it in 听证日程 → 待安排 and opens the hearing.
          const arranger = await b.as('lina');
          await openMenu(arranger, '听证日程');
          await arranger.getByTestId(`hearing-pending-row-${c.caseNo}`).click();
          await arranger.getByTestId('hearing-panel').waitFor();
          hearingId = new URL(arranger.url()).pathname.split('/').pop()!;
          await expectStage(arranger, '待安排');
          await arranger.getByTestId('hearing-arrange').click();
          const arrange = await opened(dialog(arranger, 'hearing-arrange-modal'));

          // 张伟 investigated the case: offered, but disabled with the reason.
          const chair = arrange.getByLabel('听证主持人');
          await chair.click();
          await chair.fill('张伟');
          const zhang = option(arranger, '张伟');
          await expectText(zhang, '本案调查人员不得担任听证主持人');
          assert.equal(await zhang.getAttribute('aria-disabled'), 'true', '张伟 cannot be chosen as chair');
          await topShot(shot, 'chair-investigator-disabled', arranger);
          await chair.press('Escape');
          await arranger.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });

          // The server refuses him too (a request naming him as chair).
          await withApi(p.baseURL, ['lina'] as const, async ({ lina }) => {
            const people = await lina.get<{
              items: { userId: string; name: string; excluded: string | null }[];
            }>(`/api/hearings/${hearingId}/candidates`);
            const id = (name: string) => people.items.find((x) => x.name === name)!.userId;
            assert.match(people.items.find((x) => x.name === '张伟')!.excluded ?? '', /调查人员/);
            const rooms = await lina.get<{ items: { id: string; name: string; location: string }[] }>(
              '/api/hearing-rooms',
            );
            const room = rooms.items.find((r) => r.name === '第一听证室');
            assert.ok(room, 'the demo room 第一听证室');
            roomId = room.id;
            roomPlace = room.location;
            const w = await lina.get<NoticeWindow>(`/api/hearings/notice-window?noticeOn=${received}`);
            const res = await lina.send('POST', `/api/hearings/${hearingId}/arrange`, {
              chairId: id('张伟'),
              officerIds: [],
              clerkId: id('陈杰'),
              roomId,
              place: roomPlace,
              scheduledAt: `${w.earliestHearingOn}T09:30`,
              public: true,
              overrunReason: '按法定通知期限安排',
            });
            const body = res.body as { code: string; message: string; basis: string };
            assert.equal(res.status, 422, `refused: ${JSON.stringify(body)}`);
            assert.equal(body.code, 'HEARING_MEMBER');
            assert.match(body.message, /张伟.*调查人员/);
            assert.match(body.basis, /第六十四条第四项/);

            // The hearing day: a few working days after the earliest lawful day for a notice sent today (the
            // earliest for a notice four days later), so that a notice given later can be too late.
            const later = await lina.get<NoticeWindow>(
              `/api/hearings/notice-window?noticeOn=${addDays(received, 4)}`,
            );
            hearingDay = later.earliestHearingOn;
            assert.ok(hearingDay > w.earliestHearingOn, `${hearingDay} after ${w.earliestHearingOn}`);
            const h = await lina.get<HearingLite>(`/api/hearings/${hearingId}`);
            holdDue = h.deadlines.find((d) => d.ruleId === 'penalty.hearing-hold')?.due ?? '';
          });

          // The hint gives the earliest lawful day for a notice sent today.
          const earliestShown = dayFromText(await arrange.getByTestId('earliest-hearing-on').innerText());
          const w = await withApi(p.baseURL, ['lina'] as const, ({ lina }) =>
            lina.get<NoticeWindow>(`/api/hearings/notice-window?noticeOn=${received}`),
          );
          assert.equal(earliestShown, w.earliestHearingOn, 'the hint shows the earliest lawful day');
          await expectText(arrange.getByTestId('notice-window-hint'), '第六十四条');

          // 李娜 chairs, 陈杰 records, in 第一听证室.
          await choose(arranger, chair, '李娜', '李娜');
          await choose(arranger, arrange.getByLabel('书记员'), '陈杰', '陈杰');
          await choose(arranger, arrange.getByLabel('听证室', { exact: true }), /^第一听证室/);
          assert.equal(
            await arrange.getByLabel('听证地点').inputValue(),
            roomPlace,
            'the room fills the place',
          );
          await setDate(arrange.getByLabel('听证时间', { exact: true }), `${hearingDay} 09:30`);
          if (holdDue && hearingDay > holdDue)
            await arrange
              .getByLabel('超出期间举行的理由')
              .fill('国庆假期后统一安排，并为听证会通知的送达留足七个工作日。');
          await confirm(arrange, '保存听证安排');
          await expectStage(arranger, '已安排待通知');
          await expectText(arranger.getByTestId('hearing-member-chair'), '李娜');
          await expectText(arranger.getByTestId('hearing-member-clerk'), '陈杰');
          await expectText(arranger.getByTestId('hearing-scheduled-at'), '09:30');
          await topShot(shot, 'arranged', arranger);
        });

        // ------------------------------------------------------------------ 3. a notice six working days ahead
        // The first day from which a notice no longer leaves seven working days before the hearing.
        let noticeDay = received;
        await withApi(p.baseURL, ['lina'] as const, async ({ lina }) => {
          for (let i = 0; i < 60; i++, noticeDay = addDays(noticeDay, 1)) {
            const w = await lina.get<NoticeWindow>(`/api/hearings/notice-window?noticeOn=${noticeDay}`);
            if (w.earliestHearingOn > hearingDay) return;
          }
          assert.fail(`no day found that is too late for a hearing on ${hearingDay}`);
        });
        assert.ok(noticeDay > received, 'the notice day comes after the arrangement');
        p = await restart(`${noticeDay}T09:00:00+08:00`);
        let finalDay = '';
        await inBrowsers(ctx, 'hearings', p, async (b) => {
          const page = await b.as('zhangwei');
          await openCase(page, c.id, 'hearing');
          await expectStage(page, '已安排待通知');
          await page.getByTestId('hearing-notify').click();
          let dlg = await opened(dialog(page, 'hearing-notify-modal'));
          await setDate(dlg.getByLabel('通知送达日期'), noticeDay);
          await dlg.getByLabel('联系电话').fill('0476-8330000');
          const error = await refused(dlg, '记录通知送达', '只有 6 个工作日', '最早可于', '第六十四条');
          const earliest = await withApi(p.baseURL, ['lina'] as const, ({ lina }) =>
            lina.get<NoticeWindow>(`/api/hearings/notice-window?noticeOn=${noticeDay}`),
          );
          finalDay = earliest.earliestHearingOn;
          await expectText(error, `最早可于 ${finalDay}`);
          await topShot(shot, 'notice-six-working-days-refused', page);
          await dlg.getByRole('button', { name: '取消' }).click();
          await dlg.waitFor({ state: 'hidden' });

          // lina moves the hearing to the earliest day offered (the API as her), then zhangwei records the notice.
          await withApi(p.baseURL, ['lina'] as const, async ({ lina }) => {
            const h = await lina.get<HearingLite>(`/api/hearings/${hearingId}`);
            const member = (role: string) => h.members.find((m) => m.role === role)!.userId;
            await lina.ok('POST', `/api/hearings/${hearingId}/arrange`, {
              chairId: member('chair'),
              officerIds: [],
              clerkId: member('clerk'),
              roomId,
              place: roomPlace,
              scheduledAt: `${finalDay}T09:30`,
              public: true,
              overrunReason:
                holdDue && finalDay > holdDue
                  ? '听证会通知未能在七个工作日前送达，按最早可以举行之日重新安排。'
                  : '',
            });
          });
          await page.reload();
          await page.getByTestId('hearing-panel').waitFor();
          await expectText(
            page.getByTestId('hearing-scheduled-at'),
            `${Number(finalDay.slice(5, 7))}月${Number(finalDay.slice(8))}日`,
          );
          await page.getByTestId('hearing-notify').click();
          dlg = await opened(dialog(page, 'hearing-notify-modal'));
          await setDate(dlg.getByLabel('通知送达日期'), noticeDay);
          await dlg.getByLabel('联系电话').fill('0476-8330000');
          await confirm(dlg, '记录通知送达');
          await expectStage(page, '已通知待举行');
          await expectText(page.getByTestId('hearing-documents'), '听证会通知书');
        });

        // ------------------------------------------------------------------ 4. the hearing day, 17:00
        p = await restart(`${finalDay}T17:00:00+08:00`);
        await inBrowsers(ctx, 'hearings', p, async (b) => {
          // The clerk records the hearing (he may not open the case: the hearing page).
          const clerk = await b.as('chenjie');
          await openHearing(clerk, hearingId);
          await expectStage(clerk, '已通知待举行');
          await clerk.getByTestId('hearing-record').click();
          const rec = await opened(dialog(clerk, 'hearing-record-modal'));
          // The investigators offered are the case's officers, both selected.
          const investigators = rec.getByLabel('出席的案件调查人员');
          await expectText(rec.locator('.ant-select-selection-item', { hasText: '张伟' }), '张伟');
          await expectText(rec.locator('.ant-select-selection-item', { hasText: '刘洋' }), '刘洋');
          assert.deepEqual(
            await optionTexts(clerk, investigators, 2),
            ['刘洋', '张伟'].sort(),
            'the case investigators are offered, and only they',
          );
          await closeDropdown(rec);
          const party = rec.getByTestId('hearing-party-attendees');
          await party.getByLabel('姓名').first().fill('王某');
          await party.getByLabel('身份').first().fill('法定代表人');
          const texts = [
            '调查人员陈述了当事人未对重大危险源进行监测监控的事实、证据，建议罚款六万元。',
            '当事人称已着手安装监测系统，对违法事实无异议，请求从轻处罚。',
            '当事人对现场检查记录、营业执照复印件无异议。',
            '双方围绕罚款数额进行了辩论。',
            '当事人请求从轻处罚。',
          ];
          for (const [i, t] of texts.entries()) await rec.getByLabel(`第${i + 1}段内容`).fill(t);
          await confirm(rec, '保存听证笔录');
          await expectStage(clerk, '已举行待报告');
          await expectText(clerk.getByTestId('hearing-outcome'), '听证完毕');

          // The chair's report: 维持.
          const chairPage = await b.as('lina');
          await openHearing(chairPage, hearingId);
          await expectStage(chairPage, '已举行待报告');
          await chairPage.getByTestId('hearing-report').click();
          const rep = await opened(dialog(chairPage, 'hearing-report-modal'));
          await rep.getByLabel('听证认定的事实和证据').fill('违法事实清楚，证据确实充分。');
          await rep.getByLabel('当事人的主要陈述、申辩和质证意见').fill('当事人对事实无异议，请求从轻处罚。');
          await rep.getByLabel('主持人的分析意见').fill('当事人未提出从轻、减轻处罚的法定情形，拟处罚适当。');
          await rep.getByRole('radio', { name: '维持拟作出的行政处罚' }).check();
          await confirm(rep, '提交听证报告');
          await expectStage(chairPage, /^已完成/);
          await expectText(chairPage.getByTestId('hearing-recommendation'), '维持');
          const docs = chairPage.getByTestId('hearing-documents');
          for (const t of ['听证申请登记表', '听证会通知书', '听证笔录', '听证会报告书'])
            await expectText(docs, t);
          await topShot(shot, 'hearing-reported', chairPage);

          // The case goes on to the decision through the API: defence closed, legal review (required after a
          // hearing), collective discussion when required, decision requested.
          const title = await withApi(
            p.baseURL,
            ['zhangwei', 'lina', 'zhaomin'] as const,
            async ({ zhangwei, lina, zhaomin }) => {
              let cs = await zhangwei.get<CaseLite>(`/api/cases/${c.id}`);
              assert.equal(cs.hearingStatus, 'held', 'the case knows the hearing was held');
              await zhangwei.ok('POST', `/api/cases/${c.id}/close-defence`);
              cs = await zhangwei.get<CaseLite>(`/api/cases/${c.id}`);
              assert.ok(cs.requirements.legalReview.required, 'legal review is required after a hearing');
              await zhangwei.ok('POST', `/api/cases/${c.id}/legal-review`, {
                materialsNote: '立案审批表、调查报告、证据材料、告知书及送达回证、听证笔录、听证会报告书。',
              });
              await lina.ok('POST', `/api/cases/${c.id}/legal-review/opinion`, {
                opinion: 'agree',
                checklist: ['body', 'procedure', 'facts', 'law', 'authority', 'documents', 'crime'].map(
                  (key) => ({ key, ok: true }),
                ),
                reasons: '事实清楚，证据充分，程序合法（已依法举行听证），同意。',
              });
              cs = await zhangwei.get<CaseLite>(`/api/cases/${c.id}`);
              if (cs.requirements.collective.required)
                await zhaomin.ok('POST', `/api/cases/${c.id}/collective`, {
                  heldAt: p.now().toISOString(),
                  place: '局三楼会议室',
                  chairId: zhaomin.id,
                  recorderName: '刘洋',
                  participants: ['孙建国', '赵敏', '李娜'].map((name) => ({
                    name,
                    title: '局领导',
                    opinion: '同意',
                  })),
                  minutes: '依据听证笔录和听证会报告书，与会人员一致同意拟处罚意见。',
                  conclusion: 'agree',
                });
              await zhangwei.ok('POST', `/api/cases/${c.id}/decision-request`, {
                opinion: '依据听证笔录，建议按拟处罚意见作出决定。',
                performance: '自收到本决定书之日起十五日内缴纳罚款。',
                reconsiderationBody: '赤峰市人民政府',
                court: '赤峰市红山区人民法院',
              });
              return c.title;
            },
          );

          // zhaomin decides from her to-dos.
          const leader = await b.as('zhaomin');
          await approveFromTodo(leader, title, 'decision', '同意依据听证笔录作出行政处罚决定。');
          await expectStatus(leader, '已决定待送达');
          await leader.getByRole('tab', { name: /^文书/ }).click();
          for (const [kind, label] of [
            ['hearing_transcript', '听证笔录'],
            ['hearing_report', '听证会报告书'],
            ['penalty_decision', '行政处罚决定书'],
          ] as const)
            await expectText(leader.getByTestId(`document-row-${kind}`), label);
          await topShot(shot, 'decided-documents', leader);
        });
      });
    },
  },
];
