import {
  idNumberCheckChar,
  type EducationLevel,
  type EnforcementCategory,
  type StaffingType,
} from '../../../common/contracts/personnel.js';
import { addDays, type LocalDate } from '../../kernel/local-date.js';
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { certificateRepository } from './certificate.repository.js';
import { createCertificate } from './commands/certificate-shared.js';
import { idNumberColumns } from './commands/officers.js';
import type { FieldProtector } from './field-key.js';
import { officerRepository } from './officer.repository.js';
import { ensureFieldKey } from './personnel.context.js';
import { BASIS } from './rules/basis.js';
import { DEFAULT_SETTINGS } from './rules/settings.js';
import { defaultValidUntil, nextRegistrationReview } from './rules/prerequisites.js';
import { trainingRepository } from './training.repository.js';

export interface DemoRefs {
  userIds: Map<string, string>;
  unitIds: Map<string, string>;
  positionIds: Map<string, string>;
  /** Null when no field key is available (PostgreSQL without ZHIFA_FIELD_KEY): demo officers get no ID number. */
  protector: FieldProtector | null;
  today: LocalDate;
}

const id = (first17: string) => `${first17}${idNumberCheckChar(first17)}`;
const minDate = (a: LocalDate, b: LocalDate) => (a < b ? a : b);

/** The first 3-year registration review after today (the demo's earlier ones are taken as passed). */
function nextReviewAfter(issuedOn: LocalDate, today: LocalDate): LocalDate {
  let due = nextRegistrationReview(issuedOn, DEFAULT_SETTINGS);
  while (due <= today) due = nextRegistrationReview(due, DEFAULT_SETTINGS);
  return due;
}

interface DemoOfficer {
  name: string;
  username: string | null;
  unit: string;
  position: string;
  staffingType: StaffingType;
  education: EducationLevel;
  idNumber: string;
  legalQualificationNo?: string;
  legalReviewSince?: string;
  certificate?: {
    number: string;
    kind: 'enforcement' | 'supervision';
    categories: EnforcementCategory[];
    /** Issued this many days before today. */
    issuedDaysAgo: number;
  };
  /** Hours of training this year, in courses. */
  training: number[];
  suspendedDaysAgo?: number;
}

const OFFICERS: DemoOfficer[] = [
  {
    name: '张伟',
    username: 'zhangwei',
    unit: 'ZFZD',
    position: '执法队员',
    staffingType: 'managed_civil_servant',
    education: 'bachelor',
    idNumber: id('15040419880612301'),
    certificate: {
      number: '1504002024000101',
      kind: 'enforcement',
      categories: ['hazardous_chemicals', 'industry_trade'],
      issuedDaysAgo: 700,
    },
    training: [24, 24, 16],
  },
  {
    name: '刘洋',
    username: 'liuyang',
    unit: 'ZFZD',
    position: '执法队员',
    staffingType: 'managed_civil_servant',
    education: 'master',
    idNumber: id('15040219910308402'),
    certificate: {
      number: '1504002023000102',
      kind: 'enforcement',
      categories: ['hazardous_chemicals', 'industry_trade', 'non_coal_mines'],
      issuedDaysAgo: 1000,
    },
    training: [24, 12],
  },
  {
    name: '马超',
    username: null,
    unit: 'ZFZD',
    position: '执法队员',
    staffingType: 'managed_civil_servant',
    education: 'bachelor',
    idNumber: id('15042119850923101'),
    certificate: {
      number: '1504002021000103',
      kind: 'enforcement',
      categories: ['hazardous_chemicals', 'industry_trade'],
      issuedDaysAgo: 1500,
    },
    training: [24, 24, 12],
    suspendedDaysAgo: 20,
  },
  {
    name: '王强',
    username: 'wangqiang',
    unit: 'WHK',
    position: '科长',
    staffingType: 'civil_servant',
    education: 'bachelor',
    idNumber: id('15040219780115301'),
    // Expires within 90 days: the renewal warnings show on the demo 工作台.
    certificate: {
      number: '1504002020000104',
      kind: 'enforcement',
      categories: ['hazardous_chemicals'],
      issuedDaysAgo: 6 * 365 - 50,
    },
    training: [32, 24, 8],
  },
  {
    name: '李娜',
    username: 'lina',
    unit: 'ZCFG',
    position: '一级主任科员',
    staffingType: 'civil_servant',
    education: 'master',
    idNumber: id('15040319900721202'),
    legalQualificationNo: 'A20171504021234',
    legalReviewSince: '2019-06-01',
    certificate: { number: '1504002023000105', kind: 'supervision', categories: [], issuedDaysAgo: 900 },
    training: [40, 24],
  },
  {
    name: '陈杰',
    username: 'chenjie',
    unit: 'ZFZD',
    position: '执法队员',
    staffingType: 'civil_servant',
    education: 'bachelor',
    idNumber: id('15040219880312101'),
    // Issued more than six years ago and never renewed: expired.
    certificate: {
      number: '1504002019000106',
      kind: 'enforcement',
      categories: ['hazardous_chemicals', 'industry_trade'],
      issuedDaysAgo: 6 * 365 + 40,
    },
    training: [8],
  },
  {
    name: '赵刚',
    username: null,
    unit: 'ZFZD',
    position: '科员',
    staffingType: 'dispatched',
    education: 'associate',
    idNumber: id('15040419950504101'),
    training: [16],
  },
];

