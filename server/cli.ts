import { Command, Option } from 'commander';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROLES, type Role } from '../common/roles.js';
import { loadConfig } from './platform/config.js';
import { openDatabase, type Database } from './platform/db/database.js';
import { migrate } from './platform/db/migrate.js';
import { verifyAuditChain } from './platform/audit/verify.js';
import { systemContext } from './platform/audit/audit.js';
import { SecurityPolicyStore } from './platform/auth/security-policy.js';
import { SessionRepository } from './platform/auth/session.repository.js';
import { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/demo/index.js';
import { createAccount, iamQueries, resetPassword, setRoles } from './modules/iam/index.js';
import { startServer } from './main.js';
// --- issue 3: calendar and deadlines (begin) ---
import { importCalendarYear } from './modules/calendar/index.js';
import {
  LoggingChannel,
  deadlineSettingsFromEnv,
  recomputeDeadlines,
  sweepDeadlines,
} from './modules/deadlines/index.js';
import pino from 'pino';
// --- issue 3 (end) ---

const program = new Command('zhifa').description('zhifa 行政执法平台 命令行').showHelpAfterError();

async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? null : config.dataDir,
  });
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

function cliContext() {
  const who = process.env.SUDO_USER ?? process.env.USER ?? 'unknown';
  const ctx = systemContext();
  return { ...ctx, actor: { ...ctx.actor, name: `命令行（${who}）` } };
}

