import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig, type Config } from './platform/config.js';
import { openDatabase, type Database } from './platform/db/database.js';
import { migrate } from './platform/db/migrate.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './modules/demo/index.js';
import { ROLE_LABELS } from '../common/roles.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds the demo bureau on first start, and listens. */
export async function startServer(config: Config = loadConfig()): Promise<RunningServer> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? null : config.dataDir,
  });
  try {
    const report = await migrate(database);
    const app = await buildApp({ config, database });
    if (report.applied.length) app.log.info({ applied: report.applied }, '数据库迁移已执行');
    if (config.seedDemo && (await seedDemo(database))) printDemoAccounts();
    await app.listen({ port: config.port, host: config.host });
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        // Fastify stops accepting, lets in-flight requests finish, then we close the database.
        const sweeper = setInterval(() => app.server.closeIdleConnections(), 100);
        try {
          await app.close();
        } finally {
          clearInterval(sweeper);
        }
        await database.close();
      })());
    return { app, database, url, stop };
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
}

function printDemoAccounts(): void {
  const lines = DEMO_ACCOUNTS.map(
    (a) => `  ${a.username.padEnd(12)} ${a.displayName.padEnd(4, '　')} ${ROLE_LABELS[a.role]}`,
  );
  process.stdout.write(
    `\n已创建演示单位「赤峰市应急管理局」。演示账号（密码均为 ${DEMO_PASSWORD}，仅供演示，生产环境请停用）：\n` +
      `Demo bureau created. Demo accounts (password ${DEMO_PASSWORD} for all; demo only):\n${lines.join('\n')}\n\n`,
  );
}
