// The generated site (versus-catalog site, docs/site.md): pages read with JavaScript off,
// every link resolves, and with JavaScript on the same pages become the live app without
// losing what the reader did. The default catalog's site is dist/; a second, rebranded
// site (the German "Velowerk" fixture) is generated here into target/site-velo.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { assertNoProblems, axeViolations, launchBrowser, serveSite, shot, watchProblems } from './harness.mjs';

const VELO_DIR = 'target/site-velo';
const PAIR = 'compare/ernie-4-5-vl-424b-a47b/flux-1-pro/';
let browser;
let site;

before(async () => {
  site = await serveSite(undefined, { '/velo/': VELO_DIR });
  // The generator scripts/build uses, on the rebranded catalog, addressed where it is served.
  const generator = ['target/tools/versus-catalog', 'target/release/versus-catalog', 'target/debug/versus-catalog'].find(existsSync);
  assert.ok(generator, 'versus-catalog is built (scripts/build)');
  rmSync(VELO_DIR, { recursive: true, force: true });
  execFileSync(generator, ['site', 'tests/fixtures/velo-de.json', '--app', 'target/app', '--out', VELO_DIR, '--url', `${site.origin}/velo/`], { stdio: 'pipe' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A context with the page's JavaScript off (or on), at a size and colour scheme. */
async function reader({ js = false, width = 1280, height = 900, scheme = 'light' } = {}) {
  return browser.browser().newContext({ javaScriptEnabled: js, viewport: { width, height }, colorScheme: scheme });
}

async function visit(context, path) {
  const page = watchProblems(await context.newPage());
  const answer = await page.goto(`${site.origin}/${path}`);
  return { page, status: answer.status() };
}

/**
 * axe's findings on `path` as a reader without JavaScript gets it. axe needs timers, which
 * do not run in a page with JavaScript off, so this loads the page with its scripts taken
 * out and its <noscript> styles in force, which is what such a reader's browser shows.
 */
async function axeWithoutScript(path, scheme = 'light') {
  const context = await reader({ js: true, scheme });
  const page = await context.newPage();
  await page.route(`${site.origin}/${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${site.origin}/${path}`);
  assert.equal(await page.locator('#versus-site .vs-app').count(), 1, 'the page is the pre-rendered one');
  const found = await axeViolations(page);
  await context.close();
  return found;
}

const text = (page, selector = 'body') => page.locator(selector).first().innerText();
/** Holds the compare-first module's wasm until the returned function is called. */
async function holdModule(page) {
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route('**/versus-compare_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}
/** Moves the pointer, a sign of a reader, and waits until the app has taken the page over. */
async function live(page) {
  await page.mouse.move(5, 5);
  await page.waitForSelector('html[data-versus-live]', { state: 'attached' });
}
const head = (page, selector, attribute) => page.locator(selector).first().getAttribute(attribute);

/** Screenshots of `path` at desktop and phone width, light and dark. */
async function shots(path, name, js) {
  for (const [width, height, device] of [[1280, 900, 'desktop'], [360, 780, 'phone']]) {
    for (const scheme of ['light', 'dark']) {
      const context = await reader({ js, width, height, scheme });
      const { page } = await visit(context, `${path}${scheme === 'dark' ? '?theme=dark' : ''}`);
      if (js) await live(page);
      await shot(page, `prerendered-${name}-${js ? 'js' : 'nojs'}-${device}-${scheme}`);
      await context.close();
    }
  }
}

describe('with JavaScript off', () => {
  test('the ERNIE 4.5 VL 424B vs FLUX.1 Pro page reads in full, with its head for search and previews', async () => {
    const context = await reader();
    const { page, status } = await visit(context, PAIR);
    assert.equal(status, 200);
    assert.equal(await text(page, 'h1'), 'Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro');
    const body = await text(page);
    assert.match(body, /FLUX\.1 Pro scores higher at 58\/100 vs ERNIE 4\.5 VL 424B A47B at 20\/100\./);
    assert.match(body, /\+5 more capabilities/);
    assert.match(body, /UnfragileRank/);
    assert.match(body, /FLUX\.1 Pro also has a free tier, making it more accessible\./);
    assert.equal(await page.locator('.vs-capability').count(), 13);
    assert.equal(await page.title(), 'Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro · Unfragile');
    assert.match(await head(page, 'meta[name=description]', 'content'), /^FLUX\.1 Pro scores higher at 58\/100/);
    assert.equal(await head(page, 'link[rel=canonical]', 'href'), `http://127.0.0.1:8080/${PAIR}`);
    assert.equal(await head(page, 'meta[property="og:title"]', 'content'), await page.title());
    assert.equal(await head(page, 'meta[property="og:image"]', 'content'), `http://127.0.0.1:8080/${PAIR}og.png`);
    assert.equal(await head(page, 'meta[name="twitter:card"]', 'content'), 'summary_large_image');
    const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    assert.ok(JSON.stringify(jsonLd).includes('FLUX.1 Pro'));
    // The preview image is a 1200×630 PNG.
    const png = await (await page.request.get(`${site.origin}/${PAIR}og.png`)).body();
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    // Controls only the app can run are hidden; hide identical rows works in CSS.
    for (const selector of ['.vs-picker', '.vs-theme-switch', '.vs-weights', '.vs-print']) {
      assert.equal(await page.locator(selector).isVisible(), false, selector);
    }
    const same = page.locator('.vs-row--same');
    assert.ok((await same.count()) > 0);
    assert.equal(await same.first().isVisible(), true);
    await page.getByLabel('Hide identical rows').check();
    assert.equal(await same.first().isVisible(), false);
    assert.ok(await page.locator('.vs-table tbody tr:not(.vs-row--same)').first().isVisible());
    assert.deepEqual(await axeWithoutScript(PAIR), []);
    assertNoProblems(page);
    await context.close();
  });

  test('every page in the sitemap answers, and every link on it leads to a page', async () => {
    const context = await reader();
    const sitemap = await (await context.request.get(`${site.origin}/sitemap.xml`)).text();
    const listed = [...sitemap.matchAll(/<loc>http:\/\/127\.0\.0\.1:8080\/([^<]*)<\/loc>/g)].map((m) => m[1]);
    assert.ok(listed.includes(PAIR), 'the pair is in the sitemap');
    assert.ok(listed.includes('') && listed.includes('artifact/flux-1-pro/'));
    assert.equal(listed.length, new Set(listed).size);
    const robots = await (await context.request.get(`${site.origin}/robots.txt`)).text();
    assert.match(robots, /^Sitemap: http:\/\/127\.0\.0\.1:8080\/sitemap\.xml$/m);
    const checked = new Map();
    const page = watchProblems(await context.newPage());
    for (const path of listed) {
      const answer = await page.goto(`${site.origin}/${path}`);
      assert.equal(answer.status(), 200, path);
      assert.ok((await page.locator('h1').count()) === 1, `${path} has one h1`);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== site.origin) continue;
        url.hash = '';
        if (!checked.has(url.href)) checked.set(url.href, (await context.request.get(url.href)).status());
        assert.equal(checked.get(url.href), 200, `${path} links to ${href}`);
      }
    }
    assert.ok(checked.size >= listed.length, `${checked.size} addresses checked`);
    assertNoProblems(page);
    await context.close();
  });

  test('an address the site has no page for answers 404 with a useful page', async () => {
    const context = await reader();
    const { page, status } = await visit(context, 'compare/no-such/thing/');
    assert.equal(status, 404);
    assert.equal(await head(page, 'meta[name=robots]', 'content'), 'noindex');
    assert.ok((await page.locator('a[href="/artifact/flux-1-pro/"]').count()) > 0, 'links to the catalog');
    assert.ok(await page.locator('.vs-brand__name').isVisible());
    await context.close();
    await shots('compare/no-such/thing/', '404', false);
  });

  test('the rebranded catalog\'s site reads in German with its brand, logo and links', async () => {
    const context = await reader();
    const { page, status } = await visit(context, 'velo/compare/grossglockner-12/kaze-r9/');
    assert.equal(status, 200);
    assert.equal(await page.locator('html').getAttribute('lang'), 'de-DE');
    const body = await text(page);
    assert.doesNotMatch(body, /Unfragile|UnfragileRank/);
    assert.equal(await text(page, '.vs-brand__name'), 'Velowerk');
    assert.match(body, /Großglockner 12-fach schneidet mit 84\/100 besser ab als Kaze R9 Di mit 79\/100\./);
    assert.doesNotMatch(body, /scores higher|Hide identical rows|Capabilities/);
    assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
    assert.match(body, /Velo-Index/);
    assert.match(await text(page, '.vs-table'), /2\.140,00\u00a0€/);
    const logo = page.locator('.vs-brand__logo');
    await page.waitForFunction(() => document.querySelector('.vs-brand__logo')?.complete);
    assert.ok(await logo.evaluate((img) => img.naturalWidth > 0), 'the logo, copied beside the catalog, loads');
    assert.equal(await head(page, 'link[rel=canonical]', 'href'), `${site.origin}/velo/compare/grossglockner-12/kaze-r9/`);
    assert.match(await page.title(), /^Alpenwerk: Großglockner 12-fach vs\. 風見工業: Kaze R9 Di · Velowerk$/);
    // Links are paths inside /velo/ that answer.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.href).filter((h) => h.startsWith(location.origin)));
    assert.ok(hrefs.some((href) => href.endsWith('/velo/artifact/kaze-r9/')));
    for (const href of hrefs) {
      assert.ok(href.startsWith(`${site.origin}/velo/`), href);
      assert.equal((await context.request.get(href.split('#')[0])).status(), 200, href);
    }
    assert.deepEqual(await axeWithoutScript('velo/compare/grossglockner-12/kaze-r9/'), []);
    await context.close();
    await shots('velo/compare/grossglockner-12/kaze-r9/', 'velo', false);
  });

  test('screenshots: comparison, artifact and home pages', async () => {
    await shots(PAIR, 'compare', false);
    await shots('artifact/flux-1-pro/', 'artifact', false);
    await shots('', 'home', false);
  });
});

describe('with JavaScript on', () => {
  test('the page is the same before and after the app takes over, and what the reader did stays', async () => {
    const context = await reader({ js: true });
    const page = watchProblems(await context.newPage());
    // The app's module is held until the reader has acted on the static page.
    const release = await holdModule(page);
    await page.goto(`${site.origin}/${PAIR}`);
    // The pre-rendered app (the app's own root waits beside it, hidden and empty).
    const before = await text(page, '.vs-app');
    const staticRoot = await page.$('.vs-app');
    const box = await page.locator('.vs-verdict').boundingBox();
    await page.getByLabel('Hide identical rows').check();
    const shown = await page.locator('.vs-table tbody tr:visible').count();
    await page.evaluate(() => window.scrollTo(0, 900));
    release();
    await page.waitForFunction((root) => !root.isConnected, staticRoot);
    // The app's page: the same words, the same place, the checkbox still ticked and obeyed.
    assert.equal(await page.locator('.vs-app').count(), 1);
    assert.equal(await page.getByLabel('Hide identical rows').isChecked(), true);
    assert.equal(await page.locator('.vs-row--same').count(), 0, 'the app now leaves identical rows out');
    assert.equal(await page.locator('.vs-table tbody tr').count(), shown);
    assert.equal(await page.evaluate(() => window.scrollY), 900);
    await page.getByLabel('Hide identical rows').uncheck();
    assert.ok((await page.locator('.vs-row--same').count()) > 0, 'and shows them again');
    assert.equal(await text(page, '.vs-app'), before);
    assert.deepEqual(await page.locator('.vs-verdict').boundingBox(), box, 'no layout shift');
    // Weights and the picker are live.
    await page.locator('.vs-weights summary').click();
    await page.getByRole('slider', { name: 'Quality' }).fill('4');
    await page.waitForSelector('.vs-verdict__weighted');
    await page.locator('.vs-picker select').selectOption('sdnext');
    await page.waitForSelector('.vs-cols-3');
    assert.match(page.url(), /#\/compare\/ernie-4-5-vl-424b-a47b\/flux-1-pro\/sdnext/);
    assertNoProblems(page);
    await context.close();
  });

  test('the app waits for a sign of the reader (or ten idle seconds), its files already fetched', async () => {
    const context = await reader({ js: true });
    const { page } = await visit(context, PAIR);
    const staticRoot = await page.$('.vs-app');
    await page.waitForFunction(() => {
      const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      return ['/data/catalog.json', '/versus-compare.js', '/versus-compare_bg.wasm'].every((path) => fetched.includes(path));
    });
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('html[data-versus-live]').count(), 0, 'no takeover without a reader');
    assert.equal(await staticRoot.evaluate((root) => root.isConnected), true);
    await live(page);
    assert.equal(await staticRoot.evaluate((root) => root.isConnected), false, 'the static page is replaced');
    assertNoProblems(page);
    // Nobody there: the app takes over by itself once the page has sat idle.
    const { page: idle } = await visit(context, 'artifact/flux-1-pro/');
    const started = Date.now();
    await idle.waitForSelector('html[data-versus-live]', { state: 'attached', timeout: 20000 });
    const waited = Date.now() - started;
    assert.ok(waited > 9000 && waited < 15000, `took over after ${waited} ms`);
    await idle.waitForSelector('.vs-artifact');
    assertNoProblems(idle);
    await context.close();
  });

  test('a button pressed before the app arrives is pressed again on its page', async () => {
    const context = await reader({ js: true });
    const page = watchProblems(await context.newPage());
    const release = await holdModule(page);
    await page.goto(`${site.origin}/${PAIR}`);
    await page.getByRole('button', { name: 'Dark' }).click();
    release();
    await page.waitForSelector('html[data-versus-live]', { state: 'attached' });
    assert.equal(await page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.vs-app').getAttribute('data-theme'), 'dark');
    // Pressed once: the app's own buttons are not pressed again later.
    await page.getByRole('button', { name: 'Light' }).click();
    assert.equal(await page.locator('.vs-app').getAttribute('data-theme'), 'light');
    assertNoProblems(page);
    await context.close();
  });

  test('the rebranded site becomes interactive too', async () => {
    const context = await reader({ js: true });
    const { page } = await visit(context, 'velo/compare/grossglockner-12/kaze-r9/');
    await live(page);
    const rows = await page.locator('.vs-table tbody tr').count();
    await page.getByLabel('Identische Zeilen ausblenden').check();
    await page.waitForFunction((n) => document.querySelectorAll('.vs-table tbody tr').length < n, rows);
    await page.getByRole('link', { name: 'Kaze R9 Di' }).first().click();
    await page.waitForURL(`${site.origin}/velo/artifact/kaze-r9/`);
    await page.waitForSelector('.vs-artifact');
    assert.equal(await text(page, '.vs-brand__name'), 'Velowerk');
    assertNoProblems(page);
    await context.close();
  });

  test('a pair that was not generated opens from its path, under a sub-path too', async () => {
    const context = await reader({ js: true });
    // (The 404 page knows where the site is from --url: the default site's is at the
    // server's root, the rebranded one's at /velo/.)
    for (const [path, title] of [['compare/gpt-5-2/qwen-vl-plus/', /GPT-5\.2 vs .*Qwen/], ['velo/compare/feldweg-11/leger-30-carbon/', /Feldweg 11 Gravel vs\. .*Léger 30 Carbon/]]) {
      const page = watchProblems(await context.newPage());
      const missing = [];
      page.on('response', (response) => { if (response.status() === 404) missing.push(response.url()); });
      const answer = await page.goto(`${site.origin}/${path}`);
      assert.equal(answer.status(), 404, 'served by the 404 page');
      await page.waitForSelector('.vs-compare');
      assert.match(await text(page, 'h1'), title);
      // The address itself is the only thing missing (Chromium logs its 404 status).
      assert.deepEqual(missing, [`${site.origin}/${path}`]);
      page.problems = page.problems.filter((problem) => !problem.includes('status of 404'));
      assertNoProblems(page);
      await page.close();
    }
    // Old hash links keep working on a generated site, at its root and below a sub-path.
    for (const prefix of ['', 'sub/path/']) {
      const { page } = await visit(context, `${prefix}#/compare/ernie-4-5-vl-424b-a47b/sdnext`);
      await page.waitForSelector('.vs-compare');
      assert.equal(await text(page, 'h1'), 'Baidu: ERNIE 4.5 VL 424B A47B vs sdnext');
      assertNoProblems(page);
      await page.close();
    }
    await context.close();
  });

  test('a generated page under a sub-path takes over with its links and catalog there', async () => {
    const context = await reader({ js: true });
    const { page } = await visit(context, `sub/path/${PAIR}`);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/sub/path/data/catalog.json')));
    await live(page);
    await page.getByRole('link', { name: 'FLUX.1 Pro' }).first().click();
    await page.waitForURL(`${site.origin}/sub/path/artifact/flux-1-pro/`);
    await page.waitForSelector('.vs-artifact');
    assertNoProblems(page);
    await context.close();
  });

  test('?theme=dark paints the static page dark before the app, and the app keeps it', async () => {
    const context = await reader({ js: true });
    const page = watchProblems(await context.newPage());
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${site.origin}/${PAIR}?theme=dark`);
    assert.equal(await page.locator('.vs-app').getAttribute('data-theme'), 'dark');
    // Without its code the page stays as it is: readable, a warning in the console only.
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.vs-error').count(), 0);
    assert.match(await text(page, '.vs-verdict'), /FLUX\.1 Pro scores higher/);
    await context.close();
    await shots(PAIR, 'compare', true);
    await shots('artifact/flux-1-pro/', 'artifact', true);
  });
});
