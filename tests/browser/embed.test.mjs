// Embedding on a third-party page: the widget served from one origin, a host page from
// another with a strict CSP header and a hostile stylesheet.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { assertNoProblems, launchBrowser, shot, watchProblems } from './harness.mjs';

let browser;
let widgetSite;
let hostSite;
const catalogRequests = [];

const HOSTILE_CSS = `
* { color: rgb(204, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px; text-transform: uppercase; }
div { display: inline !important; }
body { background: #fffbe6; text-align: center; }
.spacer { height: 5000px; }
`;

function hostPage(widgetOrigin, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="/host.css">
<link rel="icon" href="data:,">
<script type="module" src="${widgetOrigin}/versus.js"></script>
<script src="${widgetOrigin}/examples/iframe-resize.js" data-origin="${widgetOrigin}" defer></script>
</head><body><h1 id="host-title">Host page title</h1>${body}</body></html>`;
}

before(async () => {
  widgetSite = await startServer({
    mounts: { '/': 'dist' },
    headers: { 'access-control-allow-origin': '*' },
    handler: async (req) => {
      if (req.url.includes('catalog.json')) catalogRequests.push(req.url);
      return false;
    },
  });
  const widgetOrigin = widgetSite.origin;
  const csp = [
    "default-src 'none'",
    `script-src ${widgetOrigin} 'wasm-unsafe-eval'`,
    `style-src 'self' ${widgetOrigin}`,
    `connect-src ${widgetOrigin}`,
    `img-src ${widgetOrigin} data:`,
    `frame-src ${widgetOrigin}`,
  ].join('; ');
  const pages = {
    '/two.html': hostPage(widgetOrigin, `
      <p class="host-text">Host paragraph</p>
      <versus-compare id="w1" items="ernie-4-5-vl-424b-a47b,flux-1-pro"></versus-compare>
      <versus-artifact id="w2" item="sdnext" compact max-capabilities="2"></versus-artifact>`),
    '/lazy.html': hostPage(widgetOrigin, `
      <p class="spacer">spacer</p>
      <versus-compare id="lazy" loading="lazy" items="sdnext,fast-stable-diffusion"></versus-compare>`),
    '/iframe.html': hostPage(widgetOrigin, `
      <iframe data-versus id="frame" title="ERNIE vs sdnext" src="${widgetOrigin}/index.html#/embed/compare/ernie-4-5-vl-424b-a47b/sdnext" width="100%" height="300" frameborder="0"></iframe>`),
  };
  hostSite = await startServer({
    mounts: {},
    handler: async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/host.css') {
        res.writeHead(200, { 'content-type': 'text/css' });
        res.end(HOSTILE_CSS);
        return true;
      }
      if (pages[path]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
        res.end(pages[path]);
        return true;
      }
      return false;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await widgetSite?.close();
  await hostSite?.close();
});

/** Opens a host page, recording console errors and CSP violations. */
async function openHost(path) {
  const page = watchProblems(await browser.newPage());
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${hostSite.origin}${path}`);
  return page;
}

const shadowText = (page, selector) =>
  page.locator(selector).evaluate((el) => el.shadowRoot?.textContent ?? '');

async function waitForShadow(page, selector, pattern) {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.shadowRoot?.textContent ?? ''),
    [selector, pattern.source],
    { timeout: 15000 },
  );
}

