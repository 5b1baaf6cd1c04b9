// Host integration (docs/hosts.md): what a page hears from the elements (`versus:ready`,
// `versus:select`, `versus:change`, `versus:error`), bubbling out of the shadow root to a
// listener on `document`; the properties that reflect the attributes. The widgets come
// from one origin, the host pages from another.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser, shot, watchProblems } from './harness.mjs';

let browser;
let widgetSite;
let hostSite;

// Pairs the site generated a card for (painted by versus.js) and did not (the live widget).
const PAINTED = 'ernie-4-5-vl-424b-a47b,flux-1-pro';
const LIVE = 'flux-1-pro,ernie-4-5-vl-424b-a47b';

// A catalog breaking the contract in two places: its errors come with JSON paths.
function brokenCatalog() {
  const catalog = JSON.parse(readFileSync('dist/data/catalog.json', 'utf8'));
  delete catalog.artifacts[1].name;
  catalog.artifacts[2].url = 'javascript:alert(1)';
  return JSON.stringify(catalog);
}

// Every event the page hears on `document`, in order: type, the element's id (the
// target outside the shadow root) and the detail as JSON. `window.cancelSelect` makes
// the page route itself.
const LISTEN = `<script>
window.heard = [];
for (const type of ['versus:ready', 'versus:select', 'versus:change', 'versus:error']) {
  document.addEventListener(type, (event) => {
    heard.push({ type, target: event.target.id, detail: JSON.parse(JSON.stringify(event.detail)), cancelable: event.cancelable, composed: event.composed });
    if (type === 'versus:select' && window.cancelSelect) event.preventDefault();
  });
}
</script>`;

function hostPage(widgetOrigin, body, { early = '' } = {}) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
${LISTEN}${early}
<script type="module" src="${widgetOrigin}/versus.js"></script>
</head><body><h1>Host</h1>${body}</body></html>`;
}

before(async () => {
  widgetSite = await startServer({
    mounts: { '/': 'dist', '/fixtures/': 'tests/fixtures' },
    headers: { 'access-control-allow-origin': '*' },
    handler: async (req, res) => {
      // The default catalog where no site's cards are: its widgets are live at once.
      if (req.url.startsWith('/elsewhere/catalog.json')) {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(readFileSync('dist/data/catalog.json'));
        return true;
      }
      if (req.url.startsWith('/broken/catalog.json')) {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(brokenCatalog());
        return true;
      }
      return false;
    },
  });
  const w = widgetSite.origin;
  const pages = {
    '/ready.html': hostPage(w, `
      <versus-compare id="painted" items="${PAINTED}"></versus-compare>
      <versus-compare id="live" items="${LIVE}"></versus-compare>
      <versus-artifact id="artifact" item="sdnext"></versus-artifact>`),
    '/errors.html': hostPage(w, `
      <versus-compare id="unknown" items="flux-1-pro,no-such-model"></versus-compare>
      <versus-artifact id="unknown-artifact" item="missing-one"></versus-artifact>
      <versus-compare id="broken" items="${PAINTED}" catalog="${w}/broken/catalog.json"></versus-compare>
      <versus-compare id="absent" items="${PAINTED}" catalog="${w}/nowhere/catalog.json"></versus-compare>
      <versus-artifact id="refused" item="sdnext" catalog="javascript:alert(1)"></versus-artifact>`),
    '/select.html': hostPage(w, `
      <versus-compare id="live" items="${LIVE}"></versus-compare>
      <versus-compare id="painted" items="${PAINTED}"></versus-compare>`),
    '/visit.html': hostPage(w, `
      <versus-artifact id="painted" item="sdnext"></versus-artifact>
      <versus-artifact id="live" item="sdnext" catalog="${w}/elsewhere/catalog.json"></versus-artifact>`),
    '/change.html': hostPage(w, `
      <versus-compare id="three" items="lumen-pro,ember-8b,quill-mini" catalog="${w}/fixtures/specs.json"></versus-compare>`),
    // The iframe fallback with the host's helper script: the frame's events on the iframe.
    '/frame.html': `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
