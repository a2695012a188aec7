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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { usccCheckChar } from '../common/uscc.js';
import {
  assert,
  DEMO_PASSWORD,
  expectCount,
  expectText,
  login,
  RESULTS,
  startServer,
  type TestCase,
  type TestContext,
  type TestServer,
} from './harness.js';

const VIOLATION_CODE = 'AQSCF-101-2';
const START = '2026-09-29T09:00:00+08:00';

// ---------------------------------------------------------------------------------------------- dates

/** 'YYYY-MM-DD' `n` calendar days after `day`. */
function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The Beijing day of an instant. */
function dayOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** "2026年10月26日 …" → '2026-10-26'. */
function dayFromText(text: string): string {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  assert.ok(m, `a date in 「${text}」`);
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A valid 统一社会信用代码 (GB 32100-2015 check character) derived from the tag. */
function usccFor(tag: string): string {
  const tail = [...tag.padStart(7, '0').slice(-7)]
    .map((c) => USCC_CHARS[Number.parseInt(c, 36) % USCC_CHARS.length])
    .join('');
  const first17 = `91150402MA${tail}`;
  return first17 + usccCheckChar(first17)!;
}

// ---------------------------------------------------------------------------------------------- servers

/** One server of the test: its address and the instant its clock started at (the clock then runs on). */
class Phase {
  private readonly startedAt = Date.now();
  constructor(
    readonly server: TestServer,
    readonly clock: Date,
  ) {}

  get baseURL(): string {
    return this.server.baseURL;
  }

  /** The server's "now" (its clock started at `clock` and runs in real time). */
  now(): Date {
    return new Date(this.clock.getTime() + Date.now() - this.startedAt);
  }

  today(): string {
    return dayOf(this.now());
  }

  static async start(dataDir: string, clock: string): Promise<Phase> {
    const server = await startServer({
      // Under ZHIFA_CLOCK the server does not run the deadline sweep (it keeps the system clock).
      env: { ZHIFA_CLOCK: clock },
      dataDir,
    });
    return new Phase(server, new Date(clock));
  }
}

// ---------------------------------------------------------------------------------------------- API

interface ApiUser {
  id: string;
  get<T>(url: string): Promise<T>;
  send(method: 'POST' | 'PUT', url: string, data?: unknown): Promise<{ status: number; body: unknown }>;
  ok<T>(method: 'POST' | 'PUT', url: string, data?: unknown): Promise<T>;
  dispose(): Promise<void>;
}

/** An API client logged in as `username` (cookies and CSRF token). */
async function apiUser(baseURL: string, username: string): Promise<ApiUser> {
  const ctx: APIRequestContext = await request.newContext({ baseURL });
  const session = (await (await ctx.get('/api/session')).json()) as { csrfToken: string };
  const res = await ctx.post('/api/auth/login', {
    data: { username, password: DEMO_PASSWORD },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  assert.equal(res.status(), 200, `API login as ${username}: ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const me = (await (await ctx.get('/api/session')).json()) as { user: { id: string } };
  const send = async (method: 'POST' | 'PUT', url: string, data?: unknown) => {
    const r = await ctx.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
    const text = await r.text();
    return { status: r.status(), body: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    id: me.user.id,
    async get<T>(url: string) {
      const r = await ctx.get(url);
      assert.ok(r.ok(), `GET ${url} as ${username} → ${r.status()} ${await r.text()}`);
      return (await r.json()) as T;
    },
    send,
    async ok<T>(method: 'POST' | 'PUT', url: string, data?: unknown) {
      const r = await send(method, url, data);
      assert.ok(r.status < 300, `${method} ${url} as ${username} → ${r.status} ${JSON.stringify(r.body)}`);
      return r.body as T;
    },
    dispose: () => ctx.dispose(),
  };
}

/** Runs `fn` with API clients of the given users, disposed afterwards. */
async function withApi<T, const N extends string>(
  baseURL: string,
  names: readonly N[],
  fn: (u: Record<N, ApiUser>) => Promise<T>,
): Promise<T> {
  const u = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await apiUser(baseURL, n)] as const)),
  ) as Record<N, ApiUser>;
  try {
    return await fn(u);
  } finally {
    await Promise.all(Object.values<ApiUser>(u).map((x) => x.dispose()));
  }
}

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
  const day = p.today();
  const at = p.clock.toISOString();
  return withApi(p.baseURL, ['zhangwei', 'liuyang', 'wangqiang', 'zhaomin'] as const, async (u) => {
    const zw = u.zhangwei;
    const org = await zw.get<{ units: { id: string; code: string }[] }>('/api/org');
    const unitId = org.units.find((x) => x.code === 'WHK')!.id;
    const candidates = await zw.get<{ items: { userId: string; name: string }[] }>(
      `/api/officer-candidates?category=hazardous_chemicals&on=${day}`,
    );
    const uid = (name: string) => candidates.items.find((c) => c.name === name)!.userId;
    const types = await zw.get<{ items: { id: string; code: string }[] }>(
      `/api/violation-types?q=${VIOLATION_CODE}`,
    );
    const violationTypeId = types.items.find((t) => t.code === VIOLATION_CODE)!.id;
    const subject = `赤峰市E2E听证化工有限公司${tag}`;
    const title = `涉嫌未对重大危险源进行监测监控案（E2E 听证 ${tag}）`;
    const detail = (who: ApiUser, id: string) => who.get<CaseLite>(`/api/cases/${id}`);
    const approve = async (who: ApiUser, id: string, kind: string) => {
      const p = (await detail(who, id)).pendingApprovals.find((a) => a.kind === kind);
      assert.ok(p, `a pending ${kind} approval`);
      await who.ok('POST', `/api/cases/${id}/approvals/${p.id}`, { decision: 'approve', opinion: '同意。' });
    };
    const source = await zw.ok<{ id: string }>('POST', '/api/case-sources', {
      kind: 'inspection',
      receivedOn: day,
      subjectName: subject,
      summary: '检查发现储罐区重大危险源未设置监测监控系统。',
      unitId,
    });
    const { id } = await zw.ok<{ id: string }>('POST', '/api/cases', {
      sourceId: source.id,
      title,
      category: 'hazardous_chemicals',
      actDate: '2026-09-15',
      discoveredOn: day,
      facts: '经检查，该公司储罐区构成重大危险源，未设置监测监控系统。',
      place: '该公司储罐区',
      officerIds: [uid('张伟'), uid('刘洋')],
      opinion: '建议立案调查。',
    });
    await approve(u.wangqiang, id, 'filing');
    await approve(u.zhaomin, id, 'filing');
    await zw.ok('POST', `/api/cases/${id}/parties`, {
      kind: 'legal_person',
      name: subject,
      idKind: 'uscc',
      idNumber: usccFor(tag),
      address: '赤峰市红山区测试路1号',
      legalRep: '王某',
    });
    await zw.ok('POST', `/api/cases/${id}/violations`, { violationTypeId, bandLevel: 'serious' });
    await zw.ok('POST', `/api/cases/${id}/recusal`, { conflict: false });
    await u.liuyang.ok('POST', `/api/cases/${id}/recusal`, { conflict: false });
    await zw.ok('POST', `/api/cases/${id}/evidence`, {
      kind: 'documentary',
      title: '营业执照复印件',
      collectedBy: [uid('张伟'), uid('刘洋')],
      collectedAt: at,
      place: '该公司办公室',
    });
    await zw.ok('POST', `/api/cases/${id}/report`, {
      outcome: 'penalty',
      penalty: { items: [{ kind: 'fine', amountFen: 6_000_000 }] },
      facts: '该公司储罐区构成重大危险源，未设置监测监控系统。',
      reasons: '违反《中华人民共和国安全生产法》第四十条第一款，依法应予处罚。',
      flags: {},
    });
    await approve(u.wangqiang, id, 'report');
    await zw.ok('POST', `/api/cases/${id}/notice`);
    await zw.ok('POST', `/api/cases/${id}/notice/delivery`, {
      method: 'direct',
      recipient: subject,
      deliveredAt: at,
    });
    const c = await detail(zw, id);
    assert.equal(c.status, 'defence', 'the 告知书 is delivered: 陈述申辩期');
    const window = c.deadlines.find((d) => d.ruleId === 'penalty.hearing-request');
    assert.ok(window, `the hearing request window is open: ${JSON.stringify(c.deadlines)}`);
    return { id, title, subject, caseNo: c.caseNo!, requestDue: window.due };
  });
}

// ---------------------------------------------------------------------------------------------- browsers

/** The users' browsers of one phase, on its server and its clock; closed (and checked for page errors) together. */
class Browsers {
  private pages: Page[] = [];
  private readonly errors: string[] = [];
  constructor(
    private readonly ctx: TestContext,
    private readonly phase: Phase,
  ) {}

  async as(username: string): Promise<Page> {
    const context = await this.ctx.browser.newContext({
      baseURL: this.phase.baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    // The page's "today" (date pickers, hints) is the server's training clock, running on from now.
    await context.clock.install({ time: this.phase.now() });
    const page = await context.newPage();
    page.on('pageerror', (e) => this.errors.push(`${username}: ${e.message}`));
    this.pages.push(page);
    await login(page, username);
    return page;
  }

  async failed(): Promise<void> {
    for (const [i, p] of this.pages.entries())
      await p
        .screenshot({ path: path.join(RESULTS, `FAILED--hearings--user-${i}.png`), fullPage: true })
        .catch(() => undefined);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.pages.map((p) =>
        p
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
    this.pages = [];
    if (this.errors.length) throw new Error(`uncaught error in a page: ${this.errors.join(' | ')}`);
  }
}

/** Runs one phase's browser work; screenshots of every page when it fails; browsers closed in any case. */
async function inBrowsers(ctx: TestContext, phase: Phase, fn: (b: Browsers) => Promise<void>) {
  const b = new Browsers(ctx, phase);
  try {
    await fn(b);
  } catch (e) {
    await b.failed();
    throw e;
  } finally {
    await b.close();
  }
}

// ---------------------------------------------------------------------------------------------- UI helpers

async function openMenu(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '主菜单' })
    .getByRole('menuitem', { name: new RegExp(`${label}$`) })
    .click();
  await page.getByRole('heading', { level: 4, name: label, exact: true }).waitFor();
}

async function openCase(page: Page, id: string, tab?: string): Promise<void> {
  await page.goto(`/cases/${id}${tab ? `?tab=${tab}` : ''}`);
  await page.getByTestId('case-header').waitFor();
}

/** Opens /hearings/:id and waits for the panel. */
async function openHearing(page: Page, id: string): Promise<void> {
  await page.goto(`/hearings/${id}`);
  await page.getByTestId('hearing-panel').waitFor();
}

/** The options of the antd Select dropdown now open. */
function option(page: Page, text: string | RegExp): Locator {
  return page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
}

/**
 * Opens a single Select, optionally types a search, and picks the option showing `text`; retried when the click
 * lands while the dropdown is still moving.
 */
async function choose(page: Page, field: Locator, text: string | RegExp, search?: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1 || !(await open.count())) await field.click();
    if (search && attempt === 1) await field.fill(search);
    await option(page, text).click();
    try {
      await open.first().waitFor({ state: 'hidden', timeout: 2000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
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

/** Closes an open Select dropdown by clicking the title of the surrounding modal. */
async function closeDropdown(container: Locator): Promise<void> {
  await container.locator('.ant-modal-title').first().click();
  await container.page().locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Types a date (or a date and time) into an antd DatePicker and confirms it. */
async function setDate(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  const page = field.page();
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden', timeout: 5000 });
  assert.equal(await field.inputValue(), value, 'the date picker took the typed value');
}

/** The modal whose body carries `testId`. */
function dialog(page: Page, testId: string): Locator {
  return page.getByRole('dialog').filter({ has: page.getByTestId(testId) });
}

/**
 * Waits until the modal is shown and its open motion has ended (antd moves the focus into the modal then, which
 * would close a dropdown opened during the motion); returns it.
 */
async function opened(dlg: Locator): Promise<Locator> {
  await dlg.waitFor();
  const deadline = Date.now() + 5000;
  while (/zoom|fade/.test((await dlg.getAttribute('class')) ?? '') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  return dlg;
}

/** The footer button of a modal (matched by the end of its name: a loading icon may prefix it). */
function okButton(dlg: Locator, okText: string): Locator {
  return dlg.locator('.ant-modal-footer').getByRole('button', { name: new RegExp(`${okText}$`) });
}

/** Presses the footer button of a modal and waits until it has closed (the step succeeded). */
async function confirm(dlg: Locator, okText: string): Promise<void> {
  await okButton(dlg, okText).click();
  await dlg.waitFor({ state: 'hidden' });
}

/** Presses the footer button of a modal and waits for the server's refusal shown inside it. */
async function refused(dlg: Locator, okText: string, ...texts: (string | RegExp)[]): Promise<Locator> {
  await okButton(dlg, okText).click();
  const error = dlg.getByTestId('api-error');
  for (const t of texts) await expectText(error, t);
  return error;
}

/** A button of 下一步 (the case's next steps). */
async function step(page: Page, label: string): Promise<void> {
  await page.getByTestId('next-steps').getByRole('button', { name: label, exact: true }).click();
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await expectText(page.getByTestId('case-header').getByTestId('case-status'), new RegExp(`^${label}$`));
}

async function expectStage(page: Page, label: string | RegExp): Promise<void> {
  await expectText(page.getByTestId('hearing-panel').getByTestId('hearing-stage').first(), label);
}

/** Presses the page's 刷新 button and waits for the fresh case or to-do list. */
async function refresh(page: Page): Promise<void> {
  const fresh = page.waitForResponse(
    (r) =>
      r.request().method() === 'GET' &&
      /^\/api\/(cases\/[0-9a-f-]{36}|case-approvals)$/.test(new URL(r.url()).pathname),
  );
  await page.getByRole('button', { name: '刷新' }).click();
  await fresh;
}

/** Opens the approval from 待办审批 and approves it (通过) with an opinion. */
async function approveFromTodo(page: Page, caseTitle: string, kind: string, opinion: string) {
  await openMenu(page, '待办审批');
  await refresh(page);
  const row = page.locator('.ant-table-row', { hasText: caseTitle });
  await row.getByRole('link', { name: '去办理' }).click();
  await page.getByTestId('case-header').waitFor();
  await refresh(page);
  await page.getByTestId(`approve-${kind}`).click();
  const dlg = dialog(page, 'approval-modal');
  await dlg.getByLabel('审批意见').fill(opinion);
  await confirm(dlg, '确认通过');
  await expectText(page.locator('.ant-message-notice'), '已通过');
}

/** The runner's screenshot from the top of the page, once the messages have gone. */
async function topShot(shot: TestContext['shot'], name: string, page: Page): Promise<void> {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.evaluate('window.scrollTo(0, 0)');
  await shot(name, page);
}

// ---------------------------------------------------------------------------------------------- the test

export const tests: TestCase[] = [
  {
    name: 'a hearing over National Day: request posted on the last day, investigator refused as chair, notice six working days ahead refused, held, reported, decided',
    async run(ctx) {
      const { shot } = ctx;
      const tag = Date.now().toString(36).toUpperCase();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-hearings-'));
      // At most one server at a time; each restart is a few seconds, four in all.
      const running: { phase: Phase | null } = { phase: null };
      const restart = async (clock: string) => {
        await running.phase?.server.stop();
        running.phase = null;
        running.phase = await Phase.start(dataDir, clock);
        return running.phase;
      };
      try {
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
        await inBrowsers(ctx, p, async (b) => {
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
        await inBrowsers(ctx, p, async (b) => {
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
        await inBrowsers(ctx, p, async (b) => {
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
      } finally {
        await running.phase?.server.stop().catch(() => undefined);
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
