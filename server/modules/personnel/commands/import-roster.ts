import crypto from 'node:crypto';
import {
  isValidIdNumber,
  maskIdNumber,
  type ImportReport,
  type ImportRowError,
} from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { orgRepository } from '../../org/index.js';
import { certificateRepository } from '../certificate.repository.js';
import {
  columnLabel,
  parseRows,
  readRoster,
  type ParsedCertificate,
  type ParsedRow,
} from '../excel/roster-workbook.js';
import { officerRepository } from '../officer.repository.js';
import { PERSONNEL_AUDIT } from '../personnel.audit.js';
import { entrustmentOf, settingsFor, shanghaiToday, type PersonnelDeps } from '../personnel.context.js';
import type { CertificateRow, OfficerRow } from '../personnel.schema.js';
import { staffingRefusal } from '../rules/eligibility.js';
import { defaultValidUntil, nextRegistrationReview } from '../rules/prerequisites.js';
import { createCertificate } from './certificate-shared.js';
import { idNumberColumns } from './officers.js';

interface OfficerGroup {
  key: string;
  first: ParsedRow;
  certificates: { row: number; cert: ParsedCertificate }[];
  unitId: string;
  positionId: string | null;
  userId: string | null;
}

function identity(r: ParsedRow): string {
  return r.officer.idNumber ? `id:${r.officer.idNumber}` : `name:${r.officer.name}|${r.officer.unitName}`;
}

function sameOfficer(a: ParsedRow, b: ParsedRow): boolean {
  return JSON.stringify(a.officer) === JSON.stringify(b.officer);
}