/**
 * The demo roster inside the demo seed's transaction: two certified officers of the 执法支队 with valid
 * certificates, one whose certificate is suspended, a section head whose certificate expires within 90 days,
 * the legal reviewer with the 法律职业资格 and a supervision certificate, a dispatched worker without a
 * certificate; training this year and passed exams; the 执法支队 registered as entrusted.
 */
export async function seedPersonnelDemo(
  tx: Tx,
  refs: DemoRefs,
  ctx: AuditContext,
): Promise<{ officers: number; certificates: number }> {
  const { today } = refs;
  const year = today.slice(0, 4);
  if (refs.protector) await ensureFieldKey(tx, refs.protector);
  const zfzd = refs.unitIds.get('ZFZD');
  if (zfzd)
    await officerRepository.upsertEntrustment(tx, {
      unitId: zfzd,
      basis: '《行政执法委托书》（赤应急委〔2019〕1号，演示数据）',
      entrustedFrom: '2019-03-01',
      entrustedUntil: null,
    });
  let certificates = 0;
  for (const d of OFFICERS) {
    const unitId = refs.unitIds.get(d.unit)!;
    const userId = d.username ? (refs.userIds.get(d.username) ?? null) : null;
    const officer = await officerRepository.insert(tx, {
      name: d.name,
      ...(refs.protector ? idNumberColumns({ protector: refs.protector }, d.idNumber) : {}),
      unitId,
      positionId: refs.positionIds.get(d.position) ?? null,
      staffingType: d.staffingType,
      education: d.education,
      legalQualification: !!d.legalQualificationNo,
      legalQualificationNo: d.legalQualificationNo ?? null,
      legalReviewSince: d.legalReviewSince ?? null,
      userId,
    });
    for (const [i, hours] of d.training.entries())
      await trainingRepository.insertTraining(tx, {
        officerId: officer.id,
        course: ['应急管理法律法规专题培训', '行政执法规范化实务', '危险化学品安全监管业务'][i % 3]!,
        provider: '赤峰市应急管理局',
        category: (['public_law', 'skills', 'sector_law'] as const)[i % 3]!,
        hours,
        completedOn: minDate(`${year}-0${3 + i * 2}-15` as LocalDate, addDays(today, -i)),
        recordedByName: '系统（演示数据）',
      });
    if (!d.certificate) continue;
    const issuedOn = addDays(today, -d.certificate.issuedDaysAgo);
    for (const kind of ['general', 'special'] as const)
      await trainingRepository.insertExam(tx, {
        officerId: officer.id,
        kind,
        takenOn: addDays(issuedOn, -40),
        score: 86,
        passMark: 60,
        passed: true,
        recordedByName: '系统（演示数据）',
      });
    const cert = await createCertificate(
      tx,
      {
        officer: { ...officer, userId },
        number: d.certificate.number,
        kind: d.certificate.kind,
        issuingAuthority: '内蒙古自治区人民政府',
        region: '赤峰市',
        categories: d.certificate.categories,
        issuedOn,
        validUntil: defaultValidUntil(issuedOn, DEFAULT_SETTINGS),
        nextReviewDue: nextReviewAfter(issuedOn, today),
        event: { kind: 'imported', reason: '演示数据', basis: null, approverName: '内蒙古自治区人民政府' },
        // The seed writes one audit event; the sweep opens the renewal deadlines on its first run.
        openRenewalDeadline: false,
      },
      ctx,
      today,
    );
    certificates++;
    if (d.suspendedDaysAgo) {
      const on = addDays(today, -d.suspendedDaysAgo);
      await certificateRepository.update(tx, cert.id, { status: 'suspended', statusChangedOn: on });
      await certificateRepository.insertEvent(tx, {
        certificateId: cert.id,
        kind: 'suspended',
        effectiveOn: on,
        statusBefore: 'valid',
        statusAfter: 'suspended',
        reason: '涉嫌执法过错，暂扣证件，待过错责任调查结论（演示数据）',
        basis: BASIS.suspension,
        approverId: refs.userIds.get('sunjianguo') ?? null,
        approverName: '孙建国',
        documentNo: `赤应急暂扣〔${year}〕1号`,
        recordedByName: '系统（演示数据）',
      });
    }
  }
  return { officers: OFFICERS.length, certificates };
}
