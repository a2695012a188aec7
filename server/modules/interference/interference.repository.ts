import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../common/roles.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { likePattern } from '../../platform/db/like.js';
import type { RegisterScope } from './interference.policy.js';
import {
  interferenceActions,
  interferenceAttachments,
  interferenceDeclarations,
  interferenceFindings,
  interferenceMonthlyReports,
  interferenceRegisters,
  interferenceSettings,
  interferenceUploads,
  personalFileEntries,
  retaliationFlags,
  supervisoryContacts,
  type ActionRow,
  type AttachmentRow,
  type DeclarationRow,
  type FileEntryRow,
  type FindingRow,
  type FlagRow,
  type MonthlyReportRow,
  type NewRegisterRow,
  type RegisterRow,
  type SettingsRow,
  type SupervisionRow,
  type UploadRow,
} from './interference.schema.js';

export interface PersonRow {
  id: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  positionName: string | null;
  roles: Role[];
  disabled: boolean;
}

export interface RegisterFilter {
  scope: RegisterScope;
  stageIds?: string[] | null;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Serialises the register chain (like the audit chain's lock, a transaction-scoped advisory lock). */
const CHAIN_LOCK = 7_301_010;

function scopeWhere(scope: RegisterScope): SQL | undefined {
  const r = interferenceRegisters;
  const notSealed = (userId: string) =>
    and(sql`${r.intervenerId} <> ${userId}`, sql`NOT (${userId}::uuid = ANY(${r.sealedFrom}))`);
  switch (scope.kind) {
    case 'own':
      return eq(r.recorderId, scope.userId);
    case 'principal':
      return or(eq(r.recorderId, scope.userId), and(eq(r.route, 'principal'), notSealed(scope.userId)));
    case 'oversight':
      return or(eq(r.recorderId, scope.userId), notSealed(scope.userId));
  }
}

/** The only file writing SQL for the interference tables (it reads users, units and cases alongside). */
export const interferenceRepository = {
  // ------------------------------------------------------------------ settings
  settingsOn: async (db: Db | Tx, on: string): Promise<SettingsRow | null> =>
    (
      await db
        .select()
        .from(interferenceSettings)
        .where(lte(interferenceSettings.effectiveFrom, on))
        .orderBy(desc(interferenceSettings.effectiveFrom))
        .limit(1)
    )[0] ?? null,
  settingsHistory: (db: Db | Tx): Promise<SettingsRow[]> =>
    db.select().from(interferenceSettings).orderBy(desc(interferenceSettings.effectiveFrom)),
  async saveSettings(tx: Tx, row: typeof interferenceSettings.$inferInsert): Promise<void> {
    await tx
      .insert(interferenceSettings)
      .values(row)
      .onConflictDoUpdate({
        target: interferenceSettings.effectiveFrom,
        set: {
          settings: row.settings,
          note: row.note,
          createdBy: row.createdBy,
          createdByName: row.createdByName,
        },
      });
  },

  // ------------------------------------------------------------------ uploads
  insertUpload: async (tx: Tx, row: typeof interferenceUploads.$inferInsert): Promise<UploadRow> =>
    (await tx.insert(interferenceUploads).values(row).returning())[0]!,
  lockUploads: (tx: Tx, ids: readonly string[]): Promise<UploadRow[]> =>
    ids.length
      ? tx
          .select()
          .from(interferenceUploads)
          .where(inArray(interferenceUploads.id, [...ids]))
          .for('update')
      : Promise.resolve([]),
  async useUploads(tx: Tx, ids: readonly string[], by: string): Promise<void> {
    if (ids.length)
      await tx
        .update(interferenceUploads)
        .set({ usedBy: by })
        .where(inArray(interferenceUploads.id, [...ids]));
  },

  // ------------------------------------------------------------------ registers
  /** Takes the chain lock and reads the head: the next seq and the previous hash. */
  async chainHead(
    tx: Tx,
  ): Promise<{ seq: number; hash: string | null; countThisYear: (year: number) => Promise<number> }> {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
    const head = await tx.execute<{ seq: string | number; hash: string }>(
      sql`SELECT seq, hash FROM interference_registers ORDER BY seq DESC LIMIT 1`,
    );
    return {
      seq: Number(head.rows[0]?.seq ?? 0),
      hash: head.rows[0]?.hash ?? null,
      countThisYear: async (year: number) => {
        const r = await tx.execute<{ n: string | number }>(
          sql`SELECT count(*) AS n FROM interference_registers WHERE register_no LIKE ${`%〔${year}〕%`}`,
        );
        return Number(r.rows[0]?.n ?? 0);
      },
    };
  },
  insertRegister: async (tx: Tx, row: NewRegisterRow): Promise<RegisterRow> =>
    (await tx.insert(interferenceRegisters).values(row).returning())[0]!,
  async insertAttachments(tx: Tx, rows: (typeof interferenceAttachments.$inferInsert)[]): Promise<void> {
    if (rows.length) await tx.insert(interferenceAttachments).values(rows);
  },
  register: async (db: Db | Tx, id: string): Promise<RegisterRow | null> =>
    (await db.select().from(interferenceRegisters).where(eq(interferenceRegisters.id, id)))[0] ?? null,
  registersByIds: (db: Db | Tx, ids: readonly string[]): Promise<RegisterRow[]> =>
    ids.length
      ? db
          .select()
          .from(interferenceRegisters)
          .where(inArray(interferenceRegisters.id, [...ids]))
      : Promise.resolve([]),
  registersOfCase: (db: Db | Tx, caseId: string): Promise<RegisterRow[]> =>
    db
      .select()
      .from(interferenceRegisters)
      .where(eq(interferenceRegisters.caseId, caseId))
      .orderBy(asc(interferenceRegisters.seq)),
  correctionOf: async (db: Db | Tx, id: string): Promise<RegisterRow | null> =>
    (await db.select().from(interferenceRegisters).where(eq(interferenceRegisters.correctsId, id)))[0] ??
    null,
  corrections: (db: Db | Tx, ids: readonly string[]) =>
    ids.length
      ? db
          .select({
            id: interferenceRegisters.id,
            correctsId: interferenceRegisters.correctsId,
            no: interferenceRegisters.registerNo,
          })
          .from(interferenceRegisters)
          .where(inArray(interferenceRegisters.correctsId, [...ids]))
      : Promise.resolve([]),
  async listRegisters(
    db: Db | Tx,
    f: RegisterFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: RegisterRow[]; total: number }> {
    const r = interferenceRegisters;
    const where = and(
      scopeWhere(f.scope),
      f.stageIds ? (f.stageIds.length ? inArray(r.id, f.stageIds) : sql`false`) : undefined,
      f.q
        ? or(
            sql`${r.registerNo} ILIKE ${likePattern(f.q)}`,
            sql`${r.caseNo} ILIKE ${likePattern(f.q)}`,
            sql`${r.intervenerName} ILIKE ${likePattern(f.q)}`,
            sql`${r.recorderName} ILIKE ${likePattern(f.q)}`,
          )
        : undefined,
      f.from ? sql`(${r.submittedAt} AT TIME ZONE 'Asia/Shanghai')::date >= ${f.from}::date` : undefined,
      f.to ? sql`(${r.submittedAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${f.to}::date` : undefined,
    );
    const [rows, count] = await Promise.all([
      db
        .select()
        .from(r)
        .where(where)
        .orderBy(desc(r.seq))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(r)
        .where(where),
    ]);
    return { rows, total: Number(count[0]?.n ?? 0) };
  },
  /** Every register id in a scope (to filter by derived stage). */
  scopedIds: async (db: Db | Tx, scope: RegisterScope): Promise<string[]> =>
    (
      await db.select({ id: interferenceRegisters.id }).from(interferenceRegisters).where(scopeWhere(scope))
    ).map((x) => x.id),
  allRegisters: (db: Db | Tx): Promise<RegisterRow[]> =>
    db.select().from(interferenceRegisters).orderBy(asc(interferenceRegisters.seq)),
  latestRegisterBy: async (db: Db | Tx, recorderId: string): Promise<RegisterRow | null> =>
    (
      await db
        .select()
        .from(interferenceRegisters)
        .where(eq(interferenceRegisters.recorderId, recorderId))
        .orderBy(desc(interferenceRegisters.seq))
        .limit(1)
    )[0] ?? null,

  attachments: (db: Db | Tx, registerIds: readonly string[]): Promise<AttachmentRow[]> =>
    registerIds.length
      ? db
          .select()
          .from(interferenceAttachments)
          .where(inArray(interferenceAttachments.registerId, [...registerIds]))
      : Promise.resolve([]),
  attachment: async (db: Db | Tx, id: string): Promise<AttachmentRow | null> =>
    (await db.select().from(interferenceAttachments).where(eq(interferenceAttachments.id, id)))[0] ?? null,

  // ------------------------------------------------------------------ actions
  actions: (db: Db | Tx, registerIds: readonly string[]): Promise<ActionRow[]> =>
    registerIds.length
      ? db
          .select()
          .from(interferenceActions)
          .where(inArray(interferenceActions.registerId, [...registerIds]))
          .orderBy(asc(interferenceActions.at))
      : Promise.resolve([]),
  allActions: (db: Db | Tx): Promise<ActionRow[]> =>
    db.select().from(interferenceActions).orderBy(asc(interferenceActions.at)),
  insertAction: async (tx: Tx, row: typeof interferenceActions.$inferInsert): Promise<ActionRow> =>
    (await tx.insert(interferenceActions).values(row).returning())[0]!,
  /** Registers awaiting a 批示 whose due day has passed and which were not escalated yet. */
  async overdueInstructions(db: Db | Tx, today: string): Promise<RegisterRow[]> {
    const r = interferenceRegisters;
    return db
      .select()
      .from(r)
      .where(
        and(
          sql`${r.instructionDueOn} < ${today}::date`,
          sql`NOT EXISTS (SELECT 1 FROM interference_actions a WHERE a.register_id = ${r.id}
                AND a.kind IN ('instruction', 'escalated', 'verification'))`,
        ),
      )
      .orderBy(asc(r.seq));
  },

  // ------------------------------------------------------------------ declarations
  declarations: (db: Db | Tx, caseId: string): Promise<DeclarationRow[]> =>
    db.select().from(interferenceDeclarations).where(eq(interferenceDeclarations.caseId, caseId)),
  insertDeclaration: async (
    tx: Tx,
    row: typeof interferenceDeclarations.$inferInsert,
  ): Promise<DeclarationRow> => (await tx.insert(interferenceDeclarations).values(row).returning())[0]!,
  declarationsBetween: (db: Db | Tx, from: Date, to: Date): Promise<DeclarationRow[]> =>
    db
      .select()
      .from(interferenceDeclarations)
      .where(
        and(gte(interferenceDeclarations.declaredAt, from), lte(interferenceDeclarations.declaredAt, to)),
      ),

  // ------------------------------------------------------------------ supervision (第八条)
  insertSupervision: async (tx: Tx, row: typeof supervisoryContacts.$inferInsert): Promise<SupervisionRow> =>
    (await tx.insert(supervisoryContacts).values(row).returning())[0]!,
  supervision: async (db: Db | Tx, id: string): Promise<SupervisionRow | null> =>
    (await db.select().from(supervisoryContacts).where(eq(supervisoryContacts.id, id)))[0] ?? null,
  lockSupervision: async (tx: Tx, id: string): Promise<SupervisionRow | null> =>
    (await tx.select().from(supervisoryContacts).where(eq(supervisoryContacts.id, id)).for('update'))[0] ??
    null,
  supervisionOfCase: (db: Db | Tx, caseId: string): Promise<SupervisionRow[]> =>
    db
      .select()
      .from(supervisoryContacts)
      .where(eq(supervisoryContacts.caseId, caseId))
      .orderBy(desc(supervisoryContacts.occurredAt)),
  flaggedSupervision: (db: Db | Tx, openOnly: boolean): Promise<SupervisionRow[]> =>
    db
      .select()
      .from(supervisoryContacts)
      .where(
        and(
          eq(supervisoryContacts.flagged, true),
          openOnly ? isNull(supervisoryContacts.reviewedAt) : undefined,
        ),
      )
      .orderBy(desc(supervisoryContacts.occurredAt)),
  allSupervision: (db: Db | Tx): Promise<SupervisionRow[]> => db.select().from(supervisoryContacts),
  async reviewSupervision(tx: Tx, id: string, set: Partial<SupervisionRow>): Promise<void> {
    await tx.update(supervisoryContacts).set(set).where(eq(supervisoryContacts.id, id));
  },

  // ------------------------------------------------------------------ findings (第十条)
  insertFinding: async (tx: Tx, row: typeof interferenceFindings.$inferInsert): Promise<FindingRow> =>
    (await tx.insert(interferenceFindings).values(row).returning())[0]!,
  findings: (db: Db | Tx): Promise<FindingRow[]> =>
    db.select().from(interferenceFindings).orderBy(desc(interferenceFindings.recordedAt)),
  findingsOf: (db: Db | Tx, subjectId: string): Promise<FindingRow[]> =>
    db
      .select()
      .from(interferenceFindings)
      .where(
        and(
          eq(interferenceFindings.subjectId, subjectId),
          inArray(interferenceFindings.kind, ['non_recording', 'false_recording']),
        ),
      ),

  // ------------------------------------------------------------------ retaliation flags (第六条)
  insertFlag: async (tx: Tx, row: typeof retaliationFlags.$inferInsert): Promise<FlagRow> =>
    (await tx.insert(retaliationFlags).values(row).returning())[0]!,
  lockFlag: async (tx: Tx, id: string): Promise<FlagRow | null> =>
    (await tx.select().from(retaliationFlags).where(eq(retaliationFlags.id, id)).for('update'))[0] ?? null,
  flags: (db: Db | Tx): Promise<FlagRow[]> =>
    db.select().from(retaliationFlags).orderBy(desc(retaliationFlags.raisedAt)),
  async resolveFlag(tx: Tx, id: string, set: Partial<FlagRow>): Promise<void> {
    await tx.update(retaliationFlags).set(set).where(eq(retaliationFlags.id, id));
  },

  // ------------------------------------------------------------------ monthly reports
  report: async (db: Db | Tx, id: string): Promise<MonthlyReportRow | null> =>
    (await db.select().from(interferenceMonthlyReports).where(eq(interferenceMonthlyReports.id, id)))[0] ??
    null,
  reportsOf: (db: Db | Tx, month: string | null): Promise<MonthlyReportRow[]> =>
    db
      .select()
      .from(interferenceMonthlyReports)
      .where(month ? eq(interferenceMonthlyReports.month, month) : undefined)
      .orderBy(desc(interferenceMonthlyReports.month), asc(interferenceMonthlyReports.unitName)),
  signedReports: (db: Db | Tx): Promise<MonthlyReportRow[]> =>
    db
      .select()
      .from(interferenceMonthlyReports)
      .where(sql`${interferenceMonthlyReports.signedAt} IS NOT NULL`),
  /** Writes a section's report for a month; an unsigned one is regenerated in place, a signed one is kept. */
  async upsertReport(
    tx: Tx,
    row: typeof interferenceMonthlyReports.$inferInsert,
  ): Promise<MonthlyReportRow | null> {
    const existing = (
      await tx
        .select()
        .from(interferenceMonthlyReports)
        .where(
          and(
            eq(interferenceMonthlyReports.month, row.month),
            eq(interferenceMonthlyReports.unitId, row.unitId),
          ),
        )
        .for('update')
    )[0];
    if (existing?.signedAt) return null;
    if (existing) {
      const { id: _id, ...set } = row;
      return (
        await tx
          .update(interferenceMonthlyReports)
          .set({ ...set, generatedAt: new Date() })
          .where(eq(interferenceMonthlyReports.id, existing.id))
          .returning()
      )[0]!;
    }
    return (await tx.insert(interferenceMonthlyReports).values(row).returning())[0]!;
  },
  async signReport(tx: Tx, id: string, by: string, name: string): Promise<void> {
    await tx
      .update(interferenceMonthlyReports)
      .set({ signedBy: by, signedByName: name, signedAt: new Date() })
      .where(eq(interferenceMonthlyReports.id, id));
  },

  // ------------------------------------------------------------------ personal files (第十一条)
  async insertFileEntries(tx: Tx, rows: (typeof personalFileEntries.$inferInsert)[]): Promise<void> {
    if (rows.length) await tx.insert(personalFileEntries).values(rows);
  },
  fileEntries: (db: Db | Tx, subjectId: string, kind?: string): Promise<FileEntryRow[]> =>
    db
      .select()
      .from(personalFileEntries)
      .where(
        and(
          eq(personalFileEntries.subjectId, subjectId),
          kind ? eq(personalFileEntries.fileKind, kind as FileEntryRow['fileKind']) : undefined,
        ),
      )
      .orderBy(desc(personalFileEntries.occurredOn), desc(personalFileEntries.recordedAt)),
  async fileSubjects(db: Db | Tx): Promise<{ subjectId: string; subjectName: string; entries: number }[]> {
    const rows = await db.execute<{ subject_id: string; subject_name: string; entries: number }>(sql`
      SELECT subject_id, max(subject_name) AS subject_name, count(*)::int AS entries
      FROM personal_file_entries GROUP BY subject_id ORDER BY max(subject_name)`);
    return rows.rows.map((r) => ({
      subjectId: r.subject_id,
      subjectName: r.subject_name,
      entries: Number(r.entries),
    }));
  },

  // ------------------------------------------------------------------ people and units (read only)
  async people(db: Db | Tx): Promise<PersonRow[]> {
    const rows = await db.execute<{
      id: string;
      name: string;
      unit_id: string | null;
      unit_name: string | null;
      position_name: string | null;
      roles: string[] | null;
      disabled: boolean;
    }>(sql`
      SELECT u.id, u.display_name AS name, u.unit_id, o.name AS unit_name, p.name AS position_name,
             array_remove(array_agg(r.role ORDER BY r.role), NULL) AS roles, u.disabled
      FROM users u
      LEFT JOIN org_units o ON o.id = u.unit_id
      LEFT JOIN positions p ON p.id = u.position_id
      LEFT JOIN user_roles r ON r.user_id = u.id
      GROUP BY u.id, o.name, p.name, o.sort_order
      ORDER BY o.sort_order NULLS LAST, u.display_name`);
    return rows.rows.map((r) => ({
      id: r.id,
      name: r.name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      positionName: r.position_name,
      roles: (r.roles ?? []) as Role[],
      disabled: r.disabled,
    }));
  },
  async units(
    db: Db | Tx,
  ): Promise<{ id: string; name: string; kind: string; supervisingLeaderId: string | null }[]> {
    const rows = await db.execute<{
      id: string;
      name: string;
      kind: string;
      supervising_leader_id: string | null;
    }>(sql`SELECT id, name, kind, supervising_leader_id FROM org_units ORDER BY sort_order, name`);
    return rows.rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      supervisingLeaderId: r.supervising_leader_id,
    }));
  },
  /** Cases closed (结案 approved) in a period, per unit. */
  async casesClosedBetween(
    db: Db | Tx,
    from: string,
    to: string,
  ): Promise<{ caseId: string; unitId: string }[]> {
    const rows = await db.execute<{ case_id: string; unit_id: string }>(sql`
      SELECT c.id AS case_id, c.unit_id FROM case_closures k JOIN cases c ON c.id = k.case_id
      WHERE k.status = 'approved' AND (k.decided_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${from}::date AND ${to}::date`);
    return rows.rows.map((r) => ({ caseId: r.case_id, unitId: r.unit_id }));
  },
  async caseUnits(db: Db | Tx, caseIds: readonly string[]): Promise<Map<string, string>> {
    if (!caseIds.length) return new Map();
    const rows = await db.execute<{ id: string; unit_id: string }>(
      sql`SELECT id, unit_id FROM cases WHERE id IN (${sql.join(
        [...new Set(caseIds)].map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    );
    return new Map(rows.rows.map((r) => [r.id, r.unit_id]));
  },
  async caseCount(db: Db | Tx): Promise<number> {
    const r = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM cases`);
    return Number(r.rows[0]?.n ?? 0);
  },
  /** Audit events about one object: a register's access log. */
  async accessLog(db: Db | Tx, objectId: string) {
    const rows = await db.execute<{
      id: string | number;
      occurred_at: Date | string;
      actor_name: string;
      actor_roles: string[];
      action: string;
      ip: string | null;
    }>(sql`
      SELECT id, occurred_at, actor_name, actor_roles, action, ip FROM audit_events
      WHERE object_type = 'interference_register' AND object_id = ${objectId} ORDER BY id`);
    return rows.rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.occurred_at).toISOString(),
      actorName: r.actor_name,
      actorRoles: r.actor_roles,
      action: r.action,
      ip: r.ip,
    }));
  },
};
