/**
 * The interference register (issue 8, 内部人员干预执法办案记录和责任追究制度) in the browser, on the shared server:
 *
 * 1. Set up through the API: a simple-procedure case (a 警告, filed back) handled by zhangwei and liuyang, on a form
 *    book of its own.
 * 2. zhangwei records a phone call from the deputy head 赵敏 on the 登记表 form, with the recording attached; a
 *    register without the recording (or a reason) is refused first.
 * 3. The principal 孙建国 sees it on his 工作台 and the register page and instructs referral to 纪检.
 * 4. The deputy head (the intervener), the section head 王强 and the system administrator get 404 for it, in the
 *    browser and from the API; editing it is refused (409, 第六条).
 * 5. Closing the case is refused until both handlers declare 有/无 内部人员过问; zhangwei declares 有 on the case's
 *    结案归档 tab, liuyang 无, then the closing request goes through.
 * 6. A transfer of zhangwei (his unit changed in the roster) raises a protection flag that 纪检 sees (then he is
 *    moved back, for the specs that follow).
 * 7. A register naming the principal as intervener never reaches him: not in his book, 404 at its address, no to-do.
 */
import { idNumberCheckChar } from '../common/contracts/personnel.js';
import { assert, expectText, login, type TestCase } from './harness.js';
import {
  choose,
  confirm,
  dayOf,
  dialog,
  openCase,
  opened,
  pageSend,
  refused,
  topShot,
  uniqueTag,
  Users,
  withApi,
} from './ui.js';

/** A 警告 decided on the spot by zhangwei and liuyang on a form of its own, filed back: ready to close. */
async function closableCase(baseURL: string, tag: string): Promise<string> {
  return withApi(baseURL, ['zhangwei', 'liuyang', 'lina'] as const, async (u) => {
    const prefix = `GY${tag}`;
    await u.lina.ok('POST', '/api/form-books', {
      prefix,
      firstNo: 1,
      lastNo: 1,
      holderId: u.zhangwei.id,
      note: '干预登记端到端测试',
    });
    const types = await u.zhangwei.get<{ items: { id: string }[] }>(
      '/api/violation-types?category=hazardous_chemicals',
    );
    const first17 = '15040219900101123';
    const today = dayOf(new Date());
    const c = await u.zhangwei.ok<{ id: string }>('POST', '/api/simple-cases', {
      formSerial: `${prefix}000001`,
      title: `从业人员未按规定佩戴劳动防护用品案（${tag}）`,
      category: 'hazardous_chemicals',
      party: {
        kind: 'natural',
        name: `钱某${tag}`,
        idKind: 'id_card',
        idNumber: first17 + idNumberCheckChar(first17),
        address: '赤峰市红山区演示小区5号楼',
        isMinor: false,
        limitedCapacity: false,
      },
      violationTypeId: types.items[0]!.id,
      facts: '现场检查发现当事人在危险化学品装卸作业中未按规定佩戴劳动防护用品。',
      actDate: today,
      decidedAt: new Date(Date.now() - 60_000).toISOString(),
      place: '赤峰市红山区某危险化学品储存库',
      officerIds: [u.zhangwei.id, u.liuyang.id],
      penalty: { items: [{ kind: 'warning' }] },
      statement: '当事人未提出陈述、申辩',
      refusedToSign: false,
      collectedOnSpot: false,
    });
    await u.zhangwei.ok('POST', `/api/cases/${c.id}/file-back`, { filedOn: today });
    return c.id;
  });
}

const ACCOUNT =
  '今日上午十时许，赵敏副局长来电称本案当事人是其朋友，要求对其从轻处理、不予处罚。本人当即拒绝，并告知其应依照程序办理。通话已录音。';

