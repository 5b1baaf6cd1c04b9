// Fault matrix: a catalog server that misbehaves on purpose, one way per path, and what a
// person then sees: the error title, the catalog URL, the JSON path where one applies, and
// a "Try again" that works once the server recovers. Also two widgets on one host page,
// one broken, one fine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser, serveSite, shot } from './harness.mjs';

const GOOD = readFileSync('tests/fixtures/minimal.json', 'utf8');
const withChanges = (changes) => JSON.stringify({ ...JSON.parse(GOOD), ...changes });
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Each fault path answers like this; `then` (if any) is how it answers from the 2nd request
 * on, i.e. once the server has "recovered". `hang` never finishes the answer.
 */
const FAULTS = {
  '/faults/404.json': { status: 404, type: 'text/plain', body: 'no such file', then: 'good' },
  '/faults/500.json': { status: 500, type: 'text/plain', body: 'internal error', then: 'good' },
  '/faults/html.json': { status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><html><body><h1>Welcome to our CDN</h1></body></html>' },
  '/faults/truncated.json': { status: 200, type: JSON_TYPE, body: GOOD.slice(0, Math.floor(GOOD.length * 0.6)) },
  '/faults/wrong-format.json': { status: 200, type: JSON_TYPE, body: withChanges({ format: 'versus-catalog/2' }) },
  '/faults/empty-artifacts.json': { status: 200, type: JSON_TYPE, body: withChanges({ artifacts: [] }) },
  '/faults/text-plain.json': { status: 200, type: 'text/plain', body: GOOD },
  '/faults/bom.json': { status: 200, type: JSON_TYPE, body: `\uFEFF${GOOD}` },
  '/faults/stalled-body.json': { hang: 'body' },
  '/faults/no-answer.json': { hang: 'headers' },
  '/faults/embed-503.json': { status: 503, type: 'text/plain', body: 'busy', then: 'good' },
  '/faults/embed-wrong-format.json': { status: 200, type: JSON_TYPE, body: withChanges({ format: 'versus-catalog/2' }) },
};

let browser;
let site;
let otherOrigin;
const hits = new Map();
const hanging = new Set();

function answer(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

const HOST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"><script type="module" src="/versus.js"></script></head><body>
<h1>Host page</h1>
<versus-compare id="good" items="ernie-4-5-vl-424b-a47b,flux-1-pro"></versus-compare>
<versus-compare id="broken" items="alpha,beta" catalog="/faults/embed-503.json"></versus-compare>
<versus-artifact id="invalid" item="alpha" catalog="/faults/embed-wrong-format.json"></versus-artifact>
</body></html>`;

before(async () => {
  site = await serveSite(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/host/widgets.html') {
      answer(res, 200, 'text/html; charset=utf-8', HOST_PAGE);
      return true;
    }
    const fault = FAULTS[path];
    if (!fault) return false;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    if (fault.hang) {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      if (fault.hang === 'body') {
        res.writeHead(200, { 'content-type': JSON_TYPE, 'cache-control': 'no-store' });
        res.write('{"format": "versus-catalog/1", "brand": ');
      }
      return true;
    }
    if (count > 1 && fault.then === 'good') answer(res, 200, JSON_TYPE, GOOD);
    else answer(res, fault.status, fault.type, fault.body);
    return true;
  });
  // A second origin: one path without CORS headers (refused), one with (the control).
  const other = await startServer({
    mounts: {},
    handler: async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/no-cors/catalog.json') answer(res, 200, JSON_TYPE, GOOD);
      else if (path === '/cors/catalog.json') answer(res, 200, JSON_TYPE, GOOD, { 'access-control-allow-origin': '*' });
      else answer(res, 404, 'text/plain', 'not found');
      return true;
    },
  });
  otherOrigin = other;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const res of hanging) res.destroy();
  site?.server.closeAllConnections();
  otherOrigin?.server.closeAllConnections();
  await site?.close();
  await otherOrigin?.close();
});

/** Opens a page; `page.crashes` collects uncaught page errors (a panic would land here). */
async function openPage(url) {
  const page = await browser.newPage();
  page.crashes = [];
  page.on('pageerror', (error) => page.crashes.push(error.message));
  await page.goto(url);
  return page;
}

/** What the error notice under `scope` (a page or a locator) shows. */
async function readError(scope) {
  const notice = scope.locator('.vs-error[role=alert]');
  await notice.waitFor({ timeout: 25000 });
  return {
    title: await notice.locator('.vs-error__title').innerText(),
    url: await notice.locator('.vs-error__url').innerText(),
    lines: await notice.locator('.vs-error__lines li').allInnerTexts(),
    retry: await notice.getByRole('button', { name: 'Try again' }).count(),
  };
}

const siteUrl = (catalog) => `${site.origin}/?catalog=${encodeURIComponent(catalog)}#/`;

describe('the catalog server misbehaves', () => {
  for (const [code, title] of [[404, 'The catalog server answered 404 Not Found'], [500, 'The catalog server answered 500 Internal Server Error']]) {
    test(`${code}: names the status and the URL, and "Try again" works once the server recovers`, async () => {
      const path = `/faults/${code}.json`;
      const page = await openPage(siteUrl(`faults/${code}.json`));
      const error = await readError(page);
      assert.equal(error.title, title);
      assert.match(error.url, new RegExp(`faults/${code}\\.json`));
      assert.equal(error.retry, 1);
      assert.equal(await page.locator('.vs-grid').count(), 0, 'no catalog shown alongside the error');
      await shot(page, `fault-${code}`);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.waitForSelector('.vs-grid', { timeout: 15000 });
      assert.equal(hits.get(path), 2, 'the retry fetched again');
      assert.equal(await page.locator('.vs-tile').count(), 2);
      assert.match(await page.locator('.vs-brand').innerText(), /Tiny/);
      assert.equal(await page.locator('.vs-error').count(), 0);
      assert.deepEqual(page.crashes, []);
    });
  }

  test('HTML instead of JSON: not valid JSON, naming the content type', async () => {
    const page = await openPage(siteUrl('faults/html.json'));
    const error = await readError(page);
    assert.equal(error.title, 'The catalog is not valid JSON');
    assert.match(error.url, /faults\/html\.json/);
    assert.ok(error.lines.some((l) => /not valid JSON: .*\(line 1, column 1\)/.test(l)), error.lines.join('\n'));
    assert.ok(error.lines.some((l) => l.includes('The server sent “text/html; charset=utf-8”, not JSON')), error.lines.join('\n'));
    assert.equal(error.retry, 1);
    assert.deepEqual(page.crashes, []);
  });

  test('truncated JSON: the line and column where it ends', async () => {
    const page = await openPage(siteUrl('faults/truncated.json'));
    const error = await readError(page);
    assert.equal(error.title, 'The catalog is not valid JSON');
    assert.match(error.url, /faults\/truncated\.json/);
    assert.ok(error.lines.some((l) => /EOF while parsing .*\(line \d+, column \d+\)/.test(l)), error.lines.join('\n'));
    assert.ok(!error.lines.some((l) => /The server sent/.test(l)), 'a JSON content type is not blamed');
    assert.equal(error.retry, 1);
    assert.deepEqual(page.crashes, []);
  });

  test('wrong format: one problem at the path "format"', async () => {
    const page = await openPage(siteUrl('faults/wrong-format.json'));
    const error = await readError(page);
    assert.equal(error.title, 'The catalog has 1 problem');
    assert.match(error.url, /faults\/wrong-format\.json/);
    assert.deepEqual(error.lines, ['format: expected "versus-catalog/1" (the only format this Versus reads), found "versus-catalog/2"']);
    assert.equal(error.retry, 1);
    assert.deepEqual(page.crashes, []);
  });

  test('empty artifacts: one problem at the path "artifacts"', async () => {
    const page = await openPage(siteUrl('faults/empty-artifacts.json'));
    const error = await readError(page);
    assert.equal(error.title, 'The catalog has 1 problem');
    assert.match(error.url, /faults\/empty-artifacts\.json/);
    assert.deepEqual(error.lines, ['artifacts: expected at least one artifact, found an empty array']);
    assert.equal(error.retry, 1);
    assert.deepEqual(page.crashes, []);
  });

  test('valid JSON sent as text/plain still loads', async () => {
    const page = await openPage(`${site.origin}/?catalog=faults/text-plain.json#/compare/alpha/beta`);
    await page.waitForSelector('.vs-compare', { timeout: 15000 });
    assert.match(await page.locator('.vs-verdict').innerText(), /Alpha and Beta are tied at 70\/100\./);
    assert.equal(await page.locator('.vs-error').count(), 0);
    assert.deepEqual(page.crashes, []);
  });

  test('a catalog starting with a UTF-8 byte-order mark loads, as browsers decode text', async () => {
    const page = await openPage(`${site.origin}/?catalog=faults/bom.json#/compare/alpha/beta`);
    await page.waitForSelector('.vs-compare', { timeout: 15000 });
    assert.match(await page.locator('.vs-verdict').innerText(), /Alpha and Beta are tied at 70\/100\./);
    assert.deepEqual(page.crashes, []);
  });

  test('CORS refusal on another origin: could not be fetched, mentioning CORS', async () => {
    const refused = `${otherOrigin.origin}/no-cors/catalog.json`;
    const page = await openPage(siteUrl(refused));
    const error = await readError(page);
    assert.equal(error.title, 'The catalog could not be fetched');
    assert.ok(error.url.includes(refused), error.url);
    assert.ok(error.lines.some((l) => /CORS/.test(l)), error.lines.join('\n'));
    assert.equal(error.retry, 1);
    await shot(page, 'fault-cors');
    assert.deepEqual(page.crashes, []);

    // The control: the same catalog from the same origin, with the header, loads.
    const allowed = await openPage(siteUrl(`${otherOrigin.origin}/cors/catalog.json`));
    await allowed.waitForSelector('.vs-grid', { timeout: 15000 });
    assert.equal(await allowed.locator('.vs-tile').count(), 2);
  });

  test('no answer, and headers with a body that never completes: both give up after 15 s', async () => {
    // Both pages wait out the same 15 s, side by side.
    const [silent, stalled] = await Promise.all([
      openPage(siteUrl('faults/no-answer.json')),
      openPage(siteUrl('faults/stalled-body.json')),
    ]);
    // While waiting, both say they are loading.
    for (const page of [silent, stalled]) {
      await page.locator('.vs-loading').waitFor({ timeout: 10000 });
      assert.match(await page.locator('.vs-loading').innerText(), /Loading catalog/);
    }
    const [silentError, stalledError] = await Promise.all([readError(silent), readError(stalled)]);
    assert.equal(silentError.title, 'The catalog could not be fetched');
    assert.match(silentError.url, /faults\/no-answer\.json/);
    assert.deepEqual(silentError.lines, ['No answer within 15 seconds.']);
    assert.equal(silentError.retry, 1);
    assert.equal(stalledError.title, 'The catalog could not be fetched');
    assert.match(stalledError.url, /faults\/stalled-body\.json/);
    assert.deepEqual(stalledError.lines, ['The answer did not finish within 15 seconds.']);
    assert.equal(stalledError.retry, 1);
    await shot(stalled, 'fault-timeout-body');
    assert.deepEqual([...silent.crashes, ...stalled.crashes], []);
  });
});

describe('two widgets on one host page, one catalog broken', () => {
  test('the good widget renders, the broken ones show their error in their own shadow root', async () => {
    const page = await openPage(`${site.origin}/host/widgets.html`);
    const good = page.locator('#good');
    const broken = page.locator('#broken');
    const invalid = page.locator('#invalid');
    await good.locator('.vs-verdict').waitFor({ timeout: 15000 });
    assert.match(await good.locator('.vs-verdict').innerText(), /FLUX\.1 Pro scores higher at 58\/100/);

    const brokenError = await readError(broken);
    assert.equal(brokenError.title, 'The catalog server answered 503 Service Unavailable');
    assert.ok(brokenError.url.includes(`${site.origin}/faults/embed-503.json`), brokenError.url);
    assert.equal(brokenError.retry, 1);

    const invalidError = await readError(invalid);
    assert.equal(invalidError.title, 'The catalog has 1 problem');
    assert.ok(invalidError.url.includes(`${site.origin}/faults/embed-wrong-format.json`), invalidError.url);
    assert.deepEqual(invalidError.lines, ['format: expected "versus-catalog/1" (the only format this Versus reads), found "versus-catalog/2"']);

    // The errors live inside each widget's shadow root, never in the host document.
    const placement = await page.evaluate(() => ({
      inHost: document.querySelectorAll('.vs-error').length,
      inShadow: ['good', 'broken', 'invalid'].map((id) => document.getElementById(id).shadowRoot?.querySelectorAll('.vs-error').length ?? -1),
    }));
    assert.deepEqual(placement, { inHost: 0, inShadow: [0, 1, 1] });
    await shot(page, 'fault-embed-two-widgets');

    // Retrying inside the broken widget refetches its catalog and renders it; the good one stays.
    await broken.getByRole('button', { name: 'Try again' }).click();
    await broken.locator('.vs-verdict').waitFor({ timeout: 15000 });
    assert.match(await broken.locator('.vs-verdict').innerText(), /Alpha and Beta are tied at 70\/100\./);
    assert.equal(hits.get('/faults/embed-503.json'), 2);
    assert.match(await good.locator('.vs-verdict').innerText(), /FLUX\.1 Pro scores higher/);
    assert.equal(await invalid.locator('.vs-error').count(), 1, 'the other broken widget keeps its error');
    assert.deepEqual(page.crashes, []);
  });
});
