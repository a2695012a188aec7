import type { FastifyInstance } from 'fastify';
import { addDays, diffDays, type LocalDate } from '../../kernel/local-date.js';
import { recordAudit, systemContext, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { schedulePeriodic } from '../../platform/jobs.js';
import { envInt } from '../../platform/config.js';
import { iamQueries } from '../iam/index.js';
import { notificationsWriter, type NewNotification } from '../workbench/index.js';
import { certificateRepository } from './certificate.repository.js';
import { openRenewalDeadline } from './commands/certificate-shared.js';
import { officerRepository } from './officer.repository.js';
import { PERSONNEL_AUDIT } from './personnel.audit.js';
import { settingsFor, shanghaiToday } from './personnel.context.js';
import { trainingRepository } from './training.repository.js';
import { BASIS } from './rules/basis.js';

/** Advisory lock key: one personnel sweep at a time across instances. */
export const PERSONNEL_SWEEP_LOCK = 7_301_300;

export interface PersonnelSweepReport {
  ran: boolean;
  expiring: number;
  expired: number;
  reviewsDue: number;
  trainingShort: number;
  notifications: number;
}

const officerLink = (id: string) => `/personnel/officers/${id}`;

/**
 * The module's warnings on the 工作台, next to the deadline engine's 换发 deadline (opened per certificate; it
 * warns the holder and the unit's section heads before the application is due 3 months ahead of expiry — the
 * sweep first opens it for valid certificates that lack one):
 * - certificates expiring within each configured number of days (default 90 and 30), and just expired;
 * - 三年审核注册 due within 30 days;
 * - from the configured month (default October, the fourth quarter): certified officers below the annual
 *   training minimum — each officer, and a monthly summary for the roster keepers.
 * Holders are told through their account; the roster keepers (legal reviewers) get every item. Idempotent by
 * dedupe keys; one audit event per run that wrote something.
 */
export async function sweepPersonnel(
  database: Database,
  opts: { now: Date; ctx?: AuditContext },
): Promise<PersonnelSweepReport> {
  const none: PersonnelSweepReport = {
    ran: false,
    expiring: 0,
    expired: 0,
    reviewsDue: 0,
    trainingShort: 0,
    notifications: 0,
  };
  const locked = await database.withAdvisoryLock(PERSONNEL_SWEEP_LOCK, () =>
    run(database, opts.now, opts.ctx ?? systemContext()),
  );
  return locked?.value ?? none;
}

async function run(database: Database, now: Date, ctx: AuditContext): Promise<PersonnelSweepReport> {
  const db = database.db;
  const today = shanghaiToday(now);
  // Certificates without a renewal deadline (the demo seed's; any created while it could not be opened).
  for (const e of await certificateRepository.withoutRenewalDeadline(db, today))
    await database.transaction(async (tx) => {
      // Under the officer's lock, as the procedures: the certificate may have changed since it was read.
      await officerRepository.lock(tx, e.c.officerId);
      const c = await certificateRepository.find(tx, e.c.id);
      if (c?.status !== 'valid' || c.renewalDeadlineId) return;
      await openRenewalDeadline(
        tx,
        c,
        { id: c.officerId, name: e.officerName, userId: e.userId, unitId: e.unitId },
        ctx,
      );
    });
  const settings = await settingsFor(db, today);
  const keepers = (await iamQueries.usersWithRole(db, 'legal_reviewer'))
    .filter((u) => !u.disabled)
    .map((u) => u.id);
  const rows: NewNotification[] = [];
  const notify = (users: (string | null)[], n: Omit<NewNotification, 'userId'>) => {
    for (const u of new Set(users)) if (u) rows.push({ ...n, userId: u });
  };

  const thresholds = [...settings.expiryWarningDays].sort((a, b) => a - b);
  const widest = thresholds[thresholds.length - 1] ?? 0;
  const expiring = await certificateRepository.expiringBetween(db, today, addDays(today, widest));
  for (const e of expiring) {
    const left = diffDays(today, e.c.validUntil as LocalDate);
    const level = thresholds.find((d) => left <= d)!;
    notify([e.userId, ...keepers], {
      level: 'due_soon',
      title: `执法证件将于 ${e.c.validUntil} 到期：${e.officerName}`,
      body: `证件 ${e.c.number} 还有 ${left} 天到期。证件每6年换发，须在到期前3个月提出申请，到期未换发的不得继续执法。依据：${BASIS.expiry}`,
      link: officerLink(e.c.officerId),
      dedupeKey: `personnel:expiry:${e.c.id}:${level}`,
    });
  }
  const expired = await certificateRepository.expiringBetween(db, addDays(today, -30), addDays(today, -1));
  for (const e of expired)
    notify([e.userId, ...keepers], {
      level: 'overdue',
      title: `执法证件已过期：${e.officerName}`,
      body: `证件 ${e.c.number} 有效期至 ${e.c.validUntil}，已过期，持证人不得从事执法活动，请办理换发或注销。依据：${BASIS.validCertificate}`,
      link: officerLink(e.c.officerId),
      dedupeKey: `personnel:expired:${e.c.id}`,
    });

  const reviews = (await certificateRepository.expiringBetween(db, today, '9999-12-31')).filter(
    (e) => e.c.nextReviewDue <= addDays(today, 30) && e.c.nextReviewDue <= e.c.validUntil,
  );
  for (const e of reviews)
    notify(keepers, {
      level: e.c.nextReviewDue < today ? 'overdue' : 'due_soon',
      title: `证件审核注册${e.c.nextReviewDue < today ? '已逾期' : '将到期'}：${e.officerName}`,
      body: `证件 ${e.c.number} 应于 ${e.c.nextReviewDue} 前办理三年审核注册。依据：${BASIS.review}`,
      link: officerLink(e.c.officerId),
      dedupeKey: `personnel:review:${e.c.id}:${e.c.nextReviewDue}`,
    });

  let trainingShort = 0;
  const month = Number(today.slice(5, 7));
  if (month >= settings.trainingCheckFromMonth) {
    const year = Number(today.slice(0, 4));
    const officers = await trainingRepository.certifiedServingOfficers(db, today);
    const hours = await trainingRepository.hoursInYear(
      db,
      year,
      officers.map((o) => o.id),
    );
    const short = officers
      .map((o) => ({ ...o, hours: hours.get(o.id) ?? 0 }))
      .filter((o) => o.hours < settings.annualTrainingHours);
    trainingShort = short.length;
    for (const o of short)
      notify([o.userId], {
        level: 'due_soon',
        title: `${year} 年度培训学时不足：已完成 ${o.hours} 学时`,
        body: `执法人员每人每年培训不少于 ${settings.annualTrainingHours} 学时，尚差 ${settings.annualTrainingHours - o.hours} 学时，请在年底前完成。依据：${BASIS.training}`,
        link: officerLink(o.id),
        dedupeKey: `personnel:training:${year}:${o.id}`,
      });
    if (short.length)
      notify(keepers, {
        level: 'due_soon',
        title: `${year} 年度培训学时不足的执法人员：${short.length} 名`,
        body: `${short
          .slice(0, 20)
          .map((o) => `${o.name}（${o.hours}）`)
          .join(
            '、',
          )}${short.length > 20 ? ' 等' : ''}。最低 ${settings.annualTrainingHours} 学时。依据：${BASIS.training}`,
        link: `/personnel?trainingShort=true`,
        dedupeKey: `personnel:training-summary:${today.slice(0, 7)}`,
      });
  }

  const report = {
    ran: true,
    expiring: expiring.length,
    expired: expired.length,
    reviewsDue: reviews.length,
    trainingShort,
    notifications: 0,
  };
  if (!rows.length) return report;
  return database.transaction(async (tx) => {
    let inserted = 0;
    for (let i = 0; i < rows.length; i += 1000)
      inserted += await notificationsWriter.insertMany(tx, rows.slice(i, i + 1000));
    if (inserted)
      await recordAudit(tx, ctx, {
        action: PERSONNEL_AUDIT.swept,
        objectType: 'personnel_sweep',
        objectId: null,
        payload: {
          on: today,
          expiring: expiring.length,
          expired: expired.length,
          reviewsDue: reviews.length,
          trainingShort,
          notifications: inserted,
        },
      });
    return { ...report, notifications: inserted };
  });
}

/**
 * Runs the sweep inside the server, shortly after start and then every `intervalMinutes` (0: off). Like the
 * deadline sweeper, several instances may run it: the advisory lock lets one work at a time.
 */
export function startPersonnelSweeper(
  app: FastifyInstance,
  database: Database,
  settings: { intervalMinutes: number; firstDelaySeconds: number },
): void {
  schedulePeriodic(app, {
    name: '执法资格预警扫描',
    ...settings,
    run: async () => {
      const r = await sweepPersonnel(database, { now: new Date() });
      if (r.notifications) app.log.info({ sweep: r }, '执法资格预警扫描完成');
    },
  });
}

/**
 * ZHIFA_PERSONNEL_SWEEP_MINUTES (default 60; 0 turns it off; off under the test runner unless set). Read here
 * like the deadline module's settings, to keep platform/config.ts untouched by this module.
 */
export function personnelSweepSettingsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const minutes = envInt(
    'ZHIFA_PERSONNEL_SWEEP_MINUTES',
    env.ZHIFA_PERSONNEL_SWEEP_MINUTES,
    env.VITEST ? 0 : 60,
  );
  return { intervalMinutes: minutes, firstDelaySeconds: 45 };
}