describe('custom elements on a cross-origin host with a strict CSP', () => {
  test('two widgets render, untouched by the host stylesheet, without touching the host', async () => {
    catalogRequests.length = 0;
    const page = await openHost('/two.html');
    await waitForShadow(page, '#w1', /FLUX\.1 Pro scores higher at 58\/100/);
    await waitForShadow(page, '#w2', /sdnext/);
    assert.ok(/\+5 more capabilities/.test(await shadowText(page, '#w1')), '+5 more on the comparison');
    assert.ok(/\+14 more capabilities/.test(await shadowText(page, '#w2')), 'max-capabilities=2 of 16 leaves +14 more');

    const widgetStyle = await page.locator('#w1').evaluate((el) => {
      const title = el.shadowRoot.querySelector('h1');
      const cell = el.shadowRoot.querySelector('td');
      const style = getComputedStyle(title);
      return { color: style.color, font: style.fontFamily, spacing: style.letterSpacing, transform: style.textTransform, cellDisplay: getComputedStyle(cell).display };
    });
    assert.notEqual(widgetStyle.color, 'rgb(204, 0, 0)');
    assert.doesNotMatch(widgetStyle.font, /Comic Sans/);
    assert.equal(widgetStyle.transform, 'none');
    assert.equal(widgetStyle.cellDisplay, 'table-cell');
    const hostStyle = await page.locator('#host-title').evaluate((el) => ({ color: getComputedStyle(el).color, font: getComputedStyle(el).fontFamily }));
    assert.equal(hostStyle.color, 'rgb(204, 0, 0)');
    assert.match(hostStyle.font, /Comic Sans/);

    // Nothing added to the host document: no styles, no globals beyond the element names.
    const added = await page.evaluate(() => ({
      styles: document.querySelectorAll('style').length,
      links: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
      wasmBindings: 'wasmBindings' in window,
      shadowModes: [...document.querySelectorAll('versus-compare, versus-artifact')].map((e) => e.shadowRoot?.mode),
    }));
    assert.deepEqual(added, { styles: 0, links: ['/host.css'], wasmBindings: false, shadowModes: ['open', 'open'] });
    assert.deepEqual(await page.evaluate(() => Object.keys(window).filter((key) => /versus/i.test(key))), [], 'no globals');
    assert.equal(catalogRequests.length, 1, `one catalog fetch for both widgets, got ${catalogRequests.length}`);
    // versus.js asked for that catalog before the wasm had arrived, and the widgets took
    // its answer (had they not, they would have fetched it a second time).
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const find = (part) => entries.find((entry) => entry.name.includes(part));
      return { catalogStart: find('catalog.json')?.startTime, wasmEnd: find('versus-embed_bg.wasm')?.responseEnd };
    });
    assert.ok(timing.catalogStart < timing.wasmEnd, `catalog requested at ${timing.catalogStart} ms, wasm downloaded at ${timing.wasmEnd} ms`);
    await page.locator('#w1').screenshot({ path: 'target/screenshots/embed-host-compare.png' });
    assertNoProblems(page);
  });

  test('attribute changes re-render, late elements mount, removed ones are freed', async () => {
    const page = await openHost('/two.html');
    await waitForShadow(page, '#w1', /FLUX\.1 Pro scores higher/);
    await page.locator('#w1').evaluate((el) => el.setAttribute('items', 'ernie-4-5-vl-424b-a47b,sdnext'));
    await waitForShadow(page, '#w1', /sdnext scores higher at 51\/100/);
    await page.locator('#w1').evaluate((el) => el.setAttribute('theme', 'dark'));
    const theme = await page.locator('#w1').evaluate((el) => el.shadowRoot.querySelector('.vs-app').dataset.theme);
    assert.equal(theme, 'dark');
    await page.evaluate(() => {
      const late = document.createElement('versus-compare');
      late.id = 'late';
      late.setAttribute('items', 'sdnext,flux-1-pro');
      document.body.append(late);
    });
    await waitForShadow(page, '#late', /FLUX\.1 Pro scores higher at 58\/100 vs sdnext at 51\/100/);
    const leftAfterRemoval = await page.evaluate(() => {
      const late = document.getElementById('late');
      late.remove();
      return late.shadowRoot.childNodes.length;
    });
    assert.equal(leftAfterRemoval, 0, 'a removed widget is unmounted and its shadow root emptied');
    assertNoProblems(page);
  });

  test('an unknown id says so inside the widget', async () => {
    const page = await openHost('/two.html');
    await waitForShadow(page, '#w1', /FLUX/);
    await page.locator('#w1').evaluate((el) => el.setAttribute('items', 'sdnext,<img src=x onerror=alert(1)>'));
    await waitForShadow(page, '#w1', /This catalog has no artifact/);
    assert.equal(await page.locator('#w1').evaluate((el) => el.shadowRoot.querySelectorAll('img').length), 0);
  });

  test('loading="lazy" costs nothing until scrolled into view', async () => {
    catalogRequests.length = 0;
    const page = await openHost('/lazy.html');
    await page.waitForFunction(() => customElements.get('versus-compare') !== undefined);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#lazy').evaluate((el) => el.shadowRoot === null), true);
    assert.equal(catalogRequests.length, 0);
    await page.locator('#lazy').scrollIntoViewIfNeeded();
    await waitForShadow(page, '#lazy', /sdnext scores higher at 51\/100/);
    assertNoProblems(page);
  });
});

describe('iframe fallback', () => {
  test('renders only the card and reports its height to the parent', async () => {
    const page = await openHost('/iframe.html');
    const frame = page.frameLocator('#frame');
    await frame.locator('.vs-compare').waitFor({ timeout: 15000 });
    assert.match(await frame.locator('.vs-verdict').innerText(), /sdnext scores higher at 51\/100/);
    assert.equal(await frame.locator('.vs-header').count(), 0, 'no site header in the frame');
    // The frame starts at 300px; messages must bring it to the card's real height.
    let reported = 0;
    let actual = 0;
    for (let tries = 0; tries < 50; tries += 1) {
      await page.waitForTimeout(100);
      reported = Number(await page.locator('#frame').getAttribute('height'));
      actual = await frame.locator('.vs-embed-frame').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      if (reported > 1000 && Math.abs(reported - actual) <= 2) break;
    }
    assert.ok(reported > 1000, `iframe grew from 300 to ${reported}`);
    assert.ok(Math.abs(reported - actual) <= 2, `iframe height ${reported} vs card ${actual}`);
    await shot(page, 'embed-iframe');
    assertNoProblems(page);
  });
});

describe('themes', () => {
  test('theme="auto" follows prefers-color-scheme and dark keeps AA-readable text', async () => {
    const page = await openHost('/two.html');
    await waitForShadow(page, '#w1', /FLUX/);
    const colors = () => page.locator('#w1').evaluate((el) => {
      const app = el.shadowRoot.querySelector('.vs-app');
      const card = el.shadowRoot.querySelector('.vs-card');
      return { text: getComputedStyle(app).color, surface: getComputedStyle(card).backgroundColor };
    });
    await page.locator('#w1').evaluate((el) => el.setAttribute('theme', 'auto'));
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colors();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colors();
    assert.notDeepEqual(light, dark, 'auto switches palettes with the reader preference');
    assert.equal(dark.surface, 'rgb(23, 26, 35)');
    assert.equal(dark.text, 'rgb(233, 235, 243)');
    assertNoProblems(page);
  });
});