program
  .command('serve')
  .description('启动服务 / start the server')
  .option('--build-if-missing', '若前端尚未构建则先构建 / build the web UI first when missing')
  .action(async (opts: { buildIfMissing?: boolean }) => {
    const config = loadConfig();
    if (opts.buildIfMissing && !fs.existsSync(path.join(config.webDist, 'index.html'))) {
      process.stdout.write('首次启动：正在构建前端页面… / building the web UI…\n');
      const r = spawnSync(
        process.execPath,
        [
          path.resolve('node_modules/vite/bin/vite.js'),
          'build',
          '--config',
          'web/vite.config.ts',
          '--logLevel',
          'warn',
        ],
        { stdio: 'inherit' },
      );
      if (r.status !== 0) throw new Error('前端构建失败 / web build failed');
    }
    const server = await startServer(config);
    process.stdout.write(
      `zhifa 已启动：${server.url}  （数据库：${server.database.engine === 'pglite' ? `内嵌 PGlite ${config.dataDir}` : 'PostgreSQL'}）\n`,
    );
    let signalled = false;
    const shutdown = (signal: string) => {
      if (signalled) return;
      signalled = true;
      server.app.log.info({ signal }, '正在停止：等待进行中的请求完成');
      server.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          server.app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  });

program
  .command('migrate')
  .description('执行数据库迁移 / apply database migrations')
  .action(async () => {
    const r = await withDatabase((db) => migrate(db));
    process.stdout.write(
      r.applied.length
        ? `已执行迁移：${r.applied.join(', ')}\n`
        : `数据库已是最新（${r.alreadyApplied} 个迁移）\n`,
    );
  });

program
  .command('seed-demo')
  .description('创建演示单位与演示账号 / create the demo bureau')
  .action(async () => {
    const seeded = await withDatabase((db) => seedDemo(db));
    process.stdout.write(
      seeded
        ? `已创建演示单位，账号：${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}，密码 ${DEMO_PASSWORD}\n`
        : '已存在执法主体，未重复创建 / already seeded\n',
    );
  });

const audit = program.command('audit').description('审计记录 / audit trail');
audit
  .command('verify')
  .description('校验审计哈希链 / verify the SM3 hash chain')
  .action(async () => {
    const r = await withDatabase((db) => verifyAuditChain(db));
    if (r.ok) {
      process.stdout.write(
        `审计链完整 / audit chain intact: ${r.count} events, head ${r.headHash} (${r.millis.toFixed(0)} ms)\n`,
      );
    } else {
      process.stderr.write(`审计链被破坏 / audit chain BROKEN at event ${r.firstBadId}: ${r.reason}\n`);
      process.exitCode = 2;
    }
  });

const user = program.command('user').description('账号 / accounts');
user
  .command('create')
  .description('创建账号（可同时授予角色，用于初始化管理员）/ create an account')
  .requiredOption('-u, --username <username>', '用户名')
  .requiredOption('-n, --name <name>', '姓名')
  .addOption(new Option('-r, --role <role...>', '角色').choices(ROLES))
  .action(async (opts: { username: string; name: string; role?: string[] }) => {
    await withDatabase(async (db) => {
      const deps = { database: db, sessions: new SessionRepository(db), policy: new SecurityPolicyStore(db) };
      const ctx = cliContext();
      const { id, initialPassword } = await createAccount(
        deps,
        { username: opts.username, displayName: opts.name, unitId: null, positionId: null, phone: null },
        ctx,
      );
      if (opts.role?.length) await setRoles(deps, null, id, opts.role as Role[], ctx);
      process.stdout.write(`已创建账号 ${opts.username}，初始密码：${initialPassword}（首次登录须修改）\n`);
    });
  });
user
  .command('reset-password <username>')
  .description('重置密码并解除锁定 / reset a password')
  .action(async (username: string) => {
    await withDatabase(async (db) => {
      const found = await iamQueries.findByUsername(db.db, username);
      if (!found) {
        process.stderr.write(`账号不存在：${username}\n`);
        process.exitCode = 1;
        return;
      }
      const deps = { database: db, sessions: new SessionRepository(db), policy: new SecurityPolicyStore(db) };
      const { temporaryPassword } = await resetPassword(deps, null, found.id, cliContext());
      process.stdout.write(`已重置 ${username} 的密码，临时密码：${temporaryPassword}（登录后须修改）\n`);
    });
  });

// --- issue 3: calendar and deadlines (begin) ---
const calendar = program.command('calendar').description('工作日历 / working-day calendar');
calendar
  .command('import <file>')
  .description(
    '导入（或更正）某年度国务院办公厅放假安排通知（JSON，格式同内置年度数据）/ import a year notice',
  )
  .action(async (file: string) => {
    let content: unknown;
    try {
      content = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`无法读取或解析 ${file}：${(err as Error).message}`);
    }
    await withDatabase(async (db) => {
      try {
        const r = await importCalendarYear(
          db,
          { content, fileName: path.basename(file) },
          cliContext(),
          recomputeDeadlines,
        );
        process.stdout.write(
          `已导入 ${r.year} 年放假安排（第 ${r.version} 版，替换${r.previousOrigin === 'bundled' ? '内置数据' : r.previousOrigin === 'imported' ? '此前导入' : '推算'}）；` +
            `日历版本 ${r.previousCalendarVersion} → ${r.calendarVersion}；重算期限 ${r.deadlinesTouched} 项，其中届满日变化 ${r.deadlinesChanged} 项\n`,
        );
        for (const w of r.warnings) process.stdout.write(`  提示：${w}\n`);
      } catch (err) {
        const details = (err as { extra?: { details?: { message: string }[] } }).extra?.details;
        if (details?.length) for (const d of details) process.stderr.write(`  ${d.message}\n`);
        throw err;
      }
    });
  });

const deadlines = program.command('deadlines').description('法定期限 / statutory deadlines');
deadlines
  .command('sweep')
  .description('立即执行一次期限预警扫描（临期、逾期、督办提醒）/ run the warnings sweep now')
  .action(async () => {
    const r = await withDatabase((db) =>
      sweepDeadlines(db, {
        now: new Date(),
        settings: deadlineSettingsFromEnv(),
        channel: new LoggingChannel(pino({ level: 'info' })),
        ctx: cliContext(),
      }),
    );
    process.stdout.write(
      r.ran
        ? `期限预警扫描完成：临期 ${r.dueSoon} 项，逾期 ${r.overdue} 项（督办 ${r.escalated} 项），新提醒 ${r.notifications} 条\n`
        : '另一实例正在扫描，本次未执行 / another instance holds the sweep lock\n',
    );
  });
// --- issue 3 (end) ---

export async function runCli(argv = process.argv): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
