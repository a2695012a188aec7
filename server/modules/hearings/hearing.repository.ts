import { and, asc, desc, eq, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Penalty } from '../../../common/contracts/cases.js';
import type { HearingStage } from '../../../common/contracts/hearings.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { likePattern } from '../../platform/db/like.js';
import {
  hearingAgents,
  hearingPostponements,
  hearingRecusals,
  hearingRooms,
  hearings,
  type HearingAgentRow,
  type HearingPostponementRow,
  type HearingRecusalRow,
  type HearingRoomRow,
  type HearingRow,
} from './hearings.schema.js';

type NewHearing = typeof hearings.$inferInsert;

/** Stages in which a hearing holds its room, chair and members. */
export const LIVE_STAGES: readonly HearingStage[] = ['arranged', 'notified'];

/** What the statistics count of one hearing. */
export interface HearingStatRow {
  stage: HearingStage;
  public: boolean;
  requestReceivedOn: string;
  heldFrom: Date | null;
  updatedAt: Date;
  heardPenalty: Penalty | null;
  decidedPenalty: Penalty | null;
  decidedOn: string | null;
}

export interface HearingListFilter {
  from?: string;
  to?: string;
  stage?: HearingStage;
  roomId?: string;
  chairId?: string;
  q?: string;
}

/** A list row: the hearing with its case's number, title and parties (read from the case tables). */
export interface HearingListRow extends HearingRow {
  caseNo: string | null;
  caseTitle: string;
  partyNames: string;
  roomName: string | null;
}

/**
 * The only file writing SQL for the hearing tables. The list and statistics read the case tables' number, title,
 * party names and decided penalty alongside (read-only joins; the case module owns those rows).
 */
