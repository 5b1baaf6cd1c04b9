// A hostile catalog (tests/fixtures/hostile.json): markup, javascript: URLs and CSS in every
// string, RTL and emoji text, a 205-character name and 500 capabilities on one artifact.
// Nothing may execute, every string shows as text, and the pages stay readable.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createReadStream } from 'node:fs';
import { firstArtifacts, generate } from '../../bench/generate.mjs';
import { assertNoProblems, open, shot, watchProblems, withSite } from './harness.mjs';

// A generated 10k-artifact catalog of about 50 MB (deterministic, cached in $TMPDIR).
const big = generate(10000, {});

const env = withSite(async (req, res) => {
  if (!req.url.startsWith('/big/catalog.json')) return false;
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  createReadStream(big.path).pipe(res);
  return true;
});

const HOSTILE = 'catalog=%2Ffixtures%2Fhostile.json';

/** Opens a page of the hostile catalog and records anything that would mean a script ran. */
async function openHostile(route, waitFor) {
  const page = await env.browser.newPage();
  page.ran = [];
  watchProblems(page);
  page.on('dialog', async (dialog) => { page.ran.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  await page.goto(`${env.site.origin}/?${HOSTILE}${route}`);
  await page.waitForSelector(waitFor, { timeout: 15000 });
  return page;
}

/** Elements the catalog's markup would have created had it been parsed as HTML. */
async function injected(page) {
  return page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    iframes: document.querySelectorAll('iframe').length,
    scriptsFromCatalog: [...document.scripts].filter((s) => s.textContent.includes('alert(1)') && s.type !== 'application/ld+json').length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
    styleElements: document.querySelectorAll('body style').length,
  }));
}

const NONE = { images: 0, svgOnload: 0, iframes: 0, scriptsFromCatalog: 0, javascriptLinks: 0, styleElements: 0 };

