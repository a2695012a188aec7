import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sm3Hex } from '../crypto/sm.js';
import type { Database } from './database.js';

/** db/migrations: forward-only plain SQL, applied in name order, each file once, in one transaction. */
export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../db/migrations',
);

const MIGRATION_LOCK = 7_301_000;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: sm3Hex(sql) };
    });
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations. Several instances starting together are serialised by an advisory lock.
 * An applied migration whose file was edited afterwards is refused: migrations are forward-only.
 */
export async function migrate(database: Database, migrations = readMigrations()): Promise<MigrationReport> {
  const result = await database.withAdvisoryLock(
    MIGRATION_LOCK,
    async () => {
      await database.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           name text PRIMARY KEY,
           checksum text NOT NULL,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const done = new Map(
        (
          await database.query<{ name: string; checksum: string }>(
            'SELECT name, checksum FROM schema_migrations',
          )
        ).map((r) => [r.name, r.checksum]),
      );
      const applied: string[] = [];
      for (const m of migrations) {
        const prior = done.get(m.name);
        if (prior !== undefined) {
          if (prior !== m.checksum)
            throw new Error(
              `迁移文件 ${m.name} 在执行后被修改；迁移只能新增不能改动 / migration ${m.name} was edited after it was applied`,
            );
          continue;
        }
        await database.execScript(m.sql, {
          text: 'INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)',
          params: [m.name, m.checksum],
        });
        applied.push(m.name);
      }
      return { applied, alreadyApplied: done.size };
    },
    true,
  );
  if (!result) throw new Error('unreachable: waited for the migration lock');
  return result.value;
}

/** For /readyz: every migration file is applied. */
export async function pendingMigrations(
  database: Database,
  migrations = readMigrations(),
): Promise<string[]> {
  const rows = await database
    .query<{ name: string }>('SELECT name FROM schema_migrations')
    .catch(() => [] as { name: string }[]);
  const done = new Set(rows.map((r) => r.name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
