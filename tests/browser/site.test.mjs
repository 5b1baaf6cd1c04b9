// The standalone site in real headless Chromium: what a person sees on the seed pages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertNoProblems, launchBrowser, open, serveSite, shot } from './harness.mjs';

let browser;
let site;
let flakyHits = 0;
let countedHits = 0;

before(async () => {
  site = await serveSite(async (req, res) => {
    // Fails once with 503, then serves the default catalog: exercises "Try again".
    if (req.url.startsWith('/flaky/catalog.json')) {
      flakyHits += 1;
      if (flakyHits === 1) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('busy');
        return true;
      }
      req.url = '/data/catalog.json';
    }
    if (req.url.startsWith('/counted/catalog.json')) {
      countedHits += 1;
      req.url = '/data/catalog.json';
    }
    return false;
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const text = (page, selector = 'body') => page.locator(selector).first().innerText();

describe('comparison pages', () => {
  test('ERNIE 4.5 VL 424B vs FLUX.1 Pro shows the verdict, free-tier reason, rank label and +5 more', async () => {
    const page = await open(browser, `${site.origin}/#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro`, { waitFor: '.vs-compare' });
    assert.equal(await text(page, 'h1'), 'Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro');
    const verdict = await text(page, '.vs-verdict');
    assert.match(verdict, /FLUX\.1 Pro scores higher at 58\/100 vs ERNIE 4\.5 VL 424B A47B at 20\/100\./);
    assert.match(verdict, /FLUX\.1 Pro also has a free tier, making it more accessible\./);
    const body = await text(page);
    assert.match(body, /UnfragileRank/);
    assert.match(body, /\+5 more capabilities/);
    assert.match(body, /Need something different\?/);
    assert.match(body, /© 2026 Unfragile\. Stronger through disorder\./);
    const rows = await page.locator('.vs-table tbody tr').allInnerTexts();
    assert.deepEqual(rows.map((r) => r.split('\t')[0].trim()), [
      'Type', 'UnfragileRank', 'Adoption', 'Quality', 'Ecosystem', 'Match Graph', 'Parameters', 'Active parameters',
      'Pricing', 'Starting Price', 'Image price', 'Capabilities', 'Times Matched',
    ]);
    assert.match(rows[6], /Parameters\s+424B\s+12B/);
    assert.match(rows[9], /\$0\.42 \/ 1M prompt tokens/);
    assert.match(rows[10], /Image price\s+—\s+Varies/);
    assert.equal(await page.locator('.vs-side').count(), 2);
    assert.equal(await page.title(), 'Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro · Unfragile');
    await shot(page, 'compare-ernie-flux');
    assertNoProblems(page);
  });

  for (const [id, rank, more] of [['sdnext', 51, 8], ['fast-stable-diffusion', 48, 3]]) {
    test(`ERNIE 4.5 VL 424B vs ${id} shows its verdict and +${more} more`, async () => {
      const page = await open(browser, `${site.origin}/#/compare/ernie-4-5-vl-424b-a47b/${id}`, { waitFor: '.vs-compare' });
      const verdict = await text(page, '.vs-verdict');
      assert.match(verdict, new RegExp(`${id} scores higher at ${rank}/100 vs ERNIE 4\\.5 VL 424B A47B at 20/100\\.`));
      assert.match(verdict, new RegExp(`${id} also has a free tier, making it more accessible\\.`));
      assert.match(await text(page), new RegExp(`\\+${more} more capabilities`));
      await shot(page, `compare-ernie-${id}`);
      assertNoProblems(page);
    });
  }

  test('an unknown id says so and offers the catalog', async () => {
    const page = await open(browser, `${site.origin}/#/compare/ernie-4-5-vl-424b-a47b/no-such-thing`, { waitFor: '.vs-notice' });
    assert.match(await text(page, '.vs-notice'), /This catalog has no artifact “no-such-thing”\./);
    assert.equal(await page.locator('.vs-notice .vs-link-list li').count(), 14);
    await shot(page, 'compare-unknown');
    assertNoProblems(page);
  });
});

describe('the compare-first module', () => {
  const modules = (page) =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()).filter((name) => /^versus-(app|compare)/.test(name)));

  test('a comparison loads only it; pointing at a link out fetches the site\'s module for the page it opens', async () => {
    // An old hash link on the generated site: the app shows it, its links are paths.
    const page = await open(browser, `${site.origin}/#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro`, { waitFor: '.vs-compare' });
    assert.deepEqual(await modules(page), ['versus-compare.js', 'versus-compare_bg.wasm']);
    const link = page.locator('a[href="artifact/flux-1-pro/"]').first();
    await link.hover();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/versus-app_bg.wasm')));
    assert.equal(await page.locator('.vs-artifact__grid').count(), 0, 'still the comparison');
    await link.click();
    await page.waitForURL(`${site.origin}/artifact/flux-1-pro/`);
    await page.waitForSelector('.vs-artifact__grid');
    assert.equal(await text(page, 'h1'), 'FLUX.1 Pro');
    assert.equal(await page.title(), 'FLUX.1 Pro · Unfragile');
    await page.goBack();
    await page.waitForSelector('.vs-compare');
    assert.equal(await text(page, 'h1'), 'Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro');
    assert.equal(await page.locator('.vs-app').count(), 1);
    assertNoProblems(page);
  });

  test('with hash links (?catalog=), the site\'s module takes over the page on the click', async () => {
    const page = await open(browser, `${site.origin}/?catalog=data/catalog.json#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro`, { waitFor: '.vs-compare' });
    assert.deepEqual(await modules(page), ['versus-compare.js', 'versus-compare_bg.wasm']);
    const link = page.locator('a[href="#/artifact/flux-1-pro"]').first();
    await link.hover();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/versus-app_bg.wasm')));
    assert.equal(await page.locator('.vs-artifact__grid').count(), 0, 'still the comparison');
    await link.click();
    await page.waitForSelector('.vs-artifact__grid');
    assert.equal(await text(page, 'h1'), 'FLUX.1 Pro');
    assert.equal(await page.title(), 'FLUX.1 Pro · Unfragile');
    // One app in one visible root: the compare-first module's is gone.
    assert.equal(await page.locator('.vs-app').count(), 1);
    assert.equal(await page.locator('#versus-site').count(), 1);
    assert.equal(await page.locator('#versus-site').evaluate((root) => root.hidden || root.parentElement !== document.body), false);
    assert.equal(await page.locator('body > div').count(), 1);
    // The site's module now serves every route, comparisons included.
    await page.goBack();
    await page.waitForSelector('.vs-compare');
    assert.equal(await text(page, 'h1'), 'Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro');
    assert.equal(await page.locator('.vs-app').count(), 1);
    assert.deepEqual(await modules(page), ['versus-compare.js', 'versus-compare_bg.wasm', 'versus-app.js', 'versus-app_bg.wasm']);
    assertNoProblems(page);
  });

  test('with another brand\'s catalog in dark, "Browse all" hands over to its home, brand, catalog and theme kept', async () => {
    const page = await open(browser, `${site.origin}/?catalog=fixtures/velo-de.json&theme=dark#/compare/grossglockner-12/kaze-r9`, { waitFor: '.vs-compare' });
    assert.equal(await page.locator('.vs-app').getAttribute('data-theme'), 'dark');
    await page.getByRole('link', { name: 'Alle anzeigen' }).click();
    await page.waitForSelector('#versus-site .vs-grid');
    assert.match(await text(page, '.vs-brand'), /Velowerk/);
    assert.equal(await page.locator('.vs-tile').count(), 6);
    assert.equal(await page.locator('.vs-app').getAttribute('data-theme'), 'dark');
    assert.equal(await page.locator('.vs-app').count(), 1);
    assert.deepEqual(await modules(page), ['versus-compare.js', 'versus-compare_bg.wasm', 'versus-app.js', 'versus-app_bg.wasm']);
    assertNoProblems(page);
  });

  test('other routes start with the site\'s module alone', async () => {
    for (const route of ['#/', '#/artifact/flux-1-pro', '#/embed/compare/ernie-4-5-vl-424b-a47b/flux-1-pro']) {
      const page = await open(browser, `${site.origin}/${route}`, { waitFor: '.vs-app :is(h1, .vs-card)' });
      // `#/` at the site's root is its pre-rendered home page, which the app takes over
      // once the reader moves.
      await page.mouse.move(2, 2);
      await page.waitForSelector('html[data-versus-live]', { state: 'attached' });
      assert.deepEqual(await modules(page), ['versus-app.js', 'versus-app_bg.wasm'], route);
      assert.deepEqual(page.problems, [], route);
      await page.close();
    }
  });

  test('opening the Embed panel hands over and shows the snippets, the panel open and focused, the page where it was', async () => {
    const page = await open(browser, `${site.origin}/#/compare/ernie-4-5-vl-424b-a47b/sdnext`, { waitFor: '.vs-compare' });
    const summary = page.locator('.vs-embed-panel summary');
    await summary.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    assert.ok(before > 0, 'the panel is below the fold');
    await summary.click();
    await page.waitForSelector('.vs-snippet');
    assert.equal(await page.locator('.vs-snippet').count(), 3);
    assert.match(await page.locator('.vs-snippet__code').first().inputValue(), /<versus-compare items="ernie-4-5-vl-424b-a47b,sdnext"/);
    assert.equal(await page.locator('.vs-embed-panel').evaluate((details) => details.open), true);
    assert.equal(await page.evaluate(() => document.activeElement.closest('.vs-embed-panel') !== null), true, 'focus stays on the panel');
    assert.equal(await page.evaluate(() => scrollY), before);
    assert.equal(await page.locator('.vs-app').count(), 1);
    await shot(page, 'compare-embed-panel-after-handover');
    assertNoProblems(page);
  });

  test('when the site\'s module cannot be fetched, the page says so and "Try again" reloads', async () => {
    const page = await open(browser, `${site.origin}/?catalog=data/catalog.json#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro`, { waitFor: '.vs-compare' });
    await page.route('**/versus-app_bg.wasm', (route) => route.abort());
    await page.locator('a[href="#/artifact/flux-1-pro"]').first().click();
    await page.waitForSelector('.vs-error');
    assert.match(await text(page, '.vs-error'), /Versus could not load its code/);
    assert.equal(await page.locator('.vs-compare').count(), 0, 'the compare-first module is stopped');
    assert.equal(await page.locator('.vs-app').count(), 1);
    await shot(page, 'error-site-module-unreachable');
    await page.unroute('**/versus-app_bg.wasm');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('.vs-artifact__grid');
    assert.equal(await text(page, 'h1'), 'FLUX.1 Pro');
  });

  test('when the first module cannot be fetched, the page says so too', async () => {
    // Routes the page at the site's root was not generated for (a generated page that
    // shows what was asked stays as it is: prerender.test.mjs).
    for (const [route, module] of [['#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro', 'versus-compare'], ['#/artifact/flux-1-pro', 'versus-app'], ['?catalog=data/catalog.json#/', 'versus-app']]) {
      const page = await browser.newPage();
      await page.route(`**/${module}_bg.wasm`, (answer) => answer.abort());
      await page.goto(`${site.origin}/${route}`);
      await page.waitForSelector('.vs-error');
      assert.match(await text(page, '.vs-error'), /Versus could not load its code/, route);
      assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1, route);
      await page.close();
    }
  });
});

