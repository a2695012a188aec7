import type { Role } from '../../../common/roles.js';
import { isValidUscc, usccCheckChar } from '../../../common/uscc.js';
import { addDays, todayInShanghai } from '../../kernel/local-date.js';
import { systemContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { fieldProtectorFor } from '../personnel/index.js';
import type { CaseActor, CaseDeps } from './cases.context.js';
import { ensureCatalogue } from './commands/catalogue.js';
import { caseCommands as c } from './commands/index.js';
import { blobStoreOf } from './index.js';

function uscc(first17: string): string {
  const code = first17 + usccCheckChar(first17);
  if (!isValidUscc(code)) throw new Error(`demo USCC ${code} invalid`);
  return code;
}

/**
 * Demo cases for the demo bureau, made through the real commands as the demo users (so every step is audited
 * and every 文书 rendered): a source waiting for triage, a case under investigation with its party, violation,
 * recusal declarations and evidence, a case waiting for the section head's review, and pre-numbered 当场处罚
 * forms allocated to the two officers.
 */
export async function seedCasesDemo(
  database: Database,
  config: { fieldKey?: string | null; dataDir?: string | null },
): Promise<{ hearingCaseId: string | null }> {
  let hearingCaseId: string | null = null;
  const deps: CaseDeps = {
    database,
    protector: fieldProtectorFor(database, config),
    blobs: blobStoreOf(database, config.dataDir),
  };
  await ensureCatalogue(database);
  const rows = await database.query<{
    id: string;
    username: string;
    display_name: string;
    unit_id: string;
    roles: Role[];
  }>(
    `SELECT u.id, u.username, u.display_name, u.unit_id, array_agg(r.role) AS roles
       FROM users u JOIN user_roles r ON r.user_id = u.id GROUP BY u.id`,
  );
  const units = new Map(
    (await database.query<{ id: string; code: string }>('SELECT id, code FROM org_units')).map((u) => [
      u.code,
      u.id,
    ]),
  );
  const user = (username: string) => rows.find((r) => r.username === username)!;
  const actor = (username: string): CaseActor => {
    const u = user(username);
    return { userId: u.id, name: u.display_name, roles: u.roles, unitId: u.unit_id, unitName: null };
  };
  const ctx = systemContext();
  const today = todayInShanghai(new Date());
  const [zhangwei, liuyang, wangqiang, zhaomin, lina] = [
    'zhangwei',
    'liuyang',
    'wangqiang',
    'zhaomin',
    'lina',
  ].map(actor) as [CaseActor, CaseActor, CaseActor, CaseActor, CaseActor];
  const whk = units.get('WHK')!;
  const violationId = async (code: string) =>
    (await database.query<{ id: string }>('SELECT id FROM violation_types WHERE code = $1', [code]))[0]?.id;

  await c.registerSource(
    deps,
    zhangwei,
    {
      kind: 'report',
      receivedOn: today,
      subjectName: '赤峰市松山区某加油站',
      subjectAddress: '赤峰市松山区某路88号',
      summary: '群众电话举报：该加油站夜间违规向塑料桶散装销售汽油。',
      informant: '匿名举报人（电话 12350 转办）',
      unitId: whk,
    },
    ctx,
  );

  async function filedCase(subject: string, title: string, facts: string, idFirst17: string, code: string) {
    const sourceId = await c.registerSource(
      deps,
      zhangwei,
      {
        kind: 'inspection',
        receivedOn: addDays(today, -6),
        subjectName: subject,
        summary: facts,
        unitId: whk,
      },
      ctx,
    );
    const caseId = await c.proposeFiling(
      deps,
      zhangwei,
      {
        sourceId,
        title,
        category: 'hazardous_chemicals',
        actDate: addDays(today, -10),
        actContinuing: false,
        discoveredOn: addDays(today, -6),
        extendedLimitation: false,
        facts,
        place: subject,
        officerIds: [zhangwei.userId, liuyang.userId],
        opinion: '涉嫌违反安全生产法律法规，建议立案调查。',
      },
      ctx,
    );
    for (const [who, level] of [
      [wangqiang, 1],
      [zhaomin, 2],
    ] as const) {
      const pending = await database.query<{ id: string }>(
        `SELECT id FROM case_approvals WHERE case_id = $1 AND status = 'pending' AND level = $2`,
        [caseId, level],
      );
      if (pending[0])
        await c.decideApproval(
          deps,
          who,
          caseId,
          pending[0].id,
          { decision: 'approve', opinion: '同意立案。' },
          ctx,
        );
    }
    await c.addParty(
      deps,
      zhangwei,
      caseId,
      {
        kind: 'legal_person',
        name: subject,
        idKind: 'uscc',
        idNumber: uscc(idFirst17),
        address: '赤峰市红山区演示路1号',
        legalRep: '王某某',
        phone: '0476-0000000',
        isMinor: false,
        limitedCapacity: false,
      },
      ctx,
    );
    const type = await violationId(code);
    if (type) await c.addViolation(deps, zhangwei, caseId, { violationTypeId: type, circumstances: '' }, ctx);
    for (const who of [zhangwei, liuyang])
      await c.declareRecusal(deps, who, caseId, { conflict: false, note: '' }, ctx);
    await c.addEvidence(
      deps,
      zhangwei,
      caseId,
      {
        kind: 'documentary',
        title: '营业执照及危险化学品经营许可证复印件',
        description: '证明当事人主体资格及经营范围',
        providedBy: subject,
        collectedBy: [zhangwei.userId, liuyang.userId],
        collectedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        place: `${subject}办公室`,
        step: 'inspection',
        lawfullyObtained: true,
      },
      ctx,
    );
    return caseId;
  }

  // Without a field key (PostgreSQL without ZHIFA_FIELD_KEY) parties cannot be stored: the demo then has
  // the source and the form books, but no filed cases.
  if (deps.protector) {
    await filedCase(
      '赤峰市某化工有限公司',
      '涉嫌未对重大危险源进行定期检测、评估、监控案',
      '执法人员检查发现，该公司储罐区构成三级重大危险源，未按规定进行定期检测、评估，未设置监测监控系统。',
      '91150402MA0QCFXG4',
      'AQSCF-101-2',
    );
    const reviewed = await filedCase(
      '赤峰市某仓储有限公司',
      '涉嫌未如实记录安全生产教育和培训情况案',
      '执法人员检查发现，该公司未建立安全生产教育和培训档案，未如实记录从业人员培训情况。',
      '91150403MA0RD7K1X',
      'AQSCF-97-4',
    );
    await c.submitReport(
      deps,
      zhangwei,
      reviewed,
      {
        outcome: 'penalty',
        penalty: { items: [{ kind: 'fine', amountFen: 1_000_000 }] },
        facts: '该公司未建立安全生产教育和培训档案，未如实记录从业人员安全生产教育和培训情况，证据确凿。',
        reasons: '违反《中华人民共和国安全生产法》第二十八条第四款，依法应予处罚。',
        flags: { majorPublicInterest: false, majorRights: false, complex: false, otherLaw: false },
        departureReason: '演示数据：按一般情节拟处罚',
      },
      ctx,
    );
    // A case whose 告知书 (a fine the hearing is offered for) was delivered today: the hearings demo goes on.
    const heard = await filedCase(
      '赤峰市某燃气有限公司',
      '涉嫌重大危险源未登记建档、未进行监控案',
      '执法人员检查发现，该公司液化石油气储配站构成重大危险源，未登记建档，未设置监测监控系统。',
      '91150404MA0TGH2L5',
      'AQSCF-101-2',
    );
    await c.submitReport(
      deps,
      zhangwei,
      heard,
      {
        outcome: 'penalty',
        penalty: { items: [{ kind: 'fine', amountFen: 8_000_000 }] },
        facts: '该公司液化石油气储配站构成重大危险源，未登记建档，未进行监控，证据确凿。',
        reasons: '违反《中华人民共和国安全生产法》第四十条第一款，依法应予处罚。',
        flags: { majorPublicInterest: false, majorRights: true, complex: false, otherLaw: false },
        departureReason: '演示数据：重大危险源未登记建档且未监控，按较重情节拟处罚',
      },
      ctx,
    );
    const review = await database.query<{ id: string }>(
      `SELECT id FROM case_approvals WHERE case_id = $1 AND status = 'pending'`,
      [heard],
    );
    if (review[0])
      await c.decideApproval(
        deps,
        wangqiang,
        heard,
        review[0].id,
        { decision: 'approve', opinion: '同意。' },
        ctx,
      );
    await c.issueNotice(deps, zhangwei, heard, ctx);
    await c.recordNoticeDelivery(
      deps,
      zhangwei,
      heard,
      {
        method: 'direct',
        recipient: '王某某',
        deliveredAt: new Date().toISOString(),
        witnesses: [],
        refusedToSign: false,
      },
      ctx,
    );
    hearingCaseId = heard;
  }

  for (const [holder, first] of [
    [zhangwei, 1],
    [liuyang, 51],
  ] as const)
    await c.allocateFormBook(
      deps,
      lina,
      { prefix: 'CFDC', firstNo: first, lastNo: first + 49, holderId: holder.userId, note: '演示数据' },
      ctx,
    );
  return { hearingCaseId };
}
