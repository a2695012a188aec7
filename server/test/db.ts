import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../platform/db/database.js';
import { withDatabase } from './global-setup.js';

export const testEngine = () => inject('engine');

/**
 * A fresh, migrated database of the engine this test project runs on (PGlite or PostgreSQL), private to the
 * calling test file. Close it in afterAll.
 */
export async function createTestDatabase(): Promise<Database> {
  if (inject('engine') === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ databaseUrl: null, dataDir: null, pgliteLoad: blob });
  }
  return openDatabase({ databaseUrl: await createTestDatabaseUrl(), dataDir: null, poolSize: 5 });
}

/** PostgreSQL only: a fresh migrated database for a child process, by URL. */
export async function createTestDatabaseUrl(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE zhifa_template`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}