export const hearingRepository = {
  // ------------------------------------------------------------------ rooms
  rooms: (db: Db | Tx): Promise<HearingRoomRow[]> =>
    db.select().from(hearingRooms).orderBy(desc(hearingRooms.active), asc(hearingRooms.name)),
  room: async (db: Db | Tx, id: string): Promise<HearingRoomRow | null> =>
    (await db.select().from(hearingRooms).where(eq(hearingRooms.id, id)))[0] ?? null,
  roomByName: async (db: Db | Tx, name: string): Promise<HearingRoomRow | null> =>
    (await db.select().from(hearingRooms).where(eq(hearingRooms.name, name)))[0] ?? null,
  async insertRoom(tx: Tx, values: typeof hearingRooms.$inferInsert): Promise<HearingRoomRow> {
    return (await tx.insert(hearingRooms).values(values).returning())[0]!;
  },
  async updateRoom(tx: Tx, id: string, values: Partial<typeof hearingRooms.$inferInsert>): Promise<void> {
    await tx
      .update(hearingRooms)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(hearingRooms.id, id));
  },

  // ------------------------------------------------------------------ hearings
  async insert(tx: Tx, values: NewHearing): Promise<HearingRow> {
    return (await tx.insert(hearings).values(values).returning())[0]!;
  },
  byId: async (db: Db | Tx, id: string): Promise<HearingRow | null> =>
    (await db.select().from(hearings).where(eq(hearings.id, id)))[0] ?? null,
  byCase: async (db: Db | Tx, caseId: string): Promise<HearingRow | null> =>
    (await db.select().from(hearings).where(eq(hearings.caseId, caseId)))[0] ?? null,
  /** Locks the hearing row for the rest of the transaction. */
  async lock(tx: Tx, id: string): Promise<HearingRow | null> {
    return (await tx.select().from(hearings).where(eq(hearings.id, id)).for('update'))[0] ?? null;
  },
  async update(tx: Tx, id: string, patch: Partial<NewHearing>): Promise<void> {
    await tx
      .update(hearings)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(hearings.id, id));
  },

  /**
   * Live hearings that overlap [from, to) in the same room or with any of the given people as chair, officer or
   * clerk (a double booking), other than `exceptId`.
   */
  async overlapping(
    db: Db | Tx,
    q: { from: Date; to: Date; roomId: string | null; people: readonly string[]; exceptId: string },
  ): Promise<HearingRow[]> {
    const who: SQL[] = [];
    if (q.roomId) who.push(eq(hearings.roomId, q.roomId));
    if (q.people.length) {
      const ids = sql.join(
        q.people.map((p) => sql`${p}::uuid`),
        sql`, `,
      );
      who.push(sql`${hearings.chairId} IN (${ids})`);
      who.push(sql`${hearings.clerkId} IN (${ids})`);
      who.push(sql`${hearings.officerIds} && ARRAY[${ids}]`);
    }
    if (!who.length) return [];
    return db
      .select()
      .from(hearings)
      .where(
        and(
          inArray(hearings.stage, [...LIVE_STAGES]),
          ne(hearings.id, q.exceptId),
          lt(hearings.scheduledAt, q.to),
          sql`${hearings.scheduledAt} + make_interval(mins => ${hearings.durationMinutes}) > ${q.from.toISOString()}::timestamptz`,
          sql`(${sql.join(who, sql` OR `)})`,
        ),
      );
  },

  /** The bureau's hearings, for the calendar (scheduled in [from, to]) and the list. */
  async page(
    db: Db | Tx,
    filter: HearingListFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: HearingListRow[]; total: number }> {
    const where: SQL[] = [];
    if (filter.stage) where.push(eq(hearings.stage, filter.stage));
    if (filter.roomId) where.push(eq(hearings.roomId, filter.roomId));
    if (filter.chairId) where.push(eq(hearings.chairId, filter.chairId));
    if (filter.from)
      where.push(
        sql`${hearings.scheduledAt} >= (${filter.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`,
      );
    if (filter.to)
      where.push(
        sql`${hearings.scheduledAt} < ((${filter.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`,
      );
    if (filter.q)
      where.push(
        sql`(c.case_no ILIKE ${likePattern(filter.q)} OR c.title ILIKE ${likePattern(filter.q)} OR c.party_names ILIKE ${likePattern(filter.q)})`,
      );
    const cond = where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
    const countRows = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM hearings JOIN cases c ON c.id = hearings.case_id ${cond}`,
    );
    const total = Number(rowsOf(countRows)[0]?.n ?? 0);
    const result = await db.execute<{ id: string }>(sql`
      SELECT hearings.id FROM hearings JOIN cases c ON c.id = hearings.case_id ${cond}
      ORDER BY hearings.scheduled_at ASC NULLS FIRST, hearings.request_received_on ASC, hearings.id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
    const ids = rowsOf(result).map((r) => r.id);
    return { rows: await this.listRows(db, ids), total };
  },

  /** Hearings with their case's number, title, parties and room name, in the order of `ids`. */
  async listRows(db: Db | Tx, ids: readonly string[]): Promise<HearingListRow[]> {
    if (!ids.length) return [];
    const rows = await db
      .select()
      .from(hearings)
      .where(inArray(hearings.id, [...ids]));
    const info = rowsOf(
      await db.execute<{ id: string; case_no: string | null; title: string; party_names: string }>(
        sql`SELECT id, case_no, title, party_names FROM cases WHERE id IN (${sql.join(
          rows.map((r) => sql`${r.caseId}::uuid`),
          sql`, `,
        )})`,
      ),
    );
    const byCase = new Map(info.map((c) => [c.id, c]));
    const rooms = new Map((await this.rooms(db)).map((r) => [r.id, r.name]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids
      .map((id) => byId.get(id))
      .filter((r): r is HearingRow => !!r)
      .map((r) => ({
        ...r,
        caseNo: byCase.get(r.caseId)?.case_no ?? null,
        caseTitle: byCase.get(r.caseId)?.title ?? '',
        partyNames: byCase.get(r.caseId)?.party_names ?? '',
        roomName: r.roomId ? (rooms.get(r.roomId) ?? null) : null,
      }));
  },

  /** Hearings of a year's requests (statistics): the facts counted, with the case's decided penalty, in one query. */
  async ofYear(db: Db | Tx, year: number): Promise<HearingStatRow[]> {
    const r = await db.execute<{
      stage: HearingStage;
      public: boolean;
      request_received_on: string;
      held_from: number | null;
      updated_at: number;
      heard_penalty: unknown;
      decided_penalty: unknown;
      decided_on: string | null;
    }>(sql`
      SELECT h.stage, h.public, h.request_received_on::text AS request_received_on, (extract(epoch FROM h.held_from) * 1000)::float8 AS held_from,
        (extract(epoch FROM h.updated_at) * 1000)::float8 AS updated_at, h.heard_penalty, c.decided_penalty, c.decided_on::text AS decided_on
      FROM hearings h JOIN cases c ON c.id = h.case_id
      WHERE h.request_received_on >= ${`${year}-01-01`}::date AND h.request_received_on < ${`${year + 1}-01-01`}::date`);
    const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
    return rowsOf(r).map((x) => ({
      stage: x.stage,
      public: x.public,
      requestReceivedOn: x.request_received_on,
      heldFrom: x.held_from === null ? null : new Date(Number(x.held_from)),
      updatedAt: new Date(Number(x.updated_at)),
      heardPenalty: (json(x.heard_penalty) ?? null) as Penalty | null,
      decidedPenalty: (json(x.decided_penalty) ?? null) as Penalty | null,
      decidedOn: x.decided_on,
    }));
  },

  /** Cases whose notice offered a hearing and was delivered in the year, with their hearing status. */
  async eligibleOfYear(db: Db | Tx, year: number): Promise<{ hearingStatus: string }[]> {
    const r = await db.execute<{ hearing_status: string }>(sql`
      SELECT hearing_status FROM cases
      WHERE hearing_eligible AND notice_delivered_on >= ${`${year}-01-01`}::date
        AND notice_delivered_on < ${`${year + 1}-01-01`}::date`);
    return rowsOf(r).map((x) => ({ hearingStatus: x.hearing_status }));
  },

  /** Enabled staff who may sit in a hearing (enforcement, legal and leading roles), with their unit. */
  async staff(db: Db | Tx): Promise<{ id: string; name: string; unitName: string | null }[]> {
    const r = await db.execute<{ id: string; name: string; unit_name: string | null }>(sql`
      SELECT DISTINCT u.id, u.display_name AS name, o.name AS unit_name
      FROM users u JOIN user_roles r ON r.user_id = u.id LEFT JOIN org_units o ON o.id = u.unit_id
      WHERE NOT u.disabled AND r.role IN ('officer', 'section_head', 'legal_reviewer', 'leader', 'principal')
      ORDER BY name`);
    return rowsOf(r).map((x) => ({ id: x.id, name: x.name, unitName: x.unit_name }));
  },
  /** The unit name of each of the given users (the members shown on a hearing). */
  async unitNames(db: Db | Tx, userIds: readonly string[]): Promise<Map<string, string | null>> {
    if (!userIds.length) return new Map();
    const r = await db.execute<{ id: string; unit_name: string | null }>(sql`
      SELECT u.id, o.name AS unit_name FROM users u LEFT JOIN org_units o ON o.id = u.unit_id
      WHERE u.id IN (${sql.join(
        userIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
    return new Map(rowsOf(r).map((x) => [x.id, x.unit_name]));
  },

  // ------------------------------------------------------------------ agents, recusals, postponements
  agents: (db: Db | Tx, hearingId: string): Promise<HearingAgentRow[]> =>
    db
      .select()
      .from(hearingAgents)
      .where(eq(hearingAgents.hearingId, hearingId))
      .orderBy(asc(hearingAgents.addedAt)),
  async insertAgent(tx: Tx, values: typeof hearingAgents.$inferInsert): Promise<HearingAgentRow> {
    return (await tx.insert(hearingAgents).values(values).returning())[0]!;
  },
  recusals: (db: Db | Tx, hearingId: string): Promise<HearingRecusalRow[]> =>
    db
      .select()
      .from(hearingRecusals)
      .where(eq(hearingRecusals.hearingId, hearingId))
      .orderBy(asc(hearingRecusals.recordedAt)),
  async insertRecusal(tx: Tx, values: typeof hearingRecusals.$inferInsert): Promise<HearingRecusalRow> {
    return (await tx.insert(hearingRecusals).values(values).returning())[0]!;
  },
  async decideRecusal(
    tx: Tx,
    id: string,
    values: Pick<HearingRecusalRow, 'decision' | 'decisionReason' | 'decidedBy' | 'decidedAt' | 'documentId'>,
  ): Promise<void> {
    await tx.update(hearingRecusals).set(values).where(eq(hearingRecusals.id, id));
  },
  postponements: (db: Db | Tx, hearingId: string): Promise<HearingPostponementRow[]> =>
    db
      .select()
      .from(hearingPostponements)
      .where(eq(hearingPostponements.hearingId, hearingId))
      .orderBy(asc(hearingPostponements.decidedAt)),
  async insertPostponement(
    tx: Tx,
    values: typeof hearingPostponements.$inferInsert,
  ): Promise<HearingPostponementRow> {
    return (await tx.insert(hearingPostponements).values(values).returning())[0]!;
  },
};

function rowsOf<T>(result: { rows: T[] }): T[] {
  return result.rows;
}
