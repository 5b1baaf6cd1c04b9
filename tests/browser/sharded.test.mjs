// A sharded catalog (`versus-catalog shard`) served as static files: the site and an
// embedded widget load it transparently and fetch only the shards a page shows.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { assertNoProblems, axeViolations, open, shot, withSite } from './harness.mjs';

// The default catalog cut into 7 shards of ~2 artifacts and 3 list pages of 5 entries.
const OUT = mkdtempSync(join(tmpdir(), 'versus-sharded-'));
execFileSync('cargo', ['run', '--quiet', '--bin', 'versus-catalog', '--',
  'shard', '--per-shard', '2', '--page-size', '5', 'data/catalog.json', OUT], { stdio: 'inherit' });

const requests = [];
let failShard = null;
const env = withSite(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path.startsWith('/sharded/')) requests.push(path);
  if (failShard && path === failShard) {
    res.writeHead(503, { 'content-type': 'text/plain' });
    res.end('unavailable');
    return true;
  }
  return false;
}, () => ({ '/sharded/': OUT }));

const SHARDED = '?catalog=/sharded/index.json';
const fetched = (kind) => requests.filter((p) => p.startsWith(`/sharded/${kind}/`));

describe('a sharded catalog', () => {
  test('the first card fetches the index and the two shards it shows, nothing else', async () => {
    requests.length = 0;
    const page = await open(env.browser, `${env.site.origin}/${SHARDED}#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro`, { waitFor: '.vs-verdict' });
    const verdict = await page.locator('.vs-verdict').innerText();
    assert.match(verdict, /FLUX\.1 Pro scores higher at 58\/100/);
    assert.match(await page.locator('.vs-table').innerText(), /UnfragileRank/);
    assert.match(await page.locator('.vs-compare').innerText(), /\+5 more capabilities/);
    const shards = fetched('artifacts');
    assert.ok(shards.length >= 1 && shards.length <= 2, `shards fetched: ${shards}`);
    assert.equal(requests.filter((p) => p === '/sharded/index.json').length, 1);
    // The picker offers the best-ranked list page too (fetched after the card is up).
    await page.waitForFunction(() => document.querySelectorAll('.vs-picker option').length > 3);
    assertNoProblems(page);
    await shot(page, 'sharded-compare');
  });

  test('the artifact page shows related artifacts and alternatives from their shards', async () => {
    const page = await open(env.browser, `${env.site.origin}/${SHARDED}#/artifact/ernie-4-5-vl-28b-a3b`, { waitFor: '.vs-artifact' });
    await page.waitForFunction(() => document.querySelectorAll('.vs-related__item').length === 6);
    const first = await page.locator('.vs-related__item').first().innerText();
    assert.match(first, /Baidu: ERNIE 4\.5 VL 424B A47B/);
    assert.match(first, /Shares:/);
    assertNoProblems(page);
    await shot(page, 'sharded-artifact');
  });

  test('home lists the best-ranked page, shows more on request, and searches what it has', async () => {
    requests.length = 0;
    const page = await open(env.browser, `${env.site.origin}/${SHARDED}#/`, { waitFor: '.vs-tile' });
    assert.equal(await page.locator('#vs-browse-title').innerText(), 'All artifacts (14)');
    assert.equal(await page.locator('.vs-tile').count(), 5);
    assert.match(await page.locator('.vs-list-status').innerText(), /Showing the 5 best-ranked of 14 artifacts/);
    await page.waitForFunction(() => document.querySelectorAll('.vs-featured__card').length === 3);
    const ranks = await page.locator('.vs-tile__rank').allInnerTexts();
    const numbers = ranks.map((r) => Number.parseInt(r, 10));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.vs-tile').length === 10);
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.vs-tile').length === 14);
    assert.equal(await page.getByRole('button', { name: 'Show more' }).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByLabel('Search').fill('flux');
    await page.waitForFunction(() => document.querySelectorAll('.vs-tile').length === 1);
    assert.match(await page.locator('.vs-tile').innerText(), /FLUX\.1 Pro/);
    assert.equal(fetched('list').length, 3);
    assertNoProblems(page);
    await shot(page, 'sharded-home');
  });

  test('an embedded widget reads the sharded catalog', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.origin}/examples/embed.html`);
    await page.setContent(`<!doctype html><html><head><script type="module" src="${env.site.origin}/versus.js"></script></head>
      <body><versus-compare catalog="${env.site.origin}/sharded/index.json" items="sdnext,fast-stable-diffusion"></versus-compare></body></html>`);
    await page.waitForFunction(() => document.querySelector('versus-compare')?.shadowRoot?.querySelector('.vs-verdict'));
    const verdict = await page.evaluate(() => document.querySelector('versus-compare').shadowRoot.querySelector('.vs-verdict').innerText);
    assert.match(verdict, /sdnext/);
    await page.close();
  });

  test('a shard that fails names its URL and "Try again" loads it', async () => {
    // Find the shard of flux-1-pro by asking for it alone on a fresh page.
    requests.length = 0;
    const probe = await open(env.browser, `${env.site.origin}/${SHARDED}#/artifact/flux-1-pro`, { waitFor: '.vs-artifact' });
    await probe.close();
    failShard = fetched('artifacts')[0];
    try {
      const page = await open(env.browser, `${env.site.origin}/${SHARDED}#/compare/flux-1-pro/sdnext`, { waitFor: '.vs-error' });
      const error = await page.locator('.vs-error').innerText();
      assert.match(error, /503/);
      assert.ok(error.includes(failShard), `the error names ${failShard}: ${error}`);
      failShard = null;
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.waitForSelector('.vs-verdict');
      assert.match(await page.locator('.vs-verdict').innerText(), /FLUX\.1 Pro/);
    } finally {
      failShard = null;
    }
  });

  test('an index pointing outside its folder is refused with the JSON path', async () => {
    const page = await open(env.browser, `${env.site.origin}/?catalog=/fixtures/hostile-index.json#/`, { waitFor: '.vs-error' });
    const error = await page.locator('.vs-error').innerText();
    assert.match(error, /artifact_shards\.path: expected a relative path/);
    assert.deepEqual(requests.filter((p) => p.includes('evil')), []);
  });
});
