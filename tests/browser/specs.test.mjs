// Real data in: a catalog imported from an OpenRouter models list (tests/fixtures/
// openrouter-catalog.json, kept equal to a fresh `versus-catalog import` by the CLI tests)
// compared side by side: specs and prices per 1M tokens, "Varies", the cost calculator
// with its state in the URL, verdict reasons from specs, sources, no markdown left, and a
// two-way table that fits a 360 px phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertNoProblems, axeViolations, launchBrowser, open, serveSite, shot } from './harness.mjs';

let browser;
let site;

// A host page on the same server: the widget with the imported catalog.
const HOST = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"><script type="module" src="/versus.js"></script></head>
<body><versus-compare items="anthropic-claude-opus-5,openai-gpt-5-mini" catalog="/fixtures/openrouter-catalog.json"></versus-compare></body></html>`;

before(async () => {
  site = await serveSite(async (req, res) => {
    if (req.url.startsWith('/host.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(HOST);
      return true;
    }
    return false;
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const CATALOG = 'catalog=%2Ffixtures%2Fopenrouter-catalog.json';
const OPUS_VS_MINI = `?${CATALOG}#/compare/anthropic-claude-opus-5/openai-gpt-5-mini`;

/** `label → [cell texts]` of the comparison table (the "(better)" note left out). */
async function tableRows(root) {
  const rows = await root.locator('.vs-table tbody tr').evaluateAll((trs) => trs.map((tr) => [
    tr.querySelector('th').textContent.trim(),
    [...tr.querySelectorAll('td .vs-cell')].map((cell) => cell.textContent.trim()),
  ]));
  return Object.fromEntries(rows);
}

/** Each artifact's monthly cost as the calculator shows it. */
const costs = (root) => root.locator('.vs-cost__result').evaluateAll((items) => items.map((li) => [
  li.querySelector('.vs-cost__name').textContent,
  li.querySelector('.vs-cost__amount strong').textContent,
  li.classList.contains('vs-cost__result--cheapest'),
]));

describe('imported models side by side', () => {
  test('specs and prices per 1M tokens are rows with the better value marked', async () => {
    const page = await open(browser, `${site.origin}/${OPUS_VS_MINI}`, { waitFor: '.vs-compare' });
    const rows = await tableRows(page);
    assert.deepEqual(rows['Context window'], ['1,000,000 tokens', '400,000 tokens']);
    assert.deepEqual(rows['Max output'], ['128,000 tokens', '128,000 tokens']);
    assert.deepEqual(rows['Input price'], ['$5.00 / 1M tokens', '$0.25 / 1M tokens']);
    assert.deepEqual(rows['Output price'], ['$25.00 / 1M tokens', '$2.00 / 1M tokens']);
    // The better value is marked for readers who cannot see the highlight too.
    const inputCells = page.locator('.vs-table tbody tr', { hasText: 'Input price' }).locator('td');
    assert.match(await inputCells.nth(1).innerText(), /\(better\)/);
    assert.doesNotMatch(await inputCells.nth(0).innerText(), /\(better\)/);
    // Signals the import has none of are no rows, no bars.
    assert.equal(rows.Adoption, undefined);
    assert.equal(await page.locator('.vs-chart__label', { hasText: 'Adoption' }).count(), 0);
    const verdict = await page.locator('.vs-verdict').innerText();
    assert.match(verdict, /a 2\.5× larger context window \(1,000,000 vs 400,000 tokens\)/);
    assert.match(verdict, /a 20× lower input price \(\$0\.25 vs \$5\.00 per 1M tokens\)/);
    assert.match(await page.locator('.vs-sources').innerText(), /Sources: Prices and specs: OpenRouter, checked 2026-08-14/);
    assert.equal(await page.locator('.vs-sources a').getAttribute('href'), 'https://openrouter.ai/api/v1/models');
    // Descriptions arrived as markdown: none of its syntax is left anywhere on the page.
    const body = await page.locator('body').innerText();
    for (const raw of ['](', '**', '<https', '](<', '&amp;', '# ']) assert.ok(!body.includes(raw), `raw "${raw}" on the page`);
    await shot(page, 'specs-compare-desktop');
    assertNoProblems(page);
  });

  test('identical spec rows hide with the others', async () => {
    const page = await open(browser, `${site.origin}/${OPUS_VS_MINI}`, { waitFor: '.vs-compare' });
    assert.ok('Max output' in await tableRows(page));
    await page.getByLabel('Hide identical rows').check();
    const rows = await tableRows(page);
    assert.equal(rows['Max output'], undefined, 'both have 128,000 tokens');
    assert.ok('Context window' in rows);
    assertNoProblems(page);
  });

  test('a price the source calls variable shows "Varies", never as the better one', async () => {
    const page = await open(browser, `${site.origin}/?${CATALOG}#/compare/openrouter-auto/anthropic-claude-3-7-sonnet`, { waitFor: '.vs-compare' });
    const rows = await tableRows(page);
    assert.deepEqual(rows['Input price'], ['Varies', '$3.00 / 1M tokens']);
    assert.deepEqual(rows['Output price'], ['Varies', '$15.00 / 1M tokens']);
    assert.equal(await page.locator('.vs-table td.vs-best', { hasText: 'Varies' }).count(), 0);
    assert.deepEqual((await costs(page)).map(([, amount]) => amount), ['Varies', '$13.50']);
    assertNoProblems(page);
  });
});