/** Everything that needs the database: units, positions, accounts, duplicates in the file and in the roster. */
async function validate(
  tx: Tx,
  deps: PersonnelDeps,
  rows: readonly ParsedRow[],
  errors: ImportRowError[],
  today: LocalDate,
): Promise<OfficerGroup[]> {
  const unitByName = new Map((await orgRepository.units(tx)).map(({ unit }) => [unit.name, unit.id]));
  const positionByName = new Map((await orgRepository.positions(tx)).map((p) => [p.name, p.id]));
  const usernames = [...new Set(rows.map((r) => r.officer.username).filter((u): u is string => !!u))];
  const userIds = await officerRepository.userIdsByUsername(tx, usernames);
  const linked = await officerRepository.linkedUserIds(tx);
  const digests = deps.protector ? await officerRepository.allDigests(tx) : new Set<string>();
  const takenNumbers = await certificateRepository.numbersTaken(
    tx,
    rows.map((r) => r.certificate?.number).filter((n): n is string => !!n),
  );
  const err = (row: number, column: Parameters<typeof columnLabel>[0], message: string) =>
    errors.push({ row, column: columnLabel(column), message });

  const groups = new Map<string, OfficerGroup>();
  const numbersInFile = new Map<string, number>();
  const usernamesInFile = new Map<string, string>();
  for (const r of rows) {
    const o = r.officer;
    const before = errors.length;
    const unitId = unitByName.get(o.unitName);
    if (!unitId) err(r.row, 'unit', `科室/单位「${o.unitName}」不存在，须与组织机构中的名称一致`);
    const positionId = o.positionName ? positionByName.get(o.positionName) : null;
    if (o.positionName && !positionId) err(r.row, 'position', `职务「${o.positionName}」不存在`);
    let userId: string | null = null;
    if (o.username) {
      userId = userIds.get(o.username) ?? null;
      if (!userId) err(r.row, 'username', `账号「${o.username}」不存在`);
      else if (linked.has(userId)) err(r.row, 'username', `账号「${o.username}」已关联其他执法人员`);
    }
    if (o.idNumber) {
      if (!deps.protector) err(r.row, 'idNumber', '未配置字段加密密钥（ZHIFA_FIELD_KEY），不能导入身份证号');
      else if (digests.has(deps.protector.digest(o.idNumber)))
        err(r.row, 'idNumber', `身份证号 ${maskIdNumber(o.idNumber)} 已在名册中登记，请在系统中直接为其办理`);
    }
    const key = identity(r);
    const group = groups.get(key);
    if (group && !sameOfficer(group.first, r))
      err(
        r.row,
        'name',
        `与第 ${group.first.row} 行是同一人员（${o.idNumber ? '身份证号相同' : '姓名与单位相同'}），但人员信息不一致`,
      );
    if (o.username) {
      const other = usernamesInFile.get(o.username);
      if (other && other !== key) err(r.row, 'username', `账号「${o.username}」在文件中关联了不同人员`);
      usernamesInFile.set(o.username, key);
    }
    const c = r.certificate;
    if (c) {
      const first = numbersInFile.get(c.number);
      if (first) err(r.row, 'number', `证件编号 ${c.number} 与第 ${first} 行重复`);
      else if (takenNumbers.has(c.number)) err(r.row, 'number', `证件编号 ${c.number} 已在系统中登记`);
      numbersInFile.set(c.number, first ?? r.row);
      if (c.issuedOn > today) err(r.row, 'issuedOn', `发证日期 ${c.issuedOn} 晚于今天`);
      if (unitId) {
        const refusal = staffingRefusal(
          o.staffingType,
          entrustmentOf(await officerRepository.entrustment(tx, unitId)),
          c.issuedOn,
        );
        if (refusal) err(r.row, 'staffing', `${refusal.reason}（依据：${refusal.basis}）`);
      }
    }
    if (errors.length !== before || !unitId) continue;
    const g = group ?? { key, first: r, certificates: [], unitId, positionId: positionId ?? null, userId };
    if (c) g.certificates.push({ row: r.row, cert: c });
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * Imports officers and their certificates from the roster workbook. Every row is checked (form, then against
 * the organisation, accounts and the roster) and all errors are reported by row and column; with any error
 * nothing is written. Otherwise everything is written in one transaction — officers, certificates with their
 * history and renewal deadlines, and the audit events — so the import lands whole or not at all.
 * @throws AppError FILE_INVALID (not a workbook, missing columns), IMPORT_INVALID (with the row errors as
 *   details), FIELD_KEY_MISSING
 */
export async function importRoster(
  deps: PersonnelDeps,
  input: { data: Buffer; fileName: string; dryRun: boolean },
  ctx: AuditContext,
  now = new Date(),
): Promise<ImportReport> {
  const today = shanghaiToday(now);
  let raw;
  try {
    raw = await readRoster(input.data);
  } catch (e) {
    throw new AppError('FILE_INVALID', (e as Error).message);
  }
  if (!raw.length) throw new AppError('FILE_INVALID', '名册中没有数据行');
  const { rows, errors } = parseRows(raw, isValidIdNumber);
  const sha256 = crypto.createHash('sha256').update(input.data).digest('hex');

  return deps.database.transaction(async (tx) => {
    const groups = await validate(tx, deps, rows, errors, today);
    errors.sort((a, b) => a.row - b.row);
    const certificateCount = groups.reduce((n, g) => n + g.certificates.length, 0);
    const report: ImportReport = {
      ok: errors.length === 0,
      dryRun: input.dryRun,
      rows: raw.length,
      officers: groups.length,
      certificates: certificateCount,
      errors,
    };
    if (input.dryRun) return report;
    if (errors.length)
      throw new AppError('IMPORT_INVALID', `${errors.length} 处错误，未导入任何数据`, {
        details: errors.map((e) => ({ path: `第${e.row}行·${e.column}`, message: e.message })),
      });

    const created: { officer: OfficerRow; rows: number[]; certificates: CertificateRow[] }[] = [];
    for (const g of groups) {
      const o = g.first.officer;
      const officer = await officerRepository.insert(tx, {
        name: o.name,
        ...idNumberColumns(deps, o.idNumber),
        unitId: g.unitId,
        positionId: g.positionId,
        staffingType: o.staffingType,
        education: o.education,
        legalQualification: o.legalQualification,
        legalQualificationNo: o.legalQualificationNo,
        userId: g.userId,
      });
      const certs: CertificateRow[] = [];
      for (const { row, cert } of g.certificates) {
        const settings = await settingsFor(tx, cert.issuedOn);
        certs.push(
          await createCertificate(
            tx,
            {
              officer,
              number: cert.number,
              kind: cert.kind,
              issuingAuthority: cert.issuingAuthority,
              region: cert.region,
              categories: cert.categories,
              issuedOn: cert.issuedOn,
              validUntil: cert.validUntil ?? defaultValidUntil(cert.issuedOn, settings),
              nextReviewDue: nextRegistrationReview(cert.issuedOn, settings),
              event: {
                kind: 'imported',
                reason: `从名册导入（${input.fileName} 第 ${row} 行）`,
                basis: null,
                approverName: cert.issuingAuthority,
              },
            },
            ctx,
            today,
          ),
        );
      }
      created.push({
        officer,
        rows: [g.first.row, ...g.certificates.map((c) => c.row)],
        certificates: certs,
      });
    }
    // Audit events last: the deadline engine above took the calendar lock before the audit-chain lock.
    for (const c of created) {
      await recordAudit(tx, ctx, {
        action: PERSONNEL_AUDIT.officerCreated,
        objectType: 'officer',
        objectId: c.officer.id,
        payload: {
          name: c.officer.name,
          idNumber: c.officer.idNumberMasked,
          unitId: c.officer.unitId,
          staffingType: c.officer.staffingType,
          source: 'import',
          fileSha256: sha256,
          rows: [...new Set(c.rows)],
        },
      });
      for (const cert of c.certificates)
        await recordAudit(tx, ctx, {
          action: PERSONNEL_AUDIT.issued,
          objectType: 'certificate',
          objectId: cert.id,
          payload: {
            officerId: c.officer.id,
            name: c.officer.name,
            number: cert.number,
            kind: cert.kind,
            categories: cert.categories,
            region: cert.region,
            issuedOn: cert.issuedOn,
            validUntil: cert.validUntil,
            issuingAuthority: cert.issuingAuthority,
            source: 'import',
          },
        });
    }
    await recordAudit(tx, ctx, {
      action: PERSONNEL_AUDIT.imported,
      objectType: 'personnel_import',
      objectId: null,
      payload: {
        fileName: input.fileName,
        sha256,
        rows: raw.length,
        officers: created.length,
        certificates: certificateCount,
      },
    });
    return report;
  });
}