${LISTEN}<script src="${w}/examples/iframe-resize.js" data-origin="${w}" defer></script></head><body>
<iframe data-versus id="frame" title="A card" src="${w}/embed.html?items=flux-1-pro,no-such-model" width="100%" height="300"></iframe>
<iframe data-versus id="good-frame" title="A card" src="${w}/embed.html?items=${PAINTED}" width="100%" height="300"></iframe>
<iframe data-versus id="ja-frame" title="A card" src="${w}/embed.html?items=${PAINTED}&lang=ja" width="100%" height="300"></iframe>
</body></html>`,
    // Properties set before the elements are defined (a framework rendering first).
    '/early.html': hostPage(w, `<div id="slot"></div>`, {
      early: `<script>
        const early = document.createElement('versus-compare');
        early.id = 'early';
        early.items = ['sdnext', 'fast-stable-diffusion'];
        early.theme = 'dark';
        document.addEventListener('DOMContentLoaded', () => document.getElementById('slot').append(early));
      </script>`,
    }),
  };
  hostSite = await startServer({
    mounts: {},
    handler: async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (!pages[path]) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages[path]);
      return true;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await widgetSite?.close();
  await hostSite?.close();
});

async function openHost(path, viewport = { width: 1280, height: 900 }) {
  const page = watchProblems(await browser.newPage());
  page.missing = [];
  page.on('response', (response) => response.status() === 404 && page.missing.push(response.url()));
  await page.setViewportSize(viewport);
  await page.goto(`${hostSite.origin}${path}`);
  return page;
}

/** No errors but the 404s of cards the site did not generate (the live widget shows those). */
function assertClean(page) {
  assert.deepEqual(page.missing.filter((url) => !url.endsWith('/card.json')), []);
  assert.deepEqual(page.problems.filter((problem) => !/404 \(Not Found\)/.test(problem)), []);
}

/** Waits until the page heard `count` events matching `match`; those events. */
async function heard(page, match, count = 1) {
  await page.waitForFunction(
    ([type, target, count]) => window.heard.filter((e) => e.type === type && (!target || e.target === target)).length >= count,
    [match.type, match.target, count],
    { timeout: 20000 },
  );
  return page.evaluate(([type, target]) => window.heard.filter((e) => e.type === type && (!target || e.target === target)), [match.type, match.target]);
}

describe('host events', () => {
  test('versus:ready: once per widget, painted or live, with the items, catalog URL and language', async () => {
    const page = await openHost('/ready.html');
    const catalog = `${widgetSite.origin}/data/catalog.json`;
    // The default catalog's brand.locale.
    const lang = 'en-US';
    const [painted] = await heard(page, { type: 'versus:ready', target: 'painted' });
    assert.deepEqual(painted.detail, { kind: 'compare', items: PAINTED.split(','), catalog, lang, painted: true });
    assert.equal(painted.composed, true);
    const [live] = await heard(page, { type: 'versus:ready', target: 'live' });
    assert.deepEqual(live.detail, { kind: 'compare', items: LIVE.split(','), catalog, lang, painted: false });
    const [artifact] = await heard(page, { type: 'versus:ready', target: 'artifact' });
    assert.deepEqual(artifact.detail.items, ['sdnext']);
    assert.equal(artifact.detail.kind, 'artifact');
    // The live widget takes over the painted card on the reader's intent: the page heard
    // that card already, so it hears no second ready.
    await page.evaluate(() => { document.querySelector('#painted').shadowRoot.querySelector('.vs-app').dataset.painted = ''; });
    await page.hover('#painted');
    await page.waitForFunction(() => {
      const root = document.querySelector('#painted').shadowRoot;
      return root.querySelector('.vs-app:not([data-painted])') && !root.querySelector('.vs-app[data-painted]') && !root.querySelector('div[hidden]');
    }, null, { timeout: 20000 });
    await page.waitForTimeout(300);
    assert.equal((await heard(page, { type: 'versus:ready', target: 'painted' })).length, 1);
    // A new card (the items property changed): a new ready.
    await page.evaluate(() => { document.querySelector('#live').items = ['sdnext', 'flux-1-pro']; });
    const readies = await heard(page, { type: 'versus:ready', target: 'live' }, 2);
    assert.deepEqual(readies[1].detail.items, ['sdnext', 'flux-1-pro']);
    assert.equal((await page.evaluate(() => window.heard.filter((e) => e.type === 'versus:error').length)), 0);
    assertClean(page);
    await page.close();
  });

  test('versus:error names the unknown ids, the JSON paths of a broken catalog, the HTTP status', async () => {
    const page = await openHost('/errors.html');
    const [unknown] = await heard(page, { type: 'versus:error', target: 'unknown' });
    assert.equal(unknown.detail.reason, 'unknown-items');
    assert.deepEqual(unknown.detail.unknown, ['no-such-model']);
    assert.deepEqual(unknown.detail.items, ['flux-1-pro', 'no-such-model']);
    assert.equal(unknown.detail.catalog, `${widgetSite.origin}/data/catalog.json`);
    const [artifact] = await heard(page, { type: 'versus:error', target: 'unknown-artifact' });
    assert.deepEqual([artifact.detail.kind, artifact.detail.unknown], ['artifact', ['missing-one']]);
    const [broken] = await heard(page, { type: 'versus:error', target: 'broken' });
    assert.equal(broken.detail.reason, 'invalid');
    assert.deepEqual(broken.detail.paths, ['artifacts[1].name', 'artifacts[2].url']);
    assert.ok(broken.detail.messages.some((line) => line.startsWith('artifacts[1].name')), broken.detail.messages.join('\n'));
    const [absent] = await heard(page, { type: 'versus:error', target: 'absent' });
    assert.deepEqual([absent.detail.reason, absent.detail.status], ['http', 404]);
    const [refused] = await heard(page, { type: 'versus:error', target: 'refused' });
    assert.deepEqual([refused.detail.reason, refused.detail.catalog, refused.detail.items], ['refused-url', 'javascript:alert(1)', ['sdnext']]);
    assert.equal(await page.evaluate(() => window.heard.filter((e) => e.type === 'versus:ready').length), 0);
    await page.close();
  });

  test('an iframe\'s widget: its events are dispatched on the iframe element by iframe-resize.js', async () => {
    const page = await openHost('/frame.html');
    const [ready] = await heard(page, { type: 'versus:ready', target: 'good-frame' });
    assert.deepEqual([ready.detail.kind, ready.detail.items], ['compare', PAINTED.split(',')]);
    const [error] = await heard(page, { type: 'versus:error', target: 'frame' });
    assert.deepEqual([error.detail.reason, error.detail.unknown], ['unknown-items', ['no-such-model']]);
    assert.equal(error.cancelable, false);
    // lang= reaches the frame's widget as its attribute: the card speaks Japanese.
    const [ja] = await heard(page, { type: 'versus:ready', target: 'ja-frame' });
    assert.deepEqual([ja.detail.lang, ja.detail.painted], ['ja', false]);
    await page.close();
  });

  for (const id of ['live', 'painted']) {
    test(`versus:select on a ${id} card: cancelled, the page stays; not cancelled, the link opens`, async () => {
      const page = await openHost('/select.html');
      await heard(page, { type: 'versus:ready', target: id });
      const before = page.url();
      await page.evaluate(() => { window.cancelSelect = true; });
      const link = page.locator(`#${id} .vs-table thead th a`).first();
      const popups = [];
      const opened = (popup) => popups.push(popup);
      browser.on('page', opened);
      // A pointer would be the reader's intent, and the live widget would take the painted
      // card over first: the painted card's link gets a click event alone.
      if (id === 'painted') await link.dispatchEvent('click');
      else await link.click();
      const [selected] = await heard(page, { type: 'versus:select', target: id });
      const first = (id === 'live' ? LIVE : PAINTED).split(',')[0];
      assert.equal(selected.cancelable, true);
      assert.deepEqual([selected.detail.kind, selected.detail.items, selected.detail.external], ['artifact', [first], false]);
      // The painted card's links lead to the site's pages, the live widget's to its routes:
      // the first click reached the card this test is about.
      const href = id === 'live' ? `index.html#/artifact/${first}` : `artifact/${first}/`;
      assert.equal(selected.detail.href, `${widgetSite.origin}/${href}`);
      await page.waitForTimeout(500);
      assert.equal(page.url(), before);
      browser.off('page', opened);
      assert.equal(popups.length, 0, 'a cancelled select opens nothing');
      // Not cancelled: the link does what links do (a new tab on the standalone site).
      await page.evaluate(() => { window.cancelSelect = false; });
      const [popup] = await Promise.all([browser.waitForEvent('page'), page.locator(`#${id} .vs-table thead th a`).first().click()]);
      const last = (await heard(page, { type: 'versus:select', target: id }, 2)).at(-1);
      assert.deepEqual(last.detail.items, [first]);
      await popup.waitForURL(last.detail.href);
      await popup.close();
      assert.equal(page.url(), before);
      await page.close();
    });
  }

  test('versus:select for an artifact\'s website ("Visit"), painted and live: external, cancelable', async () => {
    const page = await openHost('/visit.html');
    const popups = [];
    const opened = (popup) => popups.push(popup);
    browser.on('page', opened);
    await page.evaluate(() => { window.cancelSelect = true; });
    for (const id of ['painted', 'live']) {
      const [ready] = await heard(page, { type: 'versus:ready', target: id });
      assert.equal(ready.detail.painted, id === 'painted');
      const visit = page.locator(`#${id} a[data-versus-visit]`);
      // As above: no pointer on the painted card, or the live widget takes it over first.
      if (id === 'painted') await visit.dispatchEvent('click');
      else await visit.click();
      const [selected] = await heard(page, { type: 'versus:select', target: id });
      assert.deepEqual(selected.detail, { kind: 'artifact', items: ['sdnext'], href: 'https://github.com/vladmandic/sdnext', external: true });
    }
    await page.waitForTimeout(300);
    browser.off('page', opened);
    assert.equal(popups.length, 0, 'a cancelled visit opens nothing');
    assertClean(page);
    await page.close();
  });

  test('versus:change: weights, the calculator and a dropped column, with the whole state', async () => {
    const page = await openHost('/change.html');
    await heard(page, { type: 'versus:ready', target: 'three' });
    const root = page.locator('#three');
    // Weights: a signal's slider.
    await root.locator('.vs-weights summary').click();
    const slider = root.locator('.vs-weights input[type=range]').nth(1);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const [weights] = await heard(page, { type: 'versus:change', target: 'three' });
    assert.equal(weights.detail.reason, 'weights');
    assert.deepEqual(weights.detail.items, ['lumen-pro', 'ember-8b', 'quill-mini']);
    assert.equal(weights.detail.weights.rank, 1);
    assert.ok(Object.values(weights.detail.weights.signals).includes(1), JSON.stringify(weights.detail.weights));
    // The calculator (these artifacts have token prices): a preset, then typed millions.
    await root.locator('.vs-cost__preset').last().click();
    const preset = (await heard(page, { type: 'versus:change', target: 'three' }, 2))[1];
    assert.equal(preset.detail.reason, 'usage');
    assert.ok(preset.detail.usage.inputTokens > 0);
    assert.deepEqual(preset.detail.weights, weights.detail.weights, 'the weights are kept');
    await root.locator('#vs-cost-in').fill('2.5');
    const typed = (await heard(page, { type: 'versus:change', target: 'three' }, 3)).at(-1);
    assert.deepEqual(typed.detail.usage, { inputTokens: 2500000, outputTokens: preset.detail.usage.outputTokens });
    // The compared set: dropping a column; the element's items follow.
    const count = (await heard(page, { type: 'versus:change', target: 'three' })).length;
    await root.locator('.vs-table thead .vs-remove').last().click();
    const changes = await heard(page, { type: 'versus:change', target: 'three' }, count + 1);
    const dropped = changes.at(-1);
    assert.equal(dropped.detail.reason, 'items');
    assert.deepEqual(dropped.detail.items, ['lumen-pro', 'ember-8b']);
    assert.deepEqual(dropped.detail.weights, weights.detail.weights);
    assert.equal(await page.evaluate(() => document.querySelector('#three').getAttribute('items')), 'lumen-pro,ember-8b');
    await page.waitForFunction(() => document.querySelector('#three').shadowRoot.querySelectorAll('.vs-table thead th').length === 3);
    assert.equal(await root.locator('.vs-table thead .vs-remove').count(), 0, 'two columns cannot drop one');
    await shot(page, 'host-change-desktop');
    assertClean(page);
    await page.close();
  });
});

