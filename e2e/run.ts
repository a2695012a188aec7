/**
 * Browser end-to-end tests: `npm run build && node --import tsx e2e/run.ts [filter]`.
 *
 * Starts the server on a free port with a fresh database, launches one headless Debian Chromium shared by all
 * specs, gives every test its own browser context, and prints one line per test and then `N passed, M failed`.
 * Screenshots (of failures, and of key pages) go to test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { RESULTS, ROOT, startServer, type TestCase, type TestContext, type TestServer } from './harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const filter = process.argv[2] ?? '';

function slug(s: string): string {
  return s
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

async function loadSpecs(): Promise<{ spec: string; tests: TestCase[] }[]> {
  const dir = path.join(ROOT, 'e2e');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
  const specs = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { tests?: TestCase[] };
    if (!Array.isArray(mod.tests)) throw new Error(`${f} exports no tests array`);
    specs.push({ spec: f.replace(/\.spec\.ts$/, ''), tests: mod.tests });
  }
  return specs;
}

async function runOne(
  browser: Browser,
  baseURL: string,
  spec: string,
  test: TestCase,
): Promise<Error | null> {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const ctx: TestContext = {
    baseURL,
    browser,
    context,
    page,
    shot: async (name, other) => {
      const target = other ?? page;
      // Let antd's open/close motions settle so the picture shows the resting state.
      await target.waitForTimeout(400);
      await target.screenshot({
        path: path.join(RESULTS, `${slug(spec)}--${slug(name)}.png`),
        fullPage: true,
        animations: 'disabled',
      });
    },
  };
  let failure: Error | null = null;
  try {
    await test.run(ctx);
    if (pageErrors.length) throw new Error(`uncaught error in the page: ${pageErrors.join(' | ')}`);
  } catch (e) {
    failure = e instanceof Error ? e : new Error(String(e));
    await page
      .screenshot({
        path: path.join(RESULTS, `FAILED--${slug(spec)}--${slug(test.name)}.png`),
        fullPage: true,
      })
      .catch(() => undefined);
  } finally {
    await context.close().catch(() => undefined);
  }
  return failure;
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) {
    process.stderr.write('dist/web is missing: run `npm run build` first.\n');
    return 2;
  }
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk\n`);
    return 2;
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const f of fs.readdirSync(RESULTS)) if (f.endsWith('.png')) fs.rmSync(path.join(RESULTS, f));

  const specs = await loadSpecs();
  let server: TestServer | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    server = await startServer();
    // Playwright gives the launched browser its own fresh temporary profile (--user-data-dir) and removes it
    // on close; the flags keep Chromium from calling out to the network.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    for (const { spec, tests } of specs) {
      for (const test of tests) {
        const title = `${spec} › ${test.name}`;
        if (filter && !title.includes(filter)) continue;
        const started = Date.now();
        const failure = await runOne(browser, server.baseURL, spec, test);
        const ms = Date.now() - started;
        if (failure) {
          failed += 1;
          process.stdout.write(
            `✗ ${title} (${ms} ms)\n    ${(failure.stack ?? failure.message).split('\n').slice(0, 6).join('\n    ')}\n`,
          );
        } else {
          passed += 1;
          process.stdout.write(`✓ ${title} (${ms} ms)\n`);
        }
      }
    }
  } catch (e) {
    failed += 1;
    process.stdout.write(`✗ e2e setup: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
