/**
 * Helpers shared by the case specs (cases, hearings): API clients and the API set-up of a case, the users'
 * browsers of one test, and the antd pieces of the case pages (Select, DatePicker, modals, 下一步, 待办审批).
 *
 * Not a spec: run.ts loads only `*.spec.ts`.
 */
import path from 'node:path';
import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { usccCheckChar } from '../common/uscc.js';
import { assert, DEMO_PASSWORD, expectText, login, RESULTS, type TestContext } from './harness.js';

export const VIOLATION_CODE = 'AQSCF-101-2';

// ---------------------------------------------------------------------------------------------- data

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A valid 统一社会信用代码 (GB 32100-2015 check character) derived from the tag. */
export function usccFor(tag: string): string {
  const tail = [...tag.padStart(7, '0').slice(-7)]
    .map((c) => USCC_CHARS[Number.parseInt(c, 36) % USCC_CHARS.length])
    .join('');
  const first17 = `91150402MA${tail}`;
  return first17 + usccCheckChar(first17)!;
}

// ---------------------------------------------------------------------------------------------- API

export interface ApiUser {
  /** The user's id. */
  id: string;
  get<T>(url: string): Promise<T>;
  send(method: 'POST' | 'PUT', url: string, data?: unknown): Promise<{ status: number; body: unknown }>;
  ok<T>(method: 'POST' | 'PUT', url: string, data?: unknown): Promise<T>;
  dispose(): Promise<void>;
}

