// The Versus benchmark: headless Debian Chromium on generated catalogs, printing medians.
//
//   node bench/run.mjs [--sizes 20,1000,10000,100000] [--site 20,10000] [--sharded 20,1000000]
//                      [--runs 5] [--json]
//   (scripts/bench builds the site and the wasm microbenchmark first, then runs this)
//
// For each catalog size, measured side by side in one run on the same bytes:
//   - first card: navigation start → the comparison card in the DOM, for the Versus site,
//     for the hand-written vanilla-JS renderer (bench/vanilla.html) and, up to 10k, for
//     the widget on a host page (bench/host.html), taking turns:
//     cold (fresh browser context), warm (a repeat visit in the same context, after
//     about:blank: cached files and compiled code) and reload; the longest main-thread
//     task during the cold load; JS heap after load;
//   - for the sizes in --site, the static site (`versus-catalog site`, preview images
//     included): pages, images, seconds and pages per second of the whole generation, then
//     the first card of its pre-rendered comparison page beside a minimal hand-written page
//     that fetches the catalog and renders the card's essentials (bench/minimal.html);
//   - throughput: the browser's JSON.parse vs the Versus domain core (parse + validate,
//     compiled to wasm from bench/src/main.rs), in MB/s;
//   - related top-10 (median and p95) and verdict/card view-model times inside wasm;
// and the brotli size of what a page downloads for the first card. Then, for sharded
// catalogs (`--sharded`, lean generated artifacts cut by `versus-catalog shard`), the first
// card cold, warm and on reload, the longest task and the catalog bytes fetched, next to the same
// catalog as one file where that is practical (up to 100k). Figures, not tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { firstCardFiles } from '../scripts/first-card-files.mjs';
import { DEFAULT_DIR, DEFAULT_SIZES, firstArtifacts, generate } from './generate.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const SIZES = option('--sizes', DEFAULT_SIZES.join(',')).split(',').filter(Boolean).map(Number);
// Sharded catalogs (versus-catalog shard) of lean generated artifacts: first card at 20 vs 1M.
// Catalog sizes whose whole static site is generated and measured (a 10k site is ~80k pages).
const SITES = option('--site', '20,10000').split(',').filter(Boolean).map(Number);
// Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up).
const SLOW_4G = { latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
// Catalog sizes above this skip the throttled-network runs (a 10k catalog takes 70 s a load).
const SLOW_MAX = Number(option('--slow-max', Infinity));
const SHARDED = option('--sharded', '20,1000000').split(',').filter(Boolean).map(Number);
const RUNS = Number(option('--runs', 5));
const AS_JSON = args.includes('--json');
const WASM_OUT = 'target/bench';

const median = (xs) => {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const fixed = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const kib = (bytes) => (bytes / 1024).toFixed(1);

function brotliSize(path) {
  const body = readFileSync(path);
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function chromiumPath() {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`]).toString().trim();
    } catch { /* next */ }
  }
  throw new Error('Debian chromium not found: run scripts/setup');
}

/** Catalog bytes the page fetched (transfer sizes of everything under /catalogs/). */
function catalogBytes() {
  return performance.getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/catalogs/'))
    .reduce((sum, entry) => sum + entry.transferSize, 0);
}

/**
 * Records when `.vs-compare` first appears, in the page or in a widget's shadow root, and
 * every long task, from navigation start.
 */
function instrument() {
  window.__bench = { card: null, paint: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') window.__bench.paint = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const roots = [document];
  const seen = () => {
    if (window.__bench.card === null && roots.some((root) => root.querySelector('.vs-compare'))) {
      window.__bench.card = performance.now();
    }
  };
  const watch = (root) => new MutationObserver(seen).observe(root, { childList: true, subtree: true });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };
}

/** Loads `url` in `page` (or reloads it) and returns {card_ms, longest_task_ms} once the card is there. */
async function firstCard(page, url) {
  if (url) await page.goto(url);
  else await page.reload();
  await page.waitForFunction(() => window.__bench && window.__bench.card !== null && window.__bench.paint !== null, null, { timeout: Number(process.env.BENCH_TIMEOUT_MS ?? 300000), polling: 50 });
  await page.waitForTimeout(50);
  const times = await page.evaluate(() => ({
    card_ms: window.__bench.card,
    paint_ms: window.__bench.paint,
    longest_task_ms: Math.max(0, ...window.__bench.longTasks),
    // Code (js + wasm files) the page had downloaded when its card showed, as sent
    // (brotli), from the browser's own resource timing.
    code_bytes: performance.getEntriesByType('resource')
      .filter((entry) => /\.(m?js|wasm)(\?|$)/.test(new URL(entry.name).pathname) && entry.responseEnd <= window.__bench.card)
      .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
  }));
  return { ...times, catalog_bytes: await page.evaluate(catalogBytes) };
}

/**
 * First-card times of each page in `pages` ({name: url}). Every run loads each page in a
 * fresh browser context three times: cold (empty cache), warm (after a visit to
 * about:blank, a repeat visit with the HTTP and code caches filled) and reload. The pages
 * take turns within a run, in an order that alternates between runs, so that the
 * machine's drift falls on all of them alike.
 */
async function cardTimes(browser, pages, { network } = {}) {
  // Which page and which load, when one fails.
  const named = async (name, step, load) => {
    try {
      return await load();
    } catch (error) {
      throw new Error(`${name} (${step}${network ? ', throttled' : ''}): ${String(error.message ?? error).split('\n')[0]}`);
    }
  };
  const names = Object.keys(pages);
  const runs = Object.fromEntries(names.map((name) => [name, { cold: [], warm: [], reload: [], paint: [], warmPaint: [], longest: [], fetched: [], code: [], heap: NaN }]));
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const times = runs[name];
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(instrument);
      const page = await context.newPage();
      if (network) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      }
      const first = await named(name, 'cold', () => firstCard(page, pages[name]));
      times.cold.push(first.card_ms);
      times.paint.push(first.paint_ms);
      times.longest.push(first.longest_task_ms);
      times.fetched.push(first.catalog_bytes);
      times.code.push(first.code_bytes);
      await page.goto('about:blank');
      const warm = await named(name, 'warm', () => firstCard(page, pages[name]));
      times.warm.push(warm.card_ms);
      times.warmPaint.push(warm.paint_ms);
      times.reload.push((await named(name, 'reload', () => firstCard(page, null))).card_ms);
      if (run === 0) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        times.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      }
      await context.close();
    }
  }
  return Object.fromEntries(names.map((name) => {
    const times = runs[name];
    return [name, {
      cold_ms: median(times.cold), warm_ms: median(times.warm), reload_ms: median(times.reload),
      paint_cold_ms: median(times.paint), paint_warm_ms: median(times.warmPaint),
      longest_task_ms: median(times.longest), js_heap_bytes: times.heap, catalog_bytes: median(times.fetched),
      code_bytes: median(times.code),
    }];
  }));
}

/**
 * How long from the reader's first sign to live code, at full speed and with the CPU
 * slowed 4× (a phone, as Lighthouse's mobile preset has it): each run loads `url` in a
 * fresh context, waits for `ready` (a page function) and `settled` more ms, throws if
 * `early` (a page function) is true, runs `arm` in the page (which sets
 * `window.__live.sign` when the sign comes and `window.__live.live` once the live code is in
 * place), then `act` (the sign), and times sign to live with the longest task between.
 */
async function signToLive(browser, url, { ready, settled = 0, early, arm, act }) {
  const result = {};
  for (const rate of [1, 4]) {
    const took = [];
    const longest = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(url);
      await page.waitForFunction(ready, null, { polling: 20, timeout: 300000 });
      await page.waitForTimeout(settled);
      if (early && (await page.evaluate(early))) throw new Error(`${url}: live before any sign`);
      await page.evaluate(() => {
        window.__live = { tasks: [] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__live.tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      await page.evaluate(arm);
      if (early && (await page.evaluate(early))) throw new Error(`${url}: live before any sign`);
      await act(page);
      await page.waitForFunction(() => window.__live.live !== undefined, null, { polling: 20, timeout: 300000 });
      const t = await page.evaluate(() => window.__live);
      took.push(t.live - t.sign);
      longest.push(Math.max(0, ...t.tasks));
      await context.close();
    }
    result[`x${rate}`] = { ms: median(took), longest_task_ms: median(longest) };
  }
  return result;
}

/**
 * The app's takeover of a pre-rendered page, which waits for a sign of the reader: the page
 * is left until its module and catalog are fetched, then the pointer moves, and this times
 * the move to `<html data-versus-live>` (module compiled and started, its page rendered
 * beside the static one and swapped in).
 */
const takeoverTimes = (browser, url) => signToLive(browser, url, {
  ready: () => {
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    return [/_bg\.wasm$/, /\.js$/, /\.json$/].every((end) => fetched.some((name) => end.test(name)));
  },
  early: () => document.documentElement.hasAttribute('data-versus-live'),
  arm: () => {
    addEventListener('pointermove', () => { window.__live.sign = performance.now(); }, { capture: true, once: true });
    // Only the moment the attribute appears counts (not any later change on <html>).
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-versus-live')) window.__live.live ??= performance.now();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-versus-live'] });
  },
  act: (page) => page.mouse.move(10, 10),
});

/**
 * A pre-rendered card on a host page (versus.js as a facade) becoming the live widget: the
 * card is painted and left alone, then the pointer enters it; this times the pointer to
 * the live widget in place (the wasm and the catalog downloaded, compiled, rendered beside
 * the painted card and swapped in).
 */
const intentTimes = (browser, url) => signToLive(browser, url, {
  ready: () => document.querySelector('versus-compare')?.shadowRoot?.querySelector('.vs-compare'),
  settled: 300,
  early: () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.wasm')),
  arm: () => {
    const widget = document.querySelector('versus-compare');
    widget.addEventListener('pointerenter', () => { window.__live.sign = performance.now(); }, { once: true });
    // Live: the live widget's container is added beside the painted one, which is then
    // removed; the shadow root's children change at no other time. (Not "the wasm's
    // resource entry is there": that entry can be queued after the swap.)
    new MutationObserver(() => {
      const divs = [...widget.shadowRoot.children].filter((child) => child.tagName === 'DIV');
      if (window.__live.sign !== undefined && divs.length === 1 && divs[0].querySelector('.vs-weights')) {
        window.__live.live ??= performance.now();
      }
    }).observe(widget.shadowRoot, { childList: true });
  },
  act: async (page) => {
    const box = await page.locator('versus-compare').boundingBox();
    await page.mouse.move(box.x + 20, box.y + 20);
  },
});

async function microbench(browser, origin, catalogUrl, mode) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const queries = 1000;
  await page.goto(`${origin}/bench/wasm-bench.html?catalog=${encodeURIComponent(catalogUrl)}&mode=${mode}&runs=${RUNS}&queries=${queries}&wasm=${encodeURIComponent('/out/versus-bench.wasm')}`);
  const result = await page.evaluate(() => window.benchResult);
  await context.close();
  if (result.error) throw new Error(result.error);
  return result;
}

async function measure(browser, origin, count) {
  const { path, bytes } = generate(count, { dir: DEFAULT_DIR });
  const file = path.split('/').pop();
  const catalogUrl = `/catalogs/${file}`;
  const row = { artifacts: count, catalog_mb: bytes / 1e6 };
  let [a, b] = firstArtifacts(path).map((artifact) => artifact.id);
  let siteDir = null;
  if (SITES.includes(count)) {
    siteDir = join(DEFAULT_DIR, `site-${file.replace(/\.json$/, '')}`);
    row.site = generateSite(path, siteDir);
    // A pair the site has a page for: the first artifact with its first comparison.
    b = readdirSync(join(siteDir, 'compare', a)).sort()[0];
  }
  const route = `#/compare/${a}/${b}`;
  try {
    const pages = {
      versus: `${origin}/?catalog=${encodeURIComponent(catalogUrl)}${route}`,
      vanilla: `${origin}/bench/vanilla.html?catalog=${encodeURIComponent(catalogUrl)}${route}`,
    };
    if (siteDir) {
      const page = `compare/${a}/${b}/`;
      pages.prerendered = `${origin}/catalogs/${siteDir.split('/').pop()}/${page}`;
      pages.minimal = `${origin}/bench/minimal.html?catalog=${encodeURIComponent(catalogUrl)}${route}`;
      row.site.page_bytes = brotliSize(join(siteDir, page, 'index.html'));
    }
    // The same comparison as a widget on a publisher's page (versus.js and the embed-only
    // module), up to 10k artifacts: a widget is for catalogs that size.
    if (count <= 10000) pages.host = `${origin}/bench/host.html?catalog=${encodeURIComponent(catalogUrl)}&items=${a},${b}`;
    // And painted from the card the site generator wrote next to its page (the site's
    // catalog, data/catalog.json, is the same bytes as the catalog above).
    if (siteDir && count <= 10000) pages.facade = `${origin}/bench/host.html?catalog=${encodeURIComponent(`/catalogs/${siteDir.split('/').pop()}/data/catalog.json`)}&items=${a},${b}`;
    Object.assign(row, await cardTimes(browser, pages));
    if (pages.facade) row.intent = await intentTimes(browser, pages.facade);
    // The pre-rendered page and the minimal one again over a throttled network.
    if (siteDir && count <= SLOW_MAX) row.slow = await cardTimes(browser, { prerendered: pages.prerendered, minimal: pages.minimal, vanilla: pages.vanilla }, { network: SLOW_4G });
    // The painted card and the wasm widget over the same network (up to 1,000 artifacts:
    // beyond, the wasm widget's catalog alone takes minutes).
    if (pages.facade && count <= Math.min(SLOW_MAX, 1000)) row.slowHost = await cardTimes(browser, { facade: pages.facade, host: pages.host }, { network: SLOW_4G });
    if (siteDir) row.takeover = await takeoverTimes(browser, pages.prerendered);
  } catch (error) {
    row.card_error = String(error.message ?? error).split('\n')[0];
  }
  // A 10k site is gigabytes: measured, then removed.
  if (siteDir && count > 1000) rmSync(siteDir, { recursive: true, force: true });
  try {
    row.json = await microbench(browser, origin, catalogUrl, 'json');
    row.wasm = await microbench(browser, origin, catalogUrl, 'wasm');
  } catch (error) {
    row.micro_error = String(error.message ?? error).split('\n')[0];
  }
  return row;
}

/**
 * The whole static site of the catalog at `path`, written to `out` as scripts/build writes
 * dist/ (preview images included), timed from start to end of the process.
 */
function generateSite(path, out) {
  rmSync(out, { recursive: true, force: true });
  process.stderr.write(`[bench] generating the site of ${path.split('/').pop()}…\n`);
  const started = performance.now();
  const said = execFileSync('target/tools/versus-catalog', ['site', path, '--app', 'target/app', '--out', out, '--url', 'https://bench.example/'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1e3;
  const [, pages, images] = said.match(/(\d+) pages and (\d+) preview images written/) ?? [];
  if (!pages) throw new Error(`versus-catalog site said: ${said}`);
  return { pages: Number(pages), images: Number(images), seconds, pages_per_s: Number(pages) / seconds };
}

/** The lean catalog of `count` artifacts, as one file and sharded by the CLI (both cached). */
function shardedCatalog(count) {
  const { path, bytes } = generate(count, { dir: DEFAULT_DIR, lean: true });
  const file = path.split('/').pop();
  const dir = `sharded-${file.replace(/\.json$/, '')}`;
  if (!existsSync(join(DEFAULT_DIR, dir, 'index.json'))) {
    process.stderr.write(`[bench] sharding ${file}…\n`);
    rmSync(join(DEFAULT_DIR, dir), { recursive: true, force: true });
    execFileSync('target/tools/versus-catalog', ['shard', path, join(DEFAULT_DIR, `${dir}.partial`)], { stdio: 'inherit' });
    renameSync(join(DEFAULT_DIR, `${dir}.partial`), join(DEFAULT_DIR, dir));
  }
  return { path, file, bytes, index: `/catalogs/${dir}/index.json` };
}

async function measureSharded(browser, origin, count) {
  const catalog = shardedCatalog(count);
  const row = { artifacts: count, catalog_mb: catalog.bytes / 1e6 };
  const [a, b] = firstArtifacts(catalog.path).map((artifact) => artifact.id);
  const route = `#/compare/${a}/${b}`;
  try {
    const pages = { sharded: `${origin}/?catalog=${encodeURIComponent(catalog.index)}${route}` };
    if (count <= 100000) pages.single = `${origin}/?catalog=${encodeURIComponent(`/catalogs/${catalog.file}`)}${route}`;
    Object.assign(row, await cardTimes(browser, pages));
  } catch (error) {
    row.card_error = String(error.message ?? error).split('\n')[0];
  }
  return row;
}

function reportSharded(rows) {
  const lines = ['', 'Sharded catalogs (lean generated artifacts; `versus-catalog shard`, 16 per shard):', ''];
  lines.push('| artifacts | one file MB | layout | first card cold | warm | reload | longest task | catalog bytes fetched |');
  lines.push('|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    for (const [layout, t] of [['sharded', r.sharded], ['one file', r.single]]) {
      if (!t) continue;
      lines.push(`| ${r.artifacts.toLocaleString('en-US')} | ${fixed(r.catalog_mb, 2)} | ${layout} | ${fixed(t.cold_ms, 0)} ms | ${fixed(t.warm_ms, 0)} ms | ${fixed(t.reload_ms, 0)} ms | ${t.longest_task_ms < 50 ? '< 50' : fixed(t.longest_task_ms, 0)} ms | ${kib(t.catalog_bytes)} KiB |`);
    }
    if (r.card_error) lines.push(`| ${r.artifacts} | | failed: ${r.card_error} | | | | | |`);
  }
  return lines.join('\n');
}

function report(rows, sizes, version) {
  const lines = [];
  lines.push(`Versus benchmark — ${new Date().toISOString().slice(0, 10)}, headless Chromium ${version}, medians of ${RUNS} runs`);
  lines.push('');
  lines.push(`First-card download (brotli q11): site wasm ${kib(sizes.wasm)} KiB + js ${kib(sizes.js)} KiB = ${kib(sizes.wasm + sizes.js)} KiB; `
    + `host page with a pre-rendered card (versus.js) ${kib(sizes.facade_js)} KiB, without one (versus.js + embed module) wasm ${kib(sizes.embed_wasm)} KiB + js ${kib(sizes.embed_js)} KiB = ${kib(sizes.embed_wasm + sizes.embed_js)} KiB; `
    + `css ${kib(sizes.css)} KiB; budget 150 KiB. `
    + `The site's other pages: wasm ${kib(sizes.other_wasm)} KiB + js ${kib(sizes.other_js)} KiB = ${kib(sizes.other_wasm + sizes.other_js)} KiB`);
  lines.push('');
  lines.push('| artifacts | MB | first card cold: Versus / vanilla (ratio) | warm: Versus / vanilla (ratio) | reload: Versus / vanilla (ratio) | longest task | JSON.parse MB/s | parse+validate MB/s (ratio) | related top-10 median / p95 | verdict | card view | wasm memory | JS heap |');
  lines.push('|---:|---:|---|---|---|---:|---:|---|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const v = r.versus ?? {};
    const b = r.vanilla ?? {};
    const jsonRate = r.json ? r.json.bytes / 1e6 / (r.json.json_parse_ms / 1e3) : NaN;
    // The widget's path: ChunkedParse in 1 MB slices (parse_catalog in one go is in --json).
    const wasmRate = r.wasm ? r.wasm.bytes / 1e6 / (r.wasm.chunked_parse_ms / 1e3) : NaN;
    lines.push([
      r.artifacts,
      fixed(r.catalog_mb),
      r.card_error ? `failed: ${r.card_error}` : `${fixed(v.cold_ms, 0)} / ${fixed(b.cold_ms, 0)} ms (${fixed(v.cold_ms / b.cold_ms, 2)}×)`,
      r.card_error ? '' : `${fixed(v.warm_ms, 0)} / ${fixed(b.warm_ms, 0)} ms (${fixed(v.warm_ms / b.warm_ms, 2)}×)`,
      r.card_error ? '' : `${fixed(v.reload_ms, 0)} / ${fixed(b.reload_ms, 0)} ms (${fixed(v.reload_ms / b.reload_ms, 2)}×)`,
      r.card_error ? '' : `${v.longest_task_ms < 50 ? '< 50' : fixed(v.longest_task_ms, 0)} ms`,
      r.micro_error ? `failed: ${r.micro_error}` : fixed(jsonRate, 0),
      r.micro_error ? '' : `${fixed(wasmRate, 0)} (${fixed(wasmRate / jsonRate, 2)}×)`,
      r.wasm ? `${fixed(r.wasm.related_top10_median_us / 1e3, 3)} / ${fixed(r.wasm.related_top10_p95_us / 1e3, 3)} ms` : '',
      r.wasm ? `${fixed(r.wasm.verdict_mean_us, 1)} µs` : '',
      r.wasm ? `${fixed(r.wasm.compare_view_median_us, 0)} µs` : '',
      r.wasm ? `${fixed(r.wasm.wasm_memory_bytes / 1048576, 0)} MiB` : '',
      Number.isFinite(v.js_heap_bytes) ? `${fixed(v.js_heap_bytes / 1048576, 1)} MiB` : '',
    ].map(String).join(' | ').replace(/^/, '| ').replace(/$/, ' |'));
  }
  const hosted = rows.filter((r) => r.host);
  if (hosted.length) {
    lines.push('', 'The same card as a widget on a host page (`bench/host.html`: versus.js, the embed-only module, a shadow root; no vanilla counterpart):', '');
    lines.push('| artifacts | first card cold | warm (repeat visit) | reload | longest task | code before the card (brotli) |');
    lines.push('|---:|---:|---:|---:|---:|---:|');
    for (const r of hosted) {
      const h = r.host;
      lines.push(`| ${r.artifacts.toLocaleString('en-US')} | ${fixed(h.cold_ms, 0)} ms | ${fixed(h.warm_ms, 0)} ms | ${fixed(h.reload_ms, 0)} ms | ${h.longest_task_ms < 50 ? '< 50' : fixed(h.longest_task_ms, 0)} ms | ${kib(h.code_bytes)} KiB |`);
    }
  }
  const facades = rows.filter((r) => r.facade && r.host);
  if (facades.length) {
    lines.push('', 'The widget painted from its pre-rendered card (versus.js as a facade, `card.json` next to the generated page) beside the same widget rendered by the wasm (the catalog has no cards next to it), same host page, same run; code is the js + wasm the page had received when the card showed (resource timing, as sent); targets ≤ 10 KiB and ≤ 0.5×:', '');
    lines.push('| artifacts | code before the card: facade / wasm widget | first card cold (ratio) | warm (ratio) | reload (ratio) | longest task (facade) |');
    lines.push('|---:|---|---|---|---|---:|');
    for (const r of facades) {
      const [f, h] = [r.facade, r.host];
      const pair = (key) => `${fixed(f[key], 0)} / ${fixed(h[key], 0)} ms (${fixed(f[key] / h[key], 2)}×)`;
      lines.push(`| ${r.artifacts.toLocaleString('en-US')} | ${kib(f.code_bytes)} / ${kib(h.code_bytes)} KiB | ${pair('cold_ms')} | ${pair('warm_ms')} | ${pair('reload_ms')} | ${f.longest_task_ms < 50 ? '< 50' : fixed(f.longest_task_ms, 0)} ms |`);
      if (r.slowHost) {
        const [sf, sh] = [r.slowHost.facade, r.slowHost.host];
        const slow = (key) => `${fixed(sf[key], 0)} / ${fixed(sh[key], 0)} ms (${fixed(sf[key] / sh[key], 2)}×)`;
        lines.push(`| ${r.artifacts.toLocaleString('en-US')}, slow 4G | ${kib(sf.code_bytes)} / ${kib(sh.code_bytes)} KiB | ${slow('cold_ms')} | ${slow('warm_ms')} | ${slow('reload_ms')} | ${sf.longest_task_ms < 50 ? '< 50' : fixed(sf.longest_task_ms, 0)} ms |`);
      }
    }
  }
  const intents = rows.filter((r) => r.intent);
  if (intents.length) {
    lines.push('', 'From the reader\'s intent to the live widget (the pointer enters the painted card; the wasm and the catalog are fetched then, compiled, rendered beside it and swapped in), and the longest task in between:', '');
    lines.push('| artifacts | CPU | intent to live | longest task |');
    lines.push('|---:|---|---:|---:|');
    for (const r of intents) {
      for (const [cpu, t] of [['full speed', r.intent.x1], ['4× slower', r.intent.x4]]) {
        lines.push(`| ${r.artifacts.toLocaleString('en-US')} | ${cpu} | ${fixed(t.ms, 0)} ms | ${fixed(t.longest_task_ms, 0)} ms |`);
      }
    }
  }
  const sites = rows.filter((r) => r.site);
  if (sites.length) {
    lines.push('', 'The static site (`versus-catalog site`, preview images included; whole run, one process, 2 threads) and the first card of its pre-rendered comparison page beside a minimal hand-written page (`bench/minimal.html`: fetch, JSON.parse, DOM calls); target ≤ 0.5×:', '');
    lines.push('| artifacts | pages | images | generation | pages/s | page HTML (brotli) | code files before the card (brotli) |');
    lines.push('|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of sites) {
      lines.push(`| ${r.artifacts.toLocaleString('en-US')} | ${r.site.pages.toLocaleString('en-US')} | ${r.site.images.toLocaleString('en-US')} | ${fixed(r.site.seconds, 1)} s | ${fixed(r.site.pages_per_s, 0)} | ${kib(r.site.page_bytes ?? NaN)} KiB | ${kib(r.prerendered?.code_bytes ?? NaN)} KiB |`);
    }
    lines.push('', 'Pre-rendered / minimal: the card in the DOM, and first contentful paint (neither page paints anything before its card; the pre-rendered page paints the whole card, header, table and chart, the minimal one a title, a line and a small table, so the last column sets its paint beside the vanilla replica of the full page):', '');
    lines.push('| artifacts | network | card cold (ratio) | card warm (ratio) | paint cold (ratio) | paint warm (ratio) | paint cold: pre-rendered / full vanilla replica (ratio) |');
    lines.push('|---:|---|---|---|---|---|---|');
    for (const r of sites) {
      for (const [network, p, m, v] of [['localhost', r.prerendered, r.minimal, r.vanilla], ['slow 4G (150 ms, 1.6 Mbit/s)', r.slow?.prerendered, r.slow?.minimal, r.slow?.vanilla]]) {
        if (!p || !m) continue;
        const pair = (key, q = m) => `${fixed(p[key], 0)} / ${fixed(q[key], 0)} ms (${fixed(p[key] / q[key], 2)}×)`;
        lines.push(`| ${r.artifacts.toLocaleString('en-US')} | ${network} | ${pair('cold_ms')} | ${pair('warm_ms')} | ${pair('paint_cold_ms')} | ${pair('paint_warm_ms')} | ${v ? pair('paint_cold_ms', v) : ''} |`);
      }
    }
  }
  const takeovers = sites.filter((r) => r.takeover);
  if (takeovers.length) {
    lines.push('', 'The app taking over the pre-rendered page at the reader\'s first sign (a pointer move, module and catalog already fetched): move to live, and the longest task in between:', '');
    lines.push('| artifacts | CPU | takeover | longest task |');
    lines.push('|---:|---|---:|---:|');
    for (const r of takeovers) {
      for (const [cpu, t] of [['full speed', r.takeover.x1], ['4× slower', r.takeover.x4]]) {
        lines.push(`| ${r.artifacts.toLocaleString('en-US')} | ${cpu} | ${fixed(t.ms, 0)} ms | ${fixed(t.longest_task_ms, 0)} ms |`);
      }
    }
  }
  return lines.join('\n');
}


// What each page downloads for the first card (scripts/first-card-files.mjs): wasm, and
// all the JS around it (glue, loader, wasm-bindgen snippets, and the site's index.html for
// its inline scripts).
const firstCardDownload = firstCardFiles('dist');
const sizeOf = (files, kind) => files.filter((f) => kind.test(f)).reduce((sum, f) => sum + brotliSize(`dist/${f}`), 0);
const wasmOf = (files) => sizeOf(files, /\.wasm$/);
const jsOf = (files) => sizeOf(files, /\.(js|html)$/);
const sizes = {
  // The site's first card comes from the compare-first module (index.html starts it for
  // comparison routes); its other pages from the site's module.
  wasm: wasmOf(firstCardDownload.site),
  js: jsOf(firstCardDownload.site),
  other_wasm: wasmOf(firstCardDownload.siteOther),
  other_js: jsOf(firstCardDownload.siteOther),
  css: brotliSize('dist/versus.css'),
  // What a host page loads through versus.js: the embed-only module.
  embed_wasm: wasmOf(firstCardDownload.hostLive),
  embed_js: jsOf(firstCardDownload.hostLive),
  facade_js: jsOf(firstCardDownload.host),
};
const server = await startServer({
  mounts: { '/': 'dist', '/bench/': 'bench', '/out/': WASM_OUT, '/catalogs/': DEFAULT_DIR },
  // Cacheable files for the warm runs; cross-origin isolation so performance.now() has
  // 5 µs resolution instead of 100 µs.
  headers: {
    'cache-control': 'public, max-age=3600',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  },
});
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
const shardedRows = [];
const version = browser.version();
try {
  for (const count of SIZES) {
    process.stderr.write(`[bench] ${count} artifacts…\n`);
    rows.push(await measure(browser, server.origin, count));
  }
  for (const count of SHARDED) {
    process.stderr.write(`[bench] sharded, ${count} artifacts…\n`);
    shardedRows.push(await measureSharded(browser, server.origin, count));
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(AS_JSON
  ? JSON.stringify({ sizes, rows, sharded: shardedRows }, null, 2)
  : report(rows, sizes, version) + (shardedRows.length ? `\n${reportSharded(shardedRows)}` : ''));