describe('the cost calculator', () => {
  test('prices a month per artifact, marks the cheapest, and keeps its figures in the URL', async () => {
    const page = await open(browser, `${site.origin}/${OPUS_VS_MINI}`, { waitFor: '.vs-cost' });
    assert.equal(await page.locator('.vs-cost h2').innerText(), 'Cost calculator');
    // The default: 2M input and 0.5M output tokens.
    assert.deepEqual(await costs(page), [['Claude Opus 5', '$22.50', false], ['GPT-5 Mini', '$1.50', true]]);
    await page.getByRole('button', { name: /Product/ }).click();
    await page.waitForFunction(() => location.hash.includes('usage=in%3A50000000%2Cout%3A10000000'));
    assert.deepEqual((await costs(page)).map(([, amount]) => amount), ['$500.00', '$32.50']);
    assert.equal(await page.getByRole('button', { name: /Product/ }).getAttribute('aria-pressed'), 'true');
    // Typed figures, in millions, count as the reader types.
    await page.getByLabel('Input', { exact: true }).fill('10');
    await page.getByLabel('Output', { exact: true }).fill('1,5');
    await page.waitForFunction(() => location.hash.includes('usage=in%3A10000000%2Cout%3A1500000'));
    // 10M × $5 + 1.5M × $25 = $87.50; 10M × $0.25 + 1.5M × $2 = $5.50.
    assert.deepEqual((await costs(page)).map(([, amount]) => amount), ['$87.50', '$5.50']);
    // A shared link opens on the same figures.
    const again = await open(browser, page.url(), { waitFor: '.vs-cost' });
    assert.equal(await again.getByLabel('Input', { exact: true }).inputValue(), '10');
    assert.deepEqual((await costs(again)).map(([, amount]) => amount), ['$87.50', '$5.50']);
    await shot(again, 'specs-calculator');
    assertNoProblems(page, again);
  });

  test('is not offered when no compared artifact has token prices', async () => {
    const page = await open(browser, `${site.origin}/#/compare/sdnext/fast-stable-diffusion`, { waitFor: '.vs-compare' });
    assert.equal(await page.locator('.vs-cost').count(), 0);
    assertNoProblems(page);
  });

  test('works inside an embedded widget, in its own state', async () => {
    const page = await open(browser, `${site.origin}/host.html`, { waitFor: null });
    const widget = page.locator('versus-compare');
    await widget.locator('.vs-cost').waitFor({ timeout: 15000 });
    await widget.hover();
    await widget.getByRole('button', { name: /At scale/ }).click();
    // 1B × $5 + 200M × $25 = $10,000; 1B × $0.25 + 200M × $2 = $650.
    await page.waitForFunction(() => document.querySelector('versus-compare').shadowRoot
      ?.querySelector('.vs-cost__result strong')?.textContent === '$10,000.00');
    assert.deepEqual(await costs(widget), [['Claude Opus 5', '$10,000.00', false], ['GPT-5 Mini', '$650.00', true]]);
    assert.equal(new URL(page.url()).hash, '', 'the host page\'s address is not the widget\'s');
    assertNoProblems(page);
  });
});

describe('artifact pages', () => {
  test('list specs, prices and sources', async () => {
    const page = await open(browser, `${site.origin}/?${CATALOG}#/artifact/anthropic-claude-opus-5`);
    const specs = await page.locator('.vs-specs').innerText();
    assert.match(specs, /Context window\s+1,000,000 tokens/);
    assert.match(specs, /Input price\s+\$5\.00 \/ 1M tokens/);
    assert.match(specs, /Web search price\s+\$0\.01 \/ search/);
    assert.match(await page.locator('.vs-source-list').innerText(), /Prices and specs: OpenRouter, checked 2026-08-14/);
    assertNoProblems(page);
  });
});

describe('on a 360 px phone', () => {
  for (const scheme of ['light', 'dark']) {
    test(`a two-way comparison shows both values of every row without sideways scrolling (${scheme})`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.origin}/?theme=${scheme}&${OPUS_VS_MINI.slice(1)}`);
      await page.waitForSelector('.vs-compare');
      assert.equal(await page.locator('.vs-app').getAttribute('data-theme'), scheme);
      const overflow = await page.evaluate(() => {
        const wrap = document.querySelector('.vs-table-wrap');
        const outside = [...document.querySelectorAll('.vs-table td, .vs-table th')]
          .filter((cell) => cell.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((cell) => cell.textContent.trim());
        return { table: wrap.scrollWidth - wrap.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth, outside };
      });
      assert.deepEqual(overflow, { table: 0, page: 0, outside: [] });
      await shot(page, `specs-compare-phone-${scheme}`);
      await page.close();
    });
  }

  test('the comparison with specs and the calculator is axe clean', async () => {
    const page = await open(browser, `${site.origin}/${OPUS_VS_MINI}`, { waitFor: '.vs-cost' });
    assert.deepEqual(await axeViolations(page), []);
  });
});