describe('how it looks', () => {
  // The widget of a three-way comparison offers to drop a column (its x buttons).
  for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 800 }]]) {
    for (const theme of ['light', 'dark']) {
      test(`a three-way widget, ${label}, ${theme}`, async () => {
        const page = await openHost('/change.html', viewport);
        await heard(page, { type: 'versus:ready', target: 'three' });
        await page.evaluate((theme) => { document.querySelector('#three').theme = theme; }, theme);
        await page.waitForFunction((theme) => document.querySelector('#three').shadowRoot.querySelector('.vs-app').dataset.theme === theme, theme);
        const head = page.locator('#three .vs-table thead');
        assert.equal(await head.locator('.vs-remove').count(), 3);
        await head.scrollIntoViewIfNeeded();
        await shot(page, `host-three-${label}-${theme}`);
        // The page never scrolls sideways (the table scrolls in its own box).
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
        assertClean(page);
        await page.close();
      });
    }
  }
});

describe('properties', () => {
  test('reflect their attributes both ways, with the widgets\' reading of them', async () => {
    const page = await openHost('/ready.html');
    await heard(page, { type: 'versus:ready', target: 'live' });
    const read = await page.evaluate(() => {
      const compare = document.querySelector('#live');
      const artifact = document.querySelector('#artifact');
      const out = {};
      out.items = compare.items;
      compare.items = 'a, b  c';
      out.itemsFromString = [compare.getAttribute('items'), compare.items];
      compare.items = ['sdnext', 'flux-1-pro'];
      out.itemsAttribute = compare.getAttribute('items');
      out.item = artifact.item;
      out.noItemOnCompare = 'item' in compare;
      out.noItemsOnArtifact = 'items' in artifact;
      out.themeDefault = compare.theme;
      compare.setAttribute('theme', ' DARK ');
      out.themeRead = compare.theme;
      compare.theme = 'auto';
      out.themeAttribute = compare.getAttribute('theme');
      compare.setAttribute('theme', 'purple');
      out.themeInvalid = compare.theme;
      compare.setAttribute('theme', 'constructor');
      out.themeInherited = compare.theme;
      out.compactDefault = compare.compact;
      compare.compact = true;
      out.compactAttribute = compare.getAttribute('compact');
      compare.setAttribute('compact', 'false');
      out.compactFalse = compare.compact;
      compare.compact = false;
      out.compactRemoved = compare.hasAttribute('compact');
      compare.maxCapabilities = 3;
      out.max = [compare.getAttribute('max-capabilities'), compare.maxCapabilities];
      compare.setAttribute('max-capabilities', '0');
      out.maxZero = compare.maxCapabilities;
      compare.maxCapabilities = null;
      out.maxRemoved = compare.hasAttribute('max-capabilities');
      out.catalog = compare.catalog;
      out.loading = compare.loading;
      return out;
    });
    assert.deepEqual(read, {
      items: LIVE.split(','),
      itemsFromString: ['a, b  c', ['a', 'b', 'c']],
      itemsAttribute: 'sdnext,flux-1-pro',
      item: 'sdnext',
      noItemOnCompare: false,
      noItemsOnArtifact: false,
      themeDefault: 'light',
      themeRead: 'dark',
      themeAttribute: 'auto',
      themeInvalid: 'light',
      themeInherited: 'light',
      compactDefault: false,
      compactAttribute: '',
      compactFalse: false,
      compactRemoved: false,
      max: ['3', 3],
      maxZero: null,
      maxRemoved: false,
      catalog: '',
      loading: 'eager',
    });
    // The widget follows: the property set its attribute, the card shows the new pair.
    const readies = await heard(page, { type: 'versus:ready', target: 'live' }, 2);
    assert.deepEqual(readies.at(-1).detail.items, ['sdnext', 'flux-1-pro']);
    await page.close();
  });

  test('a property set before the element is defined is not lost', async () => {
    const page = await openHost('/early.html');
    const [ready] = await heard(page, { type: 'versus:ready', target: 'early' });
    assert.deepEqual(ready.detail.items, ['sdnext', 'fast-stable-diffusion']);
    const state = await page.evaluate(() => {
      const early = document.querySelector('#early');
      return [early.getAttribute('items'), early.getAttribute('theme'), early.shadowRoot.querySelector('.vs-app').getAttribute('data-theme'), Object.hasOwn(early, 'items')];
    });
    assert.deepEqual(state, ['sdnext,fast-stable-diffusion', 'dark', 'dark', false]);
    await page.close();
  });
});
