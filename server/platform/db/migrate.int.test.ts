import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '../../test/db.js';
import type { Database } from './database.js';
import { migrate, pendingMigrations, readMigrations } from './migrate.js';
import { lawEnforcementEntities, orgUnits, positions } from '../../modules/org/org.schema.js';
import { userRoles, users } from '../../modules/iam/iam.schema.js';
import { notifications } from '../../modules/workbench/workbench.schema.js';
import { personnelActions } from '../../modules/personnel/personnel.schema.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe(`migrations (${testEngine()})`, () => {
  it('are all applied and a second run changes nothing', async () => {
    expect(await pendingMigrations(database)).toEqual([]);
    const again = await migrate(database);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'x'.repeat(64) } : m));
    await expect(migrate(database, edited)).rejects.toThrow(/被修改|was edited/);
  });

  it('rolls back a failing migration whole', async () => {
    const bad = [
      ...readMigrations(),
      {
        name: '99999999T9999_bad.sql',
        sql: 'CREATE TABLE half_done (i int); SELECT no_such_function();',
        checksum: 'b',
      },
    ];
    await expect(migrate(database, bad)).rejects.toThrow();
    expect(
      await database.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`),
    ).toHaveLength(0);
  });

  it.each([
    ['law_enforcement_entities', lawEnforcementEntities],
    ['org_units', orgUnits],
    ['positions', positions],
    ['users', users],
    ['user_roles', userRoles],
    ['notifications', notifications],
    ['personnel_actions', personnelActions],
  ] as [string, PgTable][])('drizzle’s model of %s matches the migrated table', async (name, table) => {
    const cols = await database.query<{ column_name: string; is_nullable: string }>(
      `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [name],
    );
    const inDb = Object.fromEntries(cols.map((c) => [c.column_name, c.is_nullable === 'NO']));
    const model = Object.fromEntries(getTableConfig(table).columns.map((c) => [c.name, c.notNull]));
    expect(model).toEqual(inDb);
  });
});
