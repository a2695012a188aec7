import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import { personnelActions, type NewPersonnelActionRow, type PersonnelActionRow } from './personnel.schema.js';

/**
 * The only code that touches `personnel_actions` (人事处理记录). Insert and read only: the table is append-only in
 * the database (trigger), a wrong entry is answered by a new one.
 */
export const personnelActionRepository = {
  async insert(tx: Tx, v: NewPersonnelActionRow): Promise<PersonnelActionRow> {
    return (await tx.insert(personnelActions).values(v).returning())[0]!;
  },

  /** An officer's actions, latest effective date first (then latest recorded). */
  async ofOfficer(db: Db | Tx, officerId: string): Promise<PersonnelActionRow[]> {
    return db
      .select()
      .from(personnelActions)
      .where(eq(personnelActions.officerId, officerId))
      .orderBy(desc(personnelActions.effectiveOn), desc(personnelActions.recordedAt));
  },
};
