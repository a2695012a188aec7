import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit, buildUser } from '../../test/factories.js';
import * as schema from './cases.schema.js';

let database: Database;
/** One row of each append-only table, by table name. */
const ids: Record<string, string> = {};
let caseId = '';

const APPEND_ONLY = [
  'official_documents',
  'case_steps',
  'penalty_proposals',
  'evidence_files',
  'evidence_custody',
  'deliveries',
] as const;
type AppendOnly = (typeof APPEND_ONLY)[number];

/** A column each UPDATE sets (to its own value: even a no-op change of a row is refused). */
const SOME_COLUMN: Record<AppendOnly, string> = {
  official_documents: 'title',
  case_steps: 'opinion',
  penalty_proposals: 'reason',
  evidence_files: 'file_name',
  evidence_custody: 'note',
  deliveries: 'recipient',
};

const one = async (sql: string, params: unknown[]) =>
  (await database.query<{ id: string }>(sql, params))[0]!.id;

beforeAll(async () => {
  database = await createTestDatabase();
  const unit = await buildUnit(database);
  const { user } = await buildUser(database, { roles: ['officer'], unitId: unit.id });
  const u = user.id;
  caseId = await one(
    `INSERT INTO cases (procedure, unit_id, title, category, status, act_date, discovered_on, limitation_until,
       created_by)
     VALUES ('ordinary', $1, '某化工公司未按规定监测重大危险源案', 'hazardous_chemicals', 'investigating',
       '2026-01-05', '2026-01-06', '2028-01-05', $2) RETURNING id`,
    [unit.id, u],
  );
  ids.case_steps = await one(
    `INSERT INTO case_steps (case_id, kind, actor_id, actor_name, opinion)
     VALUES ($1, 'filing_proposed', $2, '测试执法人员', '建议立案') RETURNING id`,
    [caseId, u],
  );
  ids.penalty_proposals = await one(
    `INSERT INTO penalty_proposals (case_id, version, stage, outcome, penalty, proposed_by, proposed_by_name)
     VALUES ($1, 1, 'report', 'penalty', '{"items":[{"kind":"fine","amountFen":3000000}]}', $2, '测试执法人员')
     RETURNING id`,
    [caseId, u],
  );
  const evidenceId = await one(
    `INSERT INTO evidence_items (case_id, seq, kind, title, collected_by, collected_at, place, created_by)
     VALUES ($1, 1, 'documentary', '营业执照复印件', ARRAY[$2::uuid], now(), '企业办公室', $2) RETURNING id`,
    [caseId, u],
  );
  ids.evidence_files = await one(
    `INSERT INTO evidence_files (evidence_id, case_id, blob_key, file_name, size, sm3, uploaded_by)
     VALUES ($1, $2, 'blobs/test-1', '营业执照.pdf', 1024, repeat('a', 64), $3) RETURNING id`,
    [evidenceId, caseId, u],
  );
  ids.evidence_custody = await one(
    `INSERT INTO evidence_custody (evidence_id, case_id, at, action, to_person, recorded_by)
     VALUES ($1, $2, now(), 'collected', '测试执法人员', $3) RETURNING id`,
    [evidenceId, caseId, u],
  );
  ids.official_documents = await one(
    `INSERT INTO official_documents (case_id, kind, title, data, pdf_key, pdf_sm3, pdf_size, docx_key, docx_sm3,
       docx_size, issued_by, issued_by_name)
     VALUES ($1, 'filing_approval', '立案审批表', '{}', 'docs/1.pdf', repeat('b', 64), 10, 'docs/1.docx',
       repeat('c', 64), 20, $2, '测试执法人员') RETURNING id`,
    [caseId, u],
  );
  ids.deliveries = await one(
    `INSERT INTO deliveries (case_id, document_id, method, recipient, delivered_at, effective_on, recorded_by)
     VALUES ($1, $2, 'direct', '某化工公司', now(), '2026-03-02', $3) RETURNING id`,
    [caseId, ids.official_documents, u],
  );
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const count = async (table: string, id: string) =>
  (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE id = $1`, [id]))[0]!.n;

describe(`append-only case records (${testEngine()})`, () => {
  it.each(APPEND_ONLY)('%s refuses an UPDATE with the Chinese message', async (table) => {
    const col = SOME_COLUMN[table];
    await expect(
      database.query(`UPDATE ${table} SET ${col} = ${col} WHERE id = $1`, [ids[table]]),
    ).rejects.toThrow(`${table} 为只增记录，不得修改或删除`);
  });

  it.each(APPEND_ONLY)('%s refuses a DELETE and keeps the row', async (table) => {
    await expect(database.query(`DELETE FROM ${table} WHERE id = $1`, [ids[table]])).rejects.toThrow(
      `${table} 为只增记录，不得修改或删除`,
    );
    expect(await count(table, ids[table]!)).toBe(1);
  });

  it.each(APPEND_ONLY)('%s refuses an unqualified DELETE of the whole table', async (table) => {
    await expect(database.query(`DELETE FROM ${table}`)).rejects.toThrow('为只增记录，不得修改或删除');
    expect(await count(table, ids[table]!)).toBe(1);
  });

  it('refuses a change made through drizzle inside a transaction, and rolls the transaction back', async () => {
    const err = await database
      .transaction(async (tx) => {
        await tx.update(schema.cases).set({ facts: '事实已改' }).where(eq(schema.cases.id, caseId));
        await tx
          .update(schema.caseSteps)
          .set({ opinion: '改写的意见' })
          .where(eq(schema.caseSteps.id, ids.case_steps!));
      })
      .then(
        () => null,
        (e: unknown) => e as Error,
      );
    // drizzle wraps the database error ("Failed query: …"); the trigger's message is its cause.
    expect(err).toBeInstanceOf(Error);
    expect(String((err!.cause as Error | undefined)?.message ?? err!.message)).toContain(
      'case_steps 为只增记录，不得修改或删除',
    );
    const [row] = await database.query<{ facts: string }>('SELECT facts FROM cases WHERE id = $1', [caseId]);
    expect(row!.facts).toBe('');
    const [step] = await database.query<{ opinion: string }>('SELECT opinion FROM case_steps WHERE id = $1', [
      ids.case_steps,
    ]);
    expect(step!.opinion).toBe('建议立案');
  });

  it('refuses filling in the receipt of a recorded delivery afterwards', async () => {
    await expect(
      database.query('UPDATE deliveries SET receipt_document_id = $1 WHERE id = $2', [
        ids.official_documents,
        ids.deliveries,
      ]),
    ).rejects.toThrow('deliveries 为只增记录');
  });

  it('still accepts new rows: a correction is a new document that supersedes the old one', async () => {
    const id = await one(
      `INSERT INTO official_documents (case_id, kind, title, data, pdf_key, pdf_sm3, pdf_size, docx_key, docx_sm3,
         docx_size, issued_by_name, version, supersedes_id, correction_reason)
       VALUES ($1, 'filing_approval', '立案审批表', '{}', 'docs/2.pdf', repeat('d', 64), 10, 'docs/2.docx',
         repeat('e', 64), 20, '测试执法人员', 2, $2, '更正笔误') RETURNING id`,
      [caseId, ids.official_documents],
    );
    expect(await count('official_documents', id)).toBe(1);
    await expect(
      one(
        `INSERT INTO official_documents (case_id, kind, title, data, pdf_key, pdf_sm3, pdf_size, docx_key,
           docx_sm3, docx_size, issued_by_name, version, supersedes_id)
         VALUES ($1, 'filing_approval', '立案审批表', '{}', 'x', 'x', 1, 'x', 'x', 1, '测试', 2, $2) RETURNING id`,
        [caseId, ids.official_documents],
      ),
    ).rejects.toThrow();
  });

  it('leaves the working tables (the case itself, approvals) changeable', async () => {
    await database.query(`UPDATE cases SET facts = '补充的事实' WHERE id = $1`, [caseId]);
    const [row] = await database.query<{ facts: string }>('SELECT facts FROM cases WHERE id = $1', [caseId]);
    expect(row!.facts).toBe('补充的事实');
  });
});

// ------------------------------------------------------------------------------------------ model vs table

const here = path.dirname(fileURLToPath(import.meta.url));
const MIGRATION = path.resolve(here, '../../../db/migrations/20261124T1200_cases.sql');
const TABLES: PgTable[] = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
const byName = new Map(TABLES.map((t) => [getTableConfig(t).name, t]));

describe(`drizzle’s model of the case tables matches the migrated tables (${testEngine()})`, () => {
  it('models every table the cases migration creates, and no other', () => {
    const created = [...fs.readFileSync(MIGRATION, 'utf8').matchAll(/^CREATE TABLE (\w+)/gm)].map(
      (m) => m[1]!,
    );
    expect(created.length).toBeGreaterThan(20);
    expect([...byName.keys()].sort()).toEqual([...created].sort());
  });

  it.each([...byName.keys()].sort())('%s: the same columns with the same NOT NULL', async (name) => {
    const cols = await database.query<{ column_name: string; is_nullable: string }>(
      `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [name],
    );
    expect(cols.length).toBeGreaterThan(0);
    const inDb = Object.fromEntries(cols.map((c) => [c.column_name, c.is_nullable === 'NO']));
    const model = Object.fromEntries(
      getTableConfig(byName.get(name)!).columns.map((c) => [c.name, c.notNull]),
    );
    expect(model).toEqual(inDb);
  });

  it.each([...byName.keys()].sort())(
    '%s: every column the model leaves to a default has one',
    async (name) => {
      const cols = await database.query<{ column_name: string; column_default: string | null }>(
        `SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [name],
      );
      const withDefault = new Set(cols.filter((c) => c.column_default !== null).map((c) => c.column_name));
      const modelled = getTableConfig(byName.get(name)!)
        .columns.filter((c) => c.hasDefault)
        .map((c) => c.name);
      expect(modelled.filter((c) => !withDefault.has(c))).toEqual([]);
    },
  );
});
