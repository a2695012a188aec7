import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';
import { startPgCluster, type PgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'pglite' | 'postgres';
    pgliteTemplate: string;
    pgAdminUrl: string;
  }
}

/**
 * Prepares one migrated template per engine for the whole run: a PGlite data-directory dump (each test file
 * loads it in ~0.6 s instead of a 3 s initdb), or a PostgreSQL template database in one throwaway cluster
 * (each test file gets `CREATE DATABASE … TEMPLATE`).
 */
export default async function setup(project: TestProject) {
  const engine = project.config.env.ZHIFA_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
  project.provide('engine', engine);
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-pglite-'));
    const db = await openDatabase({ databaseUrl: null, dataDir: null });
    await migrate(db);
    const dump = await db.dump?.();
    if (!dump) throw new Error('PGlite dump unavailable');
    const file = path.join(dir, 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    project.provide('pgliteTemplate', file);
    project.provide('pgAdminUrl', '');
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  let cluster: PgCluster | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL ?? '';
  if (!adminUrl) {
    cluster = await startPgCluster();
    adminUrl = cluster.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS zhifa_template');
  await admin.query('CREATE DATABASE zhifa_template');
  await admin.end();
  const templateUrl = withDatabase(adminUrl, 'zhifa_template');
  const db = await openDatabase({ databaseUrl: templateUrl, dataDir: null, poolSize: 1 });
  await migrate(db);
  await db.close();
  project.provide('pgliteTemplate', '');
  project.provide('pgAdminUrl', adminUrl);
  return () => cluster?.stop();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
