// Rebranding by swapping the catalog: the German "Velowerk" fixture loaded with ?catalog=.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertNoProblems, launchBrowser, open, serveSite, shot } from './harness.mjs';

let browser;
let site;
const VELO = 'catalog=fixtures/velo-de.json';

before(async () => {
  site = await serveSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const DEFAULT_BRAND = /Unfragile|UnfragileRank|Stronger through disorder|Adoption|Match Graph/;

describe('a differently branded catalog', () => {
  test('the comparison carries the brand, rank label, signal labels, locale and theme', async () => {
    const page = await open(browser, `${site.origin}/?${VELO}#/compare/grossglockner-12/kaze-r9`, { waitFor: '.vs-compare' });
    const body = await page.locator('body').innerText();
    assert.doesNotMatch(body, DEFAULT_BRAND);
    assert.equal(await page.locator('.vs-brand__name').innerText(), 'Velowerk');
    assert.equal(await page.locator('.vs-brand__name').getAttribute('href'), 'https://velowerk.example/');
    assert.match(await page.locator('.vs-brand__tagline').innerText(), /Fahrradkomponenten im ehrlichen Vergleich\./);
    // The logo is the catalog's, found next to the catalog file, and it actually loads.
    const logo = page.locator('.vs-brand__logo');
    assert.equal(await logo.getAttribute('src'), `${site.origin}/fixtures/velowerk-logo.svg`);
    await page.waitForFunction(() => document.querySelector('.vs-brand__logo')?.complete);
    assert.ok(await logo.evaluate((img) => img.naturalWidth > 0), 'logo image loaded');
    const labels = (await page.locator('.vs-table tbody th').allInnerTexts()).map((t) => t.trim());
    // Versus's own words are German too (the catalog's brand.locale is de-DE).
    assert.deepEqual(labels.slice(0, 5), ['Typ', 'Velo-Index', 'Haltbarkeit', 'Gewicht', 'Preis-Leistung']);
    assert.match(await page.locator('.vs-table').innerText(), /2\.140,00\u00a0€/);
    assert.match(await page.locator('.vs-table').innerText(), /1\.280/);
    assert.match(await page.locator('.vs-verdict').innerText(), /Großglockner 12-fach schneidet mit 84\/100 besser ab als Kaze R9 Di mit 79\/100\./);
    assert.match(await page.locator('.vs-verdict').innerText(), /Grundlage: Velo-Index/);
    assert.match(await page.locator('.vs-rank-about').innerText(), /Der Velo-Index \(0–100\)/);
    assert.match(await page.locator('.vs-footer').innerText(), /© 2026 Velowerk GmbH/);
    const search = await page.locator('.vs-different a').getAttribute('href');
    assert.equal(search, 'https://velowerk.example/suche?q=Rennrad');
    const look = await page.evaluate(() => {
      const link = document.querySelector('.vs-table thead a');
      const app = document.querySelector('.vs-app');
      return {
        accent: getComputedStyle(link).color,
        background: getComputedStyle(app).backgroundColor,
        font: getComputedStyle(app).fontFamily,
        radius: getComputedStyle(document.querySelector('.vs-card')).borderTopLeftRadius,
        lang: document.documentElement.lang,
      };
    });
    assert.deepEqual(look, {
      accent: 'rgb(15, 118, 110)',
      background: 'rgb(247, 245, 240)',
      font: '"Source Sans 3", "Helvetica Neue", Arial, sans-serif',
      radius: '4px',
      lang: 'de-DE',
    });
    await shot(page, 'rebrand-velo-compare');
    assertNoProblems(page);
  });

  test('home and an artifact with missing optional fields render under the brand', async () => {
    const home = await open(browser, `${site.origin}/?${VELO}#/`, { waitFor: '.vs-grid' });
    assert.equal(await home.locator('.vs-featured__card').count(), 2);
    assert.equal(await home.locator('.vs-tile').count(), 6);
    assert.match(await home.locator('.vs-featured').innerText(), /Velo-Index 84\/100/);
    assert.doesNotMatch(await home.locator('body').innerText(), DEFAULT_BRAND);
    await shot(home, 'rebrand-velo-home');
    const page = await open(browser, `${site.origin}/?${VELO}#/artifact/stadtlaeufer-alu`, { waitFor: '.vs-artifact' });
    assert.equal(await page.locator('h1').innerText(), 'Stadtläufer Alu');
    assert.match(await page.locator('.vs-rank').innerText(), /Velo-Index/);
    assert.doesNotMatch(await page.locator('body').innerText(), DEFAULT_BRAND);
    assertNoProblems(home, page);
  });

  test('a relative logo URL resolves against the catalog, not the page', async () => {
    const page = await open(browser, `${site.origin}/sub/path/?catalog=%2Ffixtures%2Fvelo-de.json#/`, { waitFor: '.vs-grid' });
    const logo = page.locator('.vs-brand__logo');
    assert.equal(await logo.getAttribute('src'), `${site.origin}/fixtures/velowerk-logo.svg`);
    await page.waitForFunction(() => document.querySelector('.vs-brand__logo')?.complete);
    assert.ok(await logo.evaluate((img) => img.naturalWidth > 0), 'logo image loaded');
    assertNoProblems(page);
  });

  test('the embed snippets carry the catalog URL', async () => {
    const page = await open(browser, `${site.origin}/?${VELO}#/compare/grossglockner-12/kaze-r9`, { waitFor: '.vs-embed-panel' });
    // Built only when the panel opens (nothing to build for the first card).
    assert.equal(await page.locator('.vs-snippet__code').count(), 0);
    await page.locator('.vs-embed-panel summary').click();
    await page.waitForSelector('.vs-snippet__code');
    const codes = await page.locator('.vs-snippet__code').evaluateAll((areas) => areas.map((a) => a.value));
    assert.equal(codes.length, 3);
    assert.match(codes[0], new RegExp(`<versus-compare items="grossglockner-12,kaze-r9" catalog="${site.origin}/fixtures/velo-de\\.json">\n<table>`));
    // The no-script fallback table inside the element is in the catalog's own words and locale.
    assert.match(codes[0], /<tr><th>Velo-Index<\/th><td>84\/100<\/td><td>79\/100<\/td><\/tr>/);
    assert.match(codes[0], /<td>2\.140,00\s€<\/td>/); // de-DE puts a no-break space before €
    assert.match(codes[0], /<\/table>\n<\/versus-compare>$/);
    assert.match(codes[1], /embed\.html\?items=grossglockner-12%2Ckaze-r9&amp;catalog=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Ffixtures%2Fvelo-de\.json"/);
  });
});