describe('artifact pages', () => {
  test('ERNIE 4.5 VL 28B A3B lists related artifacts with what they share', async () => {
    const page = await open(browser, `${site.origin}/#/artifact/ernie-4-5-vl-28b-a3b`, { waitFor: '.vs-artifact' });
    assert.equal(await text(page, 'h1'), 'Baidu: ERNIE 4.5 VL 28B A3B');
    const related = page.locator('.vs-related__item');
    assert.equal(await related.count(), 6);
    const first = await related.first().innerText();
    assert.match(first, /Baidu: ERNIE 4\.5 VL 424B A47B/);
    assert.match(first, /Shares: .*multimodal/);
    // What switching to it would add and give up, by capability intent.
    assert.match(first, /Switching gains\s+\S/);
    assert.match(first, /Switching gives up\s+\S/);
    const body = await text(page);
    for (const section of ['Capabilities', 'Best for', 'Known limitations', 'Input / Output', 'Details', 'Categories', 'UnfragileRank', 'About']) {
      assert.match(body, new RegExp(section), section);
    }
    assert.match(body, /7 decomposed/);
    await shot(page, 'artifact-ernie-28b');
    assertNoProblems(page);
  });

  test('ERNIE 4.5 VL 424B A47B shows its sections and alternatives link to comparisons', async () => {
    const page = await open(browser, `${site.origin}/#/artifact/ernie-4-5-vl-424b-a47b`, { waitFor: '.vs-artifact' });
    const body = await text(page);
    assert.match(body, /5 decomposed/);
    assert.match(body, /\$0\.42 \/ 1M prompt tokens/);
    assert.match(body, /Alternatives to Baidu: ERNIE 4\.5 VL 424B A47B/);
    const compare = page.locator('.vs-related .vs-compare-link').first();
    await compare.click();
    await page.waitForSelector('.vs-compare');
    // A generated site: the comparison's own page, by path.
    assert.match(page.url(), /\/compare\/ernie-4-5-vl-424b-a47b\/[^#]+\/$/);
    await shot(page, 'artifact-ernie-424b');
    assertNoProblems(page);
  });
});

describe('home', () => {
  test('lists the whole catalog, searches, filters and picks two to compare', async () => {
    const page = await open(browser, `${site.origin}/`, { waitFor: '.vs-grid' });
    assert.match(await text(page, '.vs-brand'), /Unfragile/);
    assert.equal(await page.locator('.vs-featured__card').count(), 3);
    const tiles = page.locator('.vs-tile');
    assert.equal(await tiles.count(), 14);
    await shot(page, 'home');
    await page.fill('input[type=search]', 'qwen');
    // Typing brings the app, which renders in a hidden root beside the page until it
    // replaces it (index.html): count the tiles once it has.
    await page.waitForFunction(() => document.querySelectorAll('.vs-tile').length === 3, null, { timeout: 5000 });
    assert.equal(await tiles.count(), 3);
    await page.fill('input[type=search]', '');
    await page.selectOption('.vs-filters select >> nth=0', 'Course');
    assert.equal(await tiles.count(), 1);
    await page.selectOption('.vs-filters select >> nth=0', '');
    await page.locator('.vs-tile', { hasText: 'GPT-5.2' }).getByLabel('Pick to compare').check();
    await page.locator('.vs-tile', { hasText: 'Llama 4 Maverick' }).getByLabel('Pick to compare').check();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.waitForSelector('.vs-compare');
    assert.match(page.url(), /#\/compare\/gpt-5-2\/llama-4-maverick$/);
    assert.match(await text(page, '.vs-verdict'), /GPT-5\.2 scores higher/);
    assertNoProblems(page);
  });

  test('a featured comparison opens its card', async () => {
    const page = await open(browser, `${site.origin}/`, { waitFor: '.vs-featured__card' });
    await page.locator('.vs-featured__card').nth(2).click();
    await page.waitForSelector('.vs-compare');
    assert.match(await text(page, 'h1'), /vs FLUX\.1 Pro/);
    assertNoProblems(page);
  });
});

describe('catalog loading', () => {
  test('works when served from a sub-path', async () => {
    const page = await open(browser, `${site.origin}/sub/path/#/compare/ernie-4-5-vl-424b-a47b/sdnext`, { waitFor: '.vs-compare' });
    assert.match(await text(page, '.vs-verdict'), /sdnext scores higher at 51\/100/);
    assertNoProblems(page);
  });

  test('?catalog= loads another catalog', async () => {
    const page = await open(browser, `${site.origin}/?catalog=fixtures/minimal.json#/compare/alpha/beta`, { waitFor: '.vs-compare' });
    assert.match(await text(page, '.vs-brand'), /Tiny/);
    assert.match(await text(page, '.vs-verdict'), /Alpha and Beta are tied at 70\/100\./);
    assert.doesNotMatch(await text(page), /Unfragile/);
    assertNoProblems(page);
  });

  test('a broken catalog shows every problem with its JSON path', async () => {
    const page = await open(browser, `${site.origin}/?catalog=fixtures/broken.json`, { waitFor: '.vs-error' });
    const error = await text(page, '.vs-error');
    assert.match(error, /The catalog has 18 problems/);
    assert.match(error, /fixtures\/broken\.json/);
    assert.match(error, /artifacts\[1\]\.rank: expected an integer 0\.\.=100, found 140/);
    assert.match(error, /brand\.theme\.accent: expected a CSS colour/);
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
    await shot(page, 'error-broken-catalog');
  });

  test('truncated JSON names the line and column', async () => {
    const page = await open(browser, `${site.origin}/?catalog=fixtures/truncated.json`, { waitFor: '.vs-error' });
    assert.match(await text(page, '.vs-error'), /not valid JSON: EOF while parsing .*\(line 2, column 0\)/);
  });

  test('a failed fetch offers a retry that works', async () => {
    const page = await open(browser, `${site.origin}/?catalog=flaky/catalog.json`, { waitFor: '.vs-error' });
    assert.match(await text(page, '.vs-error'), /The catalog server answered 503/);
    await shot(page, 'error-fetch-failed');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('.vs-grid');
    assert.equal(await page.locator('.vs-tile').count(), 14);
  });

  test('the catalog is requested once, by the inline script in index.html before the app starts, and the app takes that answer', async () => {
    const page = await open(browser, `${site.origin}/?catalog=counted/catalog.json#/compare/ernie-4-5-vl-424b-a47b/sdnext`, { waitFor: '.vs-compare' });
    const seen = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const catalog = performance.getEntriesByType('resource').find((entry) => entry.name.includes('counted/catalog.json'));
      return {
        catalogStart: catalog?.startTime,
        // The app's module script runs only once the document is parsed (domInteractive);
        // on localhost the wasm itself may already be downloaded before the inline script
        // runs (the preload scanner asks for it early), so the parse is the line to beat.
        parsed: navigation.domInteractive,
        taken: Object.keys(window.__versusCatalogs ?? {}).length === 0,
      };
    });
    assert.ok(seen.catalogStart < seen.parsed, `catalog requested at ${seen.catalogStart} ms, document parsed at ${seen.parsed} ms`);
    assert.equal(seen.taken, true, 'the app took the prefetched request');
    assert.equal(countedHits, 1, 'one request for the catalog');
    assertNoProblems(page);
  });

  test('a javascript: catalog URL is refused', async () => {
    const page = await open(browser, `${site.origin}/?catalog=javascript:alert(1)`, { waitFor: '.vs-error' });
    assert.match(await text(page, '.vs-error'), /The catalog URL is not allowed/);
    assertNoProblems(page);
  });
});