export const tests: TestCase[] = [
  {
    name: 'a phone call from the deputy head recorded with its recording, instructed by the principal, sealed from the intervener and his line, immutable; closing waits for the declarations; a transfer of the recorder flagged; a register against the principal never reaches him',
    async run(ctx) {
      const { page, baseURL, shot } = ctx;
      const users = new Users(ctx, { spec: 'interference' });
      const tag = uniqueTag();
      const caseId = await closableCase(baseURL, tag);
      try {
        // ---------------------------------------------------------------- 2. the register, in the form
        await login(page, 'zhangwei');
        await page.goto(`/interference/registers/new?caseId=${caseId}`);
        const form = page.getByTestId('register-form');
        await form.waitFor();
        await choose(page, page.getByTestId('intervener-select'), /赵敏/);
        const when = new Date(Date.now() - 2 * 3_600_000);
        const at = new Date(when.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
        await page.getByTestId('occurred-at').click();
        await page.getByTestId('occurred-at').fill(at);
        await page.getByTestId('occurred-at').press('Enter');
        await form.getByLabel('地点').fill('执法支队办公室（电话）');
        await form.getByLabel('过问内容').fill('询问案件进展，要求对当事人从轻处理、不予处罚');
        await page.getByTestId('method').getByText('电话', { exact: true }).click();
        await expectText(page.getByTestId('evidence-required'), '录音');
        await page
          .getByTestId('types')
          .getByText(/（六）本人或者授意/)
          .click();
        await page.getByTestId('response').getByText('予以拒绝').click();
        await page.getByTestId('account').fill(ACCOUNT);
        // Without the recording or a reason: refused by the server, with 第五条.
        await page.getByTestId('register-submit').click();
        await opened(page.locator('.ant-modal-confirm'));
        await page
          .locator('.ant-modal-confirm')
          .getByRole('button', { name: /确认提交$/ })
          .click();
        await expectText(page.getByTestId('api-error').first(), '录音');
        await expectText(page.getByTestId('api-error').first(), '第五条');
        // With the recording.
        await page.setInputFiles('[data-testid="evidence-uploads"] input[type=file]', {
          name: '赵敏来电录音.m4a',
          mimeType: 'audio/mp4',
          buffer: Buffer.from(`fake audio ${tag}`),
        });
        const kind = page.getByTestId('evidence-kind');
        await kind.waitFor();
        await choose(page, kind, '电话录音');
        await topShot(shot, 'interference-register-form', page);
        await page.getByTestId('register-submit').click();
        await opened(page.locator('.ant-modal-confirm'));
        await page
          .locator('.ant-modal-confirm')
          .getByRole('button', { name: /确认提交$/ })
          .click();
        await page.waitForURL(/\/interference\/registers\/[0-9a-f-]{36}$/);
        const registerId = page.url().split('/').pop()!;
        await expectText(page.getByTestId('register-details'), '赵敏');
        await expectText(page.getByTestId('register-details'), '待批示');
        await expectText(page.getByTestId('register-attachments'), '赵敏来电录音.m4a');
        await expectText(page.getByTestId('register-chain'), /[0-9a-f]{16}/);
        assert.equal(
          await page.getByRole('button', { name: /修改|编辑|删除/ }).count(),
          0,
          'no edit or delete on a submitted register',
        );
        // Editing it anyway: refused (第六条).
        const edit = await pageSend(page, 'PUT', `/api/interference/registers/${registerId}`, {
          place: '别处',
        });
        assert.equal(edit.status, 409, JSON.stringify(edit.body));
        assert.equal(edit.body?.code, 'INTERFERENCE_IMMUTABLE');
        assert.match(edit.body?.basis ?? '', /第六条/);

        // ---------------------------------------------------------------- 3. the principal instructs
        const principal = await users.as('sunjianguo');
        await principal.goto(`/interference/registers/${registerId}`);
        await principal.getByTestId('register-instruct').click();
        const dlg = await opened(dialog(principal, 'instruct-decision'));
        await dlg.getByTestId('instruct-decision').getByText('移送纪检监察核查').click();
        await dlg.getByTestId('instruct-text').fill('请派驻纪检监察组核查。');
        await confirm(dlg, '提交批示');
        await expectText(principal.getByTestId('register-details'), '已移送纪检核查');
        await topShot(shot, 'interference-register-instructed', principal);

        // ---------------------------------------------------------------- 4. 404 for the intervener and his line
        for (const u of ['zhaomin', 'wangqiang', 'sysadmin']) {
          const p = await users.as(u);
          const r = await p.request.get(`/api/interference/registers/${registerId}`);
          assert.equal(r.status(), 404, `${u} GET the register → ${r.status()}`);
          const pdf = await p.request.get(`/api/interference/registers/${registerId}/pdf`);
          assert.equal(pdf.status(), 404, `${u} GET its PDF → ${pdf.status()}`);
          if (u !== 'sysadmin') {
            await p.goto(`/interference/registers/${registerId}`);
            // A recorder's page says only that it does not exist; a role without the register has no such page.
            await p
              .getByText(u === 'wangqiang' ? '登记表不存在或无权查看' : '无权访问')
              .first()
              .waitFor();
          }
        }

        // ---------------------------------------------------------------- 5. closing waits for the declarations
        await openCase(page, caseId, 'closing');
        await page.getByTestId('closing-panel').waitFor();
        await page.getByTestId('closing-request').click();
        let req = await opened(dialog(page, 'closing-request-modal'));
        await choose(page, req.getByLabel('结案理由'), /^执行完毕$/);
        await req.getByTestId('closing-note').fill('警告已当场宣告并送达，执行完毕。');
        await refused(req, '提交结案申请', '尚未声明本案有无内部人员过问', '张伟');
        await req.getByRole('button', { name: /取\s*消/ }).click();
        await req.waitFor({ state: 'hidden' });
        const card = page.getByTestId('interference-declarations');
        await page.getByTestId('declare-some').click();
        await page
          .locator('.ant-popconfirm')
          .getByRole('button', { name: /确认声明$/ })
          .click();
        await expectText(card, '已声明');
        const colleague = await users.as('liuyang');
        await openCase(colleague, caseId, 'closing');
        await colleague.getByTestId('declare-none').click();
        await colleague
          .locator('.ant-popconfirm')
          .getByRole('button', { name: /确认声明$/ })
          .click();
        await expectText(colleague.getByTestId('declarations-complete'), '已全部声明');
        await openCase(page, caseId, 'closing');
        await page.getByTestId('closing-request').click();
        req = await opened(dialog(page, 'closing-request-modal'));
        await choose(page, req.getByLabel('结案理由'), /^执行完毕$/);
        await req.getByTestId('closing-note').fill('警告已当场宣告并送达，执行完毕。');
        await confirm(req, '提交结案申请');
        await expectText(page.getByTestId('closure-status'), '待审批');
        await topShot(shot, 'interference-declarations', page);

        // ---------------------------------------------------------------- 6. the recorder transferred: flagged
        const personnel = await users.as('lina');
        const officers = await personnel.request.get(
          `/api/personnel/officers?q=${encodeURIComponent('张伟')}`,
        );
        const officer = (
          (await officers.json()) as { items: { id: string; name: string; unitId: string }[] }
        ).items.find((o) => o.name === '张伟')!;
        const org = (await (await personnel.request.get('/api/org')).json()) as {
          units: { id: string; code: string }[];
        };
        const whk = org.units.find((x) => x.code === 'WHK')!.id;
        const moved = await pageSend(personnel, 'PATCH', `/api/personnel/officers/${officer.id}`, {
          unitId: whk,
          reason: '工作需要，调整至危险化学品安全监督管理科',
        });
        assert.ok(moved.status < 300, `transfer: ${JSON.stringify(moved.body)}`);
        const discipline = await users.as('zhoujing');
        await discipline.goto('/interference/protection');
        const flag = discipline.locator('.ant-table-row', { hasText: '张伟' }).first();
        await expectText(flag, '调离');
        await topShot(shot, 'interference-protection-flag', discipline);
        const back = await pageSend(personnel, 'PATCH', `/api/personnel/officers/${officer.id}`, {
          unitId: officer.unitId,
          reason: '端到端测试复原',
        });
        assert.ok(back.status < 300, `transfer back: ${JSON.stringify(back.body)}`);

        // ---------------------------------------------------------------- 7. the principal as intervener
        const against = await withApi(baseURL, ['zhangwei', 'sunjianguo'] as const, async (u) => {
          const r = await u.zhangwei.ok<{ id: string }>('POST', '/api/interference/registers', {
            caseId,
            intervenerId: u.sunjianguo.id,
            intervenerPost: '局长',
            intervenerUnit: '赤峰市应急管理局',
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            place: '局长办公室',
            content: '要求撤销本案',
            method: 'oral',
            types: ['I1'],
            response: 'refused',
            account: '孙建国局长当面要求撤销本案，本人拒绝并告知应依照程序办理。当面交谈，未能录音。',
            noRecordingReason: '当面交谈，无录音条件',
            attachments: [],
          });
          return r.id;
        });
        await principal.goto('/interference/registers');
        const mine = (await (await principal.request.get('/api/interference/registers')).json()) as {
          items: { id: string }[];
        };
        assert.ok(!mine.items.some((i) => i.id === against), 'not in the principal’s book');
        assert.equal(
          (await principal.request.get(`/api/interference/registers/${against}`)).status(),
          404,
          'the principal gets 404 for a register against him',
        );
        const todos = (await (await principal.request.get('/api/workbench/notifications')).json()) as unknown;
        assert.ok(!JSON.stringify(todos).includes(against), 'no to-do for the principal');
        await discipline.goto(`/interference/registers/${against}`);
        await expectText(discipline.getByTestId('register-details'), '改报派驻纪检监察组');
        await discipline.getByTestId('register-instruct').waitFor();
      } catch (e) {
        await users.failed();
        throw e;
      } finally {
        await users.close();
      }
    },
  },
];
