/**
 * Demo data of the execution module, made through the real commands: the bureau's 代收罚款协议 with a bank (filed),
 * 罚没款票据 books for the two officers, and a fine decided on the spot and payable at the bank (so the finance desk
 * and the 罚款执行 ledger have an entry).
 */
import { idNumberCheckChar } from '../../../common/contracts/personnel.js';
import type { Role } from '../../../common/roles.js';
import { addDays, todayInShanghai } from '../../kernel/local-date.js';
import { systemContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { fieldProtectorFor } from '../personnel/index.js';
import { blobStoreOf, caseCommands, type CaseActor, type CaseDeps } from '../cases/index.js';
import { createAgreement, fileAgreement } from './commands/agreements.js';
import { issueReceiptBook } from './commands/receipts.js';
import './index.js';

export async function seedExecutionDemo(
  database: Database,
  config: { fieldKey?: string | null; dataDir?: string | null },
): Promise<void> {
  const deps: CaseDeps = {
    database,
    protector: fieldProtectorFor(database, config),
    blobs: blobStoreOf(database, config.dataDir),
  };
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
  const actor = (username: string): CaseActor => {
    const u = rows.find((r) => r.username === username)!;
    return { userId: u.id, name: u.display_name, roles: u.roles, unitId: u.unit_id, unitName: null };
  };
  const [wuli, zhangwei, liuyang] = ['wuli', 'zhangwei', 'liuyang'].map(actor) as [
    CaseActor,
    CaseActor,
    CaseActor,
  ];
  const ctx = systemContext();
  const today = todayInShanghai(new Date());
  const signedOn = addDays(today, -40);
  const agreementId = await createAgreement(
    deps,
    wuli,
    {
      bankName: '中国农业银行股份有限公司赤峰分行',
      bankAddress: '赤峰市红山区演示大街1号',
      accountName: '赤峰市财政局非税收入汇缴结算户',
      accountNumber: '0560 0101 0400 0000 01',
      outlets: [
        { name: '农行赤峰红山支行营业部', address: '赤峰市红山区演示大街1号' },
        { name: '农行赤峰松山支行营业部', address: '赤峰市松山区演示路8号' },
      ],
      ePayment: '内蒙古自治区非税收入电子缴款平台',
      budgetSubject: '103050101 一般罚没收入',
      budgetLevel: 'municipal',
      reportingMethod:
        '代收银行每日通过非税收入管理系统向本局和市财政局传送缴款明细（缴款人、金额、日期、决定书文号）',
      reportingFrequency: '每个工作日',
      signedOn,
      validFrom: signedOn,
      validTo: null,
    },
    ctx,
  );
  await fileAgreement(
    deps,
    wuli,
    agreementId,
    { superiorOn: addDays(signedOn, 10), financeOn: addDays(signedOn, 10) },
    ctx,
  );
  for (const [holder, first] of [
    [zhangwei, 1],
    [liuyang, 51],
  ] as const)
    await issueReceiptBook(
      deps,
      wuli,
      {
        receiptType: '内蒙古自治区罚没款收据',
        prefix: 'NMFM',
        firstNo: first,
        lastNo: first + 49,
        holderId: holder.userId,
      },
      ctx,
    );
  const type = (
    await database.query<{ id: string }>(
      "SELECT id FROM violation_types WHERE category = 'hazardous_chemicals' AND active ORDER BY code LIMIT 1",
    )
  )[0]?.id;
  // Without a field key (PostgreSQL without ZHIFA_FIELD_KEY) no party can be recorded: the demo fine is left out.
  if (!type || !deps.protector) return;
  const first17 = '15040219850312123';
  await caseCommands.decideOnTheSpot(
    deps,
    zhangwei,
    {
      formSerial: 'CFDC000001',
      title: '从业人员未按规定佩戴劳动防护用品案',
      category: 'hazardous_chemicals',
      party: {
        kind: 'natural',
        name: '赵某某',
        idKind: 'id_card',
        idNumber: first17 + idNumberCheckChar(first17),
        address: '赤峰市红山区演示小区3号楼',
        isMinor: false,
        limitedCapacity: false,
      },
      violationTypeId: type,
      facts: '现场检查发现赵某某在危险化学品装卸作业中未按规定佩戴劳动防护用品。',
      actDate: today,
      decidedAt: new Date().toISOString(),
      place: '赤峰市红山区某危险化学品储存库',
      officerIds: [zhangwei.userId, liuyang.userId],
      penalty: { items: [{ kind: 'fine', amountFen: 20_000 }] },
      statement: '当事人未提出陈述、申辩',
      refusedToSign: false,
      collectedOnSpot: false,
    },
    ctx,
  );
}
