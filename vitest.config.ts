import { defineConfig } from 'vitest/config';
import { findPgBin } from './server/test/pg-cluster.js';

/**
 * Three projects: pure unit tests once; integration tests (`*.int.test.ts`: real SQL, HTTP through inject)
 * on embedded PGlite and on a throwaway PostgreSQL cluster. With CI=true the PostgreSQL run is mandatory.
 */
const ci = process.env.CI === 'true';
const withPostgres = ci || !!process.env.TEST_DATABASE_URL || findPgBin() !== null;
if (!withPostgres)
  console.warn(
    '\n[zhifa] 未找到 PostgreSQL 服务器程序：本次只在 PGlite 上运行集成测试 / PostgreSQL not found: integration tests on PGlite only\n',
  );

const integration = (engine: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: engine,
    include: ['server/**/*.int.test.ts'],
    env: { ZHIFA_TEST_ENGINE: engine },
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'common/**/*.test.ts'],
          exclude: ['server/**/*.int.test.ts', 'node_modules/**'],
        },
      },
      integration('pglite'),
      ...(withPostgres ? [integration('postgres')] : []),
    ],
    pool: 'forks',
  },
});