/** An API client logged in as `username` (cookies and CSRF token), for setting up test data. */
export async function apiUser(baseURL: string, username: string): Promise<ApiUser> {
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
export async function withApi<T, const N extends string>(
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

/** Approves (同意) the case's pending approval of `kind` as `who`, through the API. */
export async function approveByApi(who: ApiUser, caseId: string, kind: string): Promise<void> {
  const c = await who.get<{ title: string; pendingApprovals: { id: string; kind: string }[] }>(
    `/api/cases/${caseId}`,
  );
  const p = c.pendingApprovals.find((a) => a.kind === kind);
  assert.ok(p, `a pending ${kind} approval on ${c.title}`);
  await who.ok('POST', `/api/cases/${caseId}/approvals/${p.id}`, { decision: 'approve', opinion: '同意。' });
}

/**
 * A case taken through the API as the demo users would (zhangwei and liuyang handle, wangqiang and zhaomin
 * approve), up to its 告知书 delivered: 60 000 元 to the company `subject` (hearing, legal review and collective
 * discussion required). The 案源 is received and the case filed on `today`; evidence is collected and the 告知书
 * delivered at `now()`. Returns the case's id.
 */
export async function noticedCase(
  u: Record<'zhangwei' | 'liuyang' | 'wangqiang' | 'zhaomin', ApiUser>,
  c: { tag: string; subject: string; title: string; today: string; actDate: string; now: () => string },
): Promise<string> {
  const zw = u.zhangwei;
  const org = await zw.get<{ units: { id: string; code: string }[] }>('/api/org');
  const unitId = org.units.find((x) => x.code === 'WHK')!.id;
  const candidates = await zw.get<{ items: { userId: string; name: string }[] }>(
    `/api/officer-candidates?category=hazardous_chemicals&on=${c.today}`,
  );
  const uid = (name: string) => candidates.items.find((x) => x.name === name)!.userId;
  const types = await zw.get<{ items: { id: string; code: string }[] }>(
    `/api/violation-types?q=${VIOLATION_CODE}`,
  );
  const violationTypeId = types.items.find((t) => t.code === VIOLATION_CODE)!.id;
  const source = await zw.ok<{ id: string }>('POST', '/api/case-sources', {
    kind: 'inspection',
    receivedOn: c.today,
    subjectName: c.subject,
    summary: '检查发现储罐区重大危险源未设置监测监控系统。',
    unitId,
  });
  const { id } = await zw.ok<{ id: string }>('POST', '/api/cases', {
    sourceId: source.id,
    title: c.title,
    category: 'hazardous_chemicals',
    actDate: c.actDate,
    discoveredOn: c.today,
    facts: '经检查，该公司储罐区构成重大危险源，未设置监测监控系统。',
    place: '该公司储罐区',
    officerIds: [uid('张伟'), uid('刘洋')],
    opinion: '建议立案调查。',
  });
  await approveByApi(u.wangqiang, id, 'filing');
  await approveByApi(u.zhaomin, id, 'filing');
  await zw.ok('POST', `/api/cases/${id}/parties`, {
    kind: 'legal_person',
    name: c.subject,
    idKind: 'uscc',
    idNumber: usccFor(c.tag),
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
    collectedAt: c.now(),
    place: '该公司办公室',
  });
  await zw.ok('POST', `/api/cases/${id}/report`, {
    outcome: 'penalty',
    penalty: { items: [{ kind: 'fine', amountFen: 6_000_000 }] },
    facts: '该公司储罐区构成重大危险源，未设置监测监控系统。',
    reasons: '违反《中华人民共和国安全生产法》第四十条第一款，依法应予处罚。',
    flags: {},
  });
  await approveByApi(u.wangqiang, id, 'report');
  await zw.ok('POST', `/api/cases/${id}/notice`);
  await zw.ok('POST', `/api/cases/${id}/notice/delivery`, {
    method: 'direct',
    recipient: c.subject,
    deliveredAt: c.now(),
  });
  return id;
}

// ---------------------------------------------------------------------------------------------- browsers

/**
 * Other users' browsers in one test: each its own context, on `baseURL` (the test's server unless given) and, when
 * `now` is given, on a clock started at `now()` (the page's "today" is then a training clock's); closed (and
 * checked for page errors) together.
 */
export class Users {
  private pages: Page[] = [];
  private readonly errors: string[] = [];
  constructor(
    private readonly ctx: TestContext,
    private readonly opts: { spec: string; baseURL?: string; now?: () => Date },
  ) {}

  async as(username: string): Promise<Page> {
    const context = await this.ctx.browser.newContext({
      baseURL: this.opts.baseURL ?? this.ctx.baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    if (this.opts.now) await context.clock.install({ time: this.opts.now() });
    const page = await context.newPage();
    page.on('pageerror', (e) => this.errors.push(`${username}: ${e.message}`));
    this.pages.push(page);
    await login(page, username);
    return page;
  }

  /** Screenshots of every other user's page, for a failed test. */
  async failed(): Promise<void> {
    for (const [i, p] of this.pages.entries())
      await p
        .screenshot({ path: path.join(RESULTS, `FAILED--${this.opts.spec}--user-${i}.png`), fullPage: true })
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

// ---------------------------------------------------------------------------------------------- UI helpers

/** Opens a page from the main menu and waits for its heading. */
export async function openMenu(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '主菜单' })
    .getByRole('menuitem', { name: new RegExp(`${label}$`) })
    .click();
  await page.getByRole('heading', { level: 4, name: label, exact: true }).waitFor();
}

/** Opens /cases/:id (on `tab` when given) and waits for the case header. */
export async function openCase(page: Page, id: string, tab?: string): Promise<void> {
  await page.goto(`/cases/${id}${tab ? `?tab=${tab}` : ''}`);
  await page.getByTestId('case-header').waitFor();
}

/** The options of the antd Select dropdown now open. */
export function option(page: Page, text: string | RegExp): Locator {
  return page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
}

/**
 * Opens a single Select, optionally types a search, and picks the option showing `text`; retried when the click
 * lands while the dropdown is still moving (its open motion, or the virtual list scrolling to the active item).
 */
export async function choose(
  page: Page,
  field: Locator,
  text: string | RegExp,
  search?: string,
): Promise<void> {
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

/** Closes an open Select dropdown by clicking the title of the surrounding modal, drawer or page. */
export async function closeDropdown(container: Locator): Promise<void> {
  await container.locator('.ant-modal-title, .ant-drawer-title, h4').first().click();
  await container.page().locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Types a date (or a date and time) into an antd DatePicker and confirms it. */
export async function setDate(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  const page = field.page();
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden', timeout: 5000 });
  assert.equal(await field.inputValue(), value, 'the date picker took the typed value');
}

/** The modal whose body carries `testId`. */
export function dialog(page: Page, testId: string): Locator {
  return page.getByRole('dialog').filter({ has: page.getByTestId(testId) });
}

/**
 * The footer button of a modal. Matched by the end of its accessible name: after a refusal the button may keep
 * a hidden loading icon and be named "loading 添加当事人" (reported).
 */
export function okButton(dlg: Locator, okText: string): Locator {
  return dlg.locator('.ant-modal-footer').getByRole('button', { name: new RegExp(`${okText}$`) });
}

/**
 * Waits until a modal has finished its opening motion (antd's zoom/fade classes gone): a click that lands while
 * it still moves can be lost on a loaded machine.
 */
export async function opened(dlg: Locator): Promise<Locator> {
  await dlg.waitFor();
  const deadline = Date.now() + 5000;
  while (/zoom|fade/.test((await dlg.getAttribute('class')) ?? '') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  return dlg;
}

/** Presses the footer button of a modal and waits until it has closed (the step succeeded). */
export async function confirm(dlg: Locator, okText: string): Promise<void> {
  await opened(dlg);
  await okButton(dlg, okText).click();
  await dlg.waitFor({ state: 'hidden' });
}

/** Presses the footer button of a modal and waits for the server's refusal shown inside it, naming `texts`. */
export async function refused(dlg: Locator, okText: string, ...texts: (string | RegExp)[]): Promise<Locator> {
  await opened(dlg);
  await okButton(dlg, okText).click();
  const error = dlg.getByTestId('api-error');
  for (const t of texts) await expectText(error, t);
  return error;
}

/** A button of 下一步 (the case's next steps, from the server's abilities). */
export async function step(page: Page, label: string): Promise<void> {
  await page.getByTestId('next-steps').getByRole('button', { name: label, exact: true }).click();
}

/** Waits until the case header shows the status `label`. */
export async function expectStatus(page: Page, label: string): Promise<void> {
  await expectText(page.getByTestId('case-header').getByTestId('case-status'), new RegExp(`^${label}$`));
}

/** Waits for a message (antd `message`) showing `text`. */
export async function expectMessage(page: Page, text: string | RegExp): Promise<void> {
  await expectText(page.locator('.ant-message-notice'), text);
}

/**
 * Presses the page's 刷新 button and waits for the fresh case or to-do list. Pages keep what they loaded for 30 s
 * (staleTime), so a user coming back to a page after someone else acted must refresh it to see the change.
 */
export async function refresh(page: Page): Promise<void> {
  const fresh = page.waitForResponse(
    (r) =>
      r.request().method() === 'GET' &&
      /^\/api\/(cases\/[0-9a-f-]{36}|case-approvals)$/.test(new URL(r.url()).pathname),
  );
  await page.getByRole('button', { name: '刷新' }).click();
  await fresh;
}

/** Opens the approval from 待办审批 and approves it (通过) with an opinion. */
export async function approveFromTodo(page: Page, caseTitle: string, kind: string, opinion: string) {
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
  await expectMessage(page, '已通过');
}

/**
 * Scrolls to the top of the page once the messages have gone, for a picture of it (a full-page picture of a
 * scrolled page draws the fixed header across the middle).
 */
export async function toTop(page: Page): Promise<void> {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.evaluate('window.scrollTo(0, 0)');
}

/** The runner's screenshot, taken from the top of the page once the messages have gone (see toTop). */
export async function topShot(shot: TestContext['shot'], name: string, page: Page): Promise<void> {
  await toTop(page);
  await shot(name, page);
}

// ---------------------------------------------------------------------------------------------- small helpers

/** 'YYYY-MM-DD' `n` calendar days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The Beijing day of an instant. */
export function dayOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

let seq = 0;
/** A tag no other test (nor an earlier run against the same database) uses. */
export function uniqueTag(): string {
  seq += 1;
  return `${Date.now().toString(36).toUpperCase()}${seq}`;
}

export interface ApiAnswer {
  status: number;
  body: { code?: string; message?: string; basis?: string } | null;
}

/** A request sent by the page itself: its session cookie and its CSRF token, as the SPA would send it. */
export async function pageSend(page: Page, method: string, url: string, data?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, url, data }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const r = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        ...(data === undefined ? {} : { body: JSON.stringify(data) }),
      });
      const text = await r.text();
      return { status: r.status, body: text ? (JSON.parse(text) as ApiAnswer['body']) : null };
    },
    { method, url, data },
  );
}
