// Shared browser-test harness: Debian's Chromium driven by playwright-core, the built
// site served on 127.0.0.1, console errors collected per page, screenshots on request.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const SHOTS = 'target/screenshots';

function chromiumPath() {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`]).toString().trim();
    } catch { /* try the next name */ }
  }
  throw new Error('Debian chromium not found: run scripts/setup');
}

export async function launchBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'versus-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return context;
}

/** Serves dist/ at / and at a sub-path, and the test fixtures, on 127.0.0.1. */
export async function serveSite(handler, extraMounts = {}) {
  return startServer({
    mounts: { '/': 'dist', '/sub/path/': 'dist', '/fixtures/': 'tests/fixtures', ...extraMounts },
    handler,
  });
}

/** From now on, `page.problems` collects the page's console errors and page errors. */
export function watchProblems(page) {
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  return page;
}

/** Asserts that none of `pages` logged a console error or threw (see `watchProblems`). */
export function assertNoProblems(...pages) {
  assert.deepEqual(pages.flatMap((page) => page.problems), []);
}

/** Opens `url` in a new page; `page.problems` collects console errors and page errors. */
export async function open(context, url, { waitFor = '.vs-page' } = {}) {
  const page = watchProblems(await context.newPage());
  await page.goto(url);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 15000 });
  return page;
}

export async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Serves the built site and launches Chromium for one test file: registers `before` and
 * `after` hooks and returns an object whose `browser` and `site` are set once they run.
 */
export function withSite(handler = async () => false, extraMounts = () => ({})) {
  const env = { browser: null, site: null };
  before(async () => {
    env.site = await serveSite(handler, extraMounts());
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page; one line per violation, with elements. */
export async function axeViolations(page) {
  // Evaluated, not a <script>: runs with the page's JavaScript off too.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
}
