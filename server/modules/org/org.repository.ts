import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import { lawEnforcementEntities, orgUnits, positions } from './org.schema.js';

export type EntityRow = typeof lawEnforcementEntities.$inferSelect;
export type UnitRow = typeof orgUnits.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;

/** The only code that touches the organisation tables. */
export const orgRepository = {
  async entity(db: Db | Tx): Promise<EntityRow | null> {
    const rows = await db
      .select()
      .from(lawEnforcementEntities)
      .orderBy(asc(lawEnforcementEntities.createdAt))
      .limit(1);
    return rows[0] ?? null;
  },
  async insertEntity(tx: Tx, v: typeof lawEnforcementEntities.$inferInsert): Promise<EntityRow> {
    return (await tx.insert(lawEnforcementEntities).values(v).returning())[0]!;
  },
  async updateEntity(
    tx: Tx,
    id: string,
    v: Partial<typeof lawEnforcementEntities.$inferInsert>,
  ): Promise<void> {
    await tx
      .update(lawEnforcementEntities)
      .set({ ...v, updatedAt: new Date() })
      .where(eq(lawEnforcementEntities.id, id));
  },
  async units(db: Db | Tx) {
    return db
      .select({
        unit: orgUnits,
        // Qualified by hand: inside the subquery drizzle would render a bare "id" (resolving to users.id).
        memberCount: sql<number>`(SELECT count(*)::int FROM users u WHERE u.unit_id = "org_units"."id" AND NOT u.disabled)`,
      })
      .from(orgUnits)
      .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.name));
  },
  async unit(db: Db | Tx, id: string): Promise<UnitRow | null> {
    return (await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1))[0] ?? null;
  },
  async unitByCodeOrName(db: Db | Tx, code: string, name: string): Promise<UnitRow | null> {
    return (
      (
        await db
          .select()
          .from(orgUnits)
          .where(sql`${orgUnits.code} = ${code} OR ${orgUnits.name} = ${name}`)
          .limit(1)
      )[0] ?? null
    );
  },
  async insertUnit(tx: Tx, v: typeof orgUnits.$inferInsert): Promise<UnitRow> {
    return (await tx.insert(orgUnits).values(v).returning())[0]!;
  },
  async updateUnit(tx: Tx, id: string, v: Partial<typeof orgUnits.$inferInsert>): Promise<void> {
    await tx
      .update(orgUnits)
      .set({ ...v, updatedAt: new Date() })
      .where(eq(orgUnits.id, id));
  },
  async positions(db: Db | Tx): Promise<PositionRow[]> {
    return db.select().from(positions).orderBy(asc(positions.sortOrder), asc(positions.name));
  },
  async position(db: Db | Tx, id: string): Promise<PositionRow | null> {
    return (await db.select().from(positions).where(eq(positions.id, id)).limit(1))[0] ?? null;
  },
  async positionByName(db: Db | Tx, name: string): Promise<PositionRow | null> {
    return (await db.select().from(positions).where(eq(positions.name, name)).limit(1))[0] ?? null;
  },
  async insertPosition(tx: Tx, v: typeof positions.$inferInsert): Promise<PositionRow> {
    return (await tx.insert(positions).values(v).returning())[0]!;
  },
  async updatePosition(tx: Tx, id: string, v: Partial<typeof positions.$inferInsert>): Promise<void> {
    await tx.update(positions).set(v).where(eq(positions.id, id));
  },
  async countUnits(db: Db | Tx): Promise<number> {
    return (await db.select({ n: count() }).from(orgUnits))[0]?.n ?? 0;
  },
};