describe('a hostile catalog', () => {
  test('home: brand strings show as text, nothing runs', async () => {
    const page = await openHostile('#/', '.vs-grid');
    assert.equal(await page.locator('.vs-brand__name').innerText(), 'Evil <script>alert(1)</script> Brand');
    assert.match(await page.locator('.vs-footer').innerText(), /© <img src=x onerror=alert\(1\)> javascript:alert\(1\)/);
    assert.equal(await page.locator('.vs-tile').count(), 5);
    assert.deepEqual(await injected(page), NONE);
    assert.deepEqual(page.ran, []);
    await shot(page, 'hostile-home');
    assertNoProblems(page);
  });

  test('comparison: markup in names, labels and capabilities is text', async () => {
    const page = await openHostile('#/compare/xss-script/rtl-text', '.vs-compare');
    const title = await page.locator('h1').innerText();
    assert.equal(title, '<img src=x onerror=alert(1)>: <script>alert(1)</script> vs מודל שפה גדול לתרגום: نموذج لغوي كبير للترجمة والتلخيص');
    const labels = await page.locator('.vs-table tbody th').allInnerTexts();
    assert.ok(labels.includes('Rank<script>alert(1)</script>'), labels.join(' | '));
    assert.ok(labels.includes('<svg onload=alert(1)>Adoption'), labels.join(' | '));
    assert.match(await page.locator('.vs-verdict').innerText(), /<script>alert\(1\)<\/script> scores higher at 60\/100/);
    // Spec and price labels, units, values, currencies and sources are text too.
    assert.ok(labels.includes('<img src=x onerror=alert(1)>Context'), labels.join(' | '));
    assert.ok(labels.includes('<svg onload=alert(1)>Per call'), labels.join(' | '));
    const body = await page.locator('.vs-table').innerText();
    assert.match(body, /1,000,000 <b>tokens<\/b>/);
    assert.match(body, /<script>alert\(1\)<\/script>/);
    assert.match(body, /<b>USD<\/b>/);
    assert.match(body, /<i>call<\/i>/);
    assert.match(await page.locator('.vs-sources').innerText(), /<script>alert\(1\)<\/script>: <img src=x onerror=alert\(1\)>, checked 2026-08-14/);
    assert.equal(await page.locator('.vs-sources a').getAttribute('href'), 'https://source.example/?q=%3Cscript%3E');
    assert.deepEqual(await injected(page), NONE);
    // The rank_about text that tries to close a style element stays a paragraph.
    assert.match(await page.locator('.vs-rank-about p').innerText(), /^<\/style><style>\*\{display:none\}<\/style>/);
    assert.ok(await page.locator('.vs-compare').isVisible(), 'no injected CSS hid the card');
    assert.deepEqual(page.ran, []);
    await shot(page, 'hostile-compare');
    assertNoProblems(page);
  });

  test('artifact page: only the http(s) url becomes a link, with noopener', async () => {
    const page = await openHostile('#/artifact/xss-script', '.vs-artifact');
    assert.deepEqual(await injected(page), NONE);
    const external = page.locator('a[href^="https://example.com/"]');
    assert.equal(await external.count(), 1);
    assert.match(await external.getAttribute('rel'), /noopener/);
    assert.match(await external.getAttribute('rel'), /noreferrer/);
    assert.match(await page.locator('.vs-artifact').innerText(), /<math><mi xlink:href="javascript:alert\(1\)">x<\/mi><\/math>|Category "><svg onload=alert\(1\)>/);
    assert.deepEqual(page.ran, []);
    await shot(page, 'hostile-artifact');
    assertNoProblems(page);
  });

  test('a 50 MB catalog loads, renders the card and stays usable', async () => {
    const [{ id: a, name: nameA }, { id: b, name: nameB }] = firstArtifacts(big.path);
    assert.ok(big.bytes > 45e6, `the generated catalog is ${big.bytes} bytes`);
    const page = await open(env.browser, `${env.site.origin}/?catalog=%2Fbig%2Fcatalog.json#/compare/${a}/${b}`, { waitFor: null });
    await page.waitForSelector('.vs-compare', { timeout: 90000 });
    const title = await page.locator('h1').innerText();
    assert.ok(title.includes(nameA) && title.includes(nameB), title);
    // Still interactive after the load: the toggle answers and the picker offers the catalog.
    const rows = () => page.locator('.vs-table tbody tr').count();
    const before = await rows();
    await page.getByLabel('Hide identical rows').check();
    assert.ok((await rows()) < before, 'identical rows hidden');
    // The picker lists the 100 best-ranked of the 9,998 others; its filter finds any.
    assert.equal(await page.locator('.vs-picker option').count(), 100 + 1);
    assert.match(await page.locator('.vs-picker option').first().innerText(), /\(best 100\)/);
    assert.equal(await page.getByLabel('Filter the artifacts to add').getAttribute('placeholder'), 'Filter 9,998…');
    const wanted = firstArtifacts(big.path, 3)[2];
    await page.getByLabel('Filter the artifacts to add').fill(wanted.id);
    await page.waitForFunction((id) => [...document.querySelectorAll('.vs-picker option')].some((o) => o.value === id), wanted.id);
    await page.locator('.vs-picker select').selectOption(wanted.id);
    await page.waitForFunction(() => document.querySelectorAll('.vs-side').length === 3);
    assertNoProblems(page);
  });

  test('500 capabilities, a 205-character name, RTL and emoji stay readable', async () => {
    const page = await openHostile('#/compare/long-text/many-capabilities', '.vs-compare');
    assert.equal(await page.locator('.vs-side').nth(1).locator('.vs-capability').count(), 500);
    // Long unbroken text wraps inside the card instead of widening the page.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1280);
    const rtl = await openHostile('#/artifact/rtl-text', '.vs-artifact');
    assert.match(await rtl.locator('h1').innerText(), /نموذج لغوي كبير/);
    const emoji = await openHostile('#/artifact/emoji', '.vs-artifact');
    assert.ok((await emoji.locator('h1').innerText()).length > 0);
    await shot(page, 'hostile-long');
    await shot(rtl, 'hostile-rtl');
    assert.deepEqual([...page.ran, ...rtl.ran, ...emoji.ran], []);
    assertNoProblems(page, rtl, emoji);
  });
});
