// Embedding on a third-party page: the widget served from one origin, a host page from
// another with a strict CSP header and a hostile stylesheet.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { startServer } from '../../scripts/static-server.mjs';
import { assertNoProblems, launchBrowser, shot, watchProblems } from './harness.mjs';

let browser;
let widgetSite;
let hostSite;
const catalogRequests = [];
// Milliseconds the widget server holds the wasm back (a slow network, for the tests of
// what a reader does before the live widget is there).
let wasmDelay = 0;

const HOSTILE_CSS = `
* { color: rgb(204, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px; text-transform: uppercase; }
div { display: inline !important; }
body { background: #fffbe6; text-align: center; }
.spacer { height: 5000px; }
`;

// A card.json with everything a card must never carry into a host page.
const TAMPERED = {
  format: 'versus-card/1',
  lang: 'en',
  title: 'x',
  theme: { '--vs-brand-accent': 'url(https://evil.example/x.png)', '--vs-brand-radius': '7px', color: 'red' },
  nodes: [
    ['article', { class: 'vs-card vs-compare', onclick: 'alert(1)', style: 'position:fixed' },
      ['h1', { id: 'tampered-title' }, '<img src=x onerror=alert(1)>'],
      ['script', {}, 'window.pwned = 1'],
      ['a', { href: 'javascript:alert(1)', id: 'js-link' }, 'js'],
      ['a', { href: 'compare/a/b/', id: 'ok-link', target: '_top' }, 'ok'],
      ['svg', { viewBox: '0 0 1 1' }, ['a', { id: 'svg-link' }, ['set', { attributeName: 'href', to: 'javascript:alert(1)' }]]],
      ['form', { action: 'https://evil.example/' }, ['button', {}, 'go']],
      ['iframe', { srcdoc: '<script>parent.pwned=1</script>' }],
      ['style', {}, '* { display: none }']],
  ],
};

// A pair in an order the site has no page for: its widget is rendered by the wasm.
const UNGENERATED = 'flux-1-pro,ernie-4-5-vl-424b-a47b';

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
    handler: async (req, res) => {
      if (req.url.includes('catalog.json')) catalogRequests.push(req.url);
      if (req.url.includes('.wasm') && wasmDelay) await new Promise((done) => setTimeout(done, wasmDelay));
      // A tampered card, as if someone had edited a site's card.json.
      if (req.url.startsWith('/tampered/compare/x-1/y-2/card.json')) {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify(TAMPERED));
        return true;
      }
      // A catalog that is not a generated site's (no cards next to it).
      if (req.url.startsWith('/elsewhere/catalog.json')) {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(readFileSync('dist/data/catalog.json'));
        return true;
      }
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
    '/facade.html': hostPage(widgetOrigin, `
      <p class="host-text">Host paragraph</p>
      <versus-compare id="c1" items="ernie-4-5-vl-424b-a47b,flux-1-pro" max-capabilities="1"></versus-compare>
      <versus-artifact id="a1" item="sdnext"></versus-artifact>`),
    '/tampered.html': hostPage(widgetOrigin, `
      <versus-compare id="t1" items="x-1,y-2" catalog="${widgetOrigin}/tampered/data/catalog.json"></versus-compare>`),
    '/ungenerated.html': hostPage(widgetOrigin, `
      <versus-compare id="u1" items="${UNGENERATED}"></versus-compare>
      <versus-compare id="u3" items="sdnext,ernie-4-5-vl-424b-a47b,flux-1-pro"></versus-compare>
      <versus-compare id="u2" items="ernie-4-5-vl-424b-a47b,flux-1-pro" catalog="${widgetOrigin}/elsewhere/catalog.json"></versus-compare>`),
    '/frame.html': hostPage(widgetOrigin, `
      <iframe data-versus id="frame" title="ERNIE vs FLUX" src="${widgetOrigin}/embed.html?items=ernie-4-5-vl-424b-a47b,flux-1-pro&theme=dark" width="100%" height="300" frameborder="0"></iframe>`),
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
  // Every URL the page (and its frames) asks for.
  page.urls = [];
  page.on('request', (request) => page.urls.push(request.url()));
  page.missing = [];
  page.on('response', (response) => response.status() === 404 && page.missing.push(response.url()));
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
    // Both cards were generated with the site: painted from them, nothing else fetched.
    assert.equal(catalogRequests.length, 0, `painted cards fetch no catalog, got ${catalogRequests.length}`);
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

const wasmAsked = (urls) => urls.filter((url) => /\.wasm|versus-embed\.js/.test(url));

/** How many containers widget `selector` holds: 2 while the live one renders beside the painted one. */
const containers = (page, selector) =>
  page.locator(selector).evaluate((el) => [...el.shadowRoot.children].filter((c) => c.tagName === 'DIV').length);

describe('pre-rendered cards (versus.js as a facade)', () => {
  test('two generated cards paint without wasm; it loads when a pointer enters, then everything works', async () => {
    assert.ok(existsSync('dist/compare/ernie-4-5-vl-424b-a47b/flux-1-pro/card.json'), 'the site generator wrote the card');
    catalogRequests.length = 0;
    const page = await openHost('/facade.html');
    const urls = page.urls;
    await waitForShadow(page, '#c1', /FLUX\.1 Pro scores higher at 58\/100/);
    await waitForShadow(page, '#a1', /sdnext/);
    // max-capabilities folds the painted lists as the live widget does.
    assert.ok(await page.locator('#c1 .vs-more--button').count() > 0, 'a +N more button');
    await page.waitForTimeout(1500);
    assert.deepEqual(wasmAsked(urls), [], 'no wasm before the reader reaches for a card');
    assert.equal(catalogRequests.length, 0, 'no catalog either');
    assert.equal(urls.filter((url) => url.endsWith('/card.json')).length, 2, urls.join('\n'));
    // The host's stylesheet does not reach the painted card; its links lead to the site.
    const painted = await page.locator('#c1').evaluate((el) => {
      const title = el.shadowRoot.querySelector('h1');
      const link = el.shadowRoot.querySelector('th a[href]');
      return { color: getComputedStyle(title).color, font: getComputedStyle(title).fontFamily, href: link.href, target: link.target, lang: el.shadowRoot.querySelector('.vs-app').lang };
    });
    assert.notEqual(painted.color, 'rgb(204, 0, 0)');
    assert.doesNotMatch(painted.font, /Comic Sans/);
    assert.equal(painted.href, `${widgetSite.origin}/artifact/ernie-4-5-vl-424b-a47b/`);
    assert.equal(painted.target, '_blank');
    assert.equal(painted.lang, 'en-US');
    // Live theme changes hold before the wasm too.
    await page.locator('#c1').evaluate((el) => el.setAttribute('theme', 'dark'));
    const dark = await page.locator('#c1').evaluate((el) => {
      const app = el.shadowRoot.querySelector('.vs-app');
      return { theme: app.dataset.theme, surface: getComputedStyle(el.shadowRoot.querySelector('.vs-card')).backgroundColor };
    });
    assert.deepEqual(dark, { theme: 'dark', surface: 'rgb(23, 26, 35)' });
    await page.locator('#c1').screenshot({ path: 'target/screenshots/embed-facade-dark.png' });
    await page.locator('#c1').evaluate((el) => el.removeAttribute('theme'));
    await page.locator('#c1').screenshot({ path: 'target/screenshots/embed-facade.png' });
    assert.deepEqual(wasmAsked(urls), []);
    const sameRows = await page.locator('#c1').evaluate((el) => el.shadowRoot.querySelectorAll('.vs-row--same').length);
    assert.ok(sameRows > 0, 'the card has identical rows to hide');

    // The pointer enters: the live widget loads and takes over in place.
    await page.locator('#c1 h1').hover();
    await page.waitForResponse((response) => response.url().endsWith('versus-embed_bg.wasm'), { timeout: 15000 });
    await page.waitForFunction(() => {
      const el = document.querySelector('#c1');
      return [...el.shadowRoot.children].filter((c) => c.tagName === 'DIV').length === 1 && el.shadowRoot.querySelector('.vs-weights');
    }, null, { timeout: 15000 });
    // Give the swap a moment, then check the live card: hide identical rows removes them
    // (the painted card only hides them with CSS).
    await page.waitForTimeout(300);
    await page.locator('#c1 .vs-toggle input').check();
    await page.waitForFunction(() => document.querySelector('#c1').shadowRoot.querySelectorAll('.vs-row--same').length === 0, null, { timeout: 5000 });
    // Weights: a signal counts, the verdict is recomputed.
    await page.locator('#c1 .vs-weights summary').click();
    const before = await page.locator('#c1 .vs-weights__result').innerText();
    await page.locator('#c1 .vs-weights input[type=range]').nth(1).evaluate((input) => {
      input.value = '5';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((text) => document.querySelector('#c1').shadowRoot.querySelector('.vs-weights__result').textContent !== text, before, { timeout: 5000 });
    assert.doesNotMatch(await page.locator('#c1 .vs-weights__result').innerText(), /alone decides/);
    // +N more expands in place.
    await page.locator('#c1 .vs-more--button').first().click();
    await page.waitForFunction(() => /Show fewer/.test(document.querySelector('#c1').shadowRoot.textContent), null, { timeout: 5000 });
    // One module for the page; the other card stays painted until it is reached for.
    assert.equal(wasmAsked(urls).filter((url) => url.endsWith('.wasm')).length, 1);
    assert.equal(catalogRequests.length, 1);
    assert.equal(await containers(page, '#a1'), 1);
    await page.locator('#a1').hover();
    await page.waitForFunction(() => document.querySelector('#a1').shadowRoot.querySelector('.vs-app') && [...document.querySelector('#a1').shadowRoot.children].filter((c) => c.tagName === 'DIV').length === 1, null, { timeout: 15000 });
    await waitForShadow(page, '#a1', /sdnext/);
    assert.equal(wasmAsked(urls).filter((url) => url.endsWith('.wasm')).length, 1);
    assert.equal(catalogRequests.length, 1);
    assertNoProblems(page);
  });

  test('what the reader does before the live widget arrives is not lost', async () => {
    wasmDelay = 1500;
    try {
      const page = await openHost('/facade.html');
      await waitForShadow(page, '#c1', /more capabilit/);
      // Pressed, ticked and focused while the wasm is still on its way.
      await page.locator('#c1 .vs-more--button').first().click();
      await page.locator('#c1 .vs-toggle input').check();
      await page.locator('#c1 .vs-toggle input').focus();
      const arrived = await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.wasm')));
      assert.equal(arrived, false, 'the wasm is still on its way');
      await page.waitForFunction(() => [...document.querySelector('#c1').shadowRoot.children].filter((c) => c.tagName === 'DIV').length === 1
        && document.querySelector('#c1').shadowRoot.querySelectorAll('.vs-row--same').length === 0, null, { timeout: 15000 });
      const state = await page.locator('#c1').evaluate((el) => ({
        expanded: /Show fewer/.test(el.shadowRoot.textContent),
        ticked: el.shadowRoot.querySelector('.vs-toggle input').checked,
        focused: el.shadowRoot.activeElement === el.shadowRoot.querySelector('.vs-toggle input'),
      }));
      assert.deepEqual(state, { expanded: true, ticked: true, focused: true });
      assertNoProblems(page);
    } finally {
      wasmDelay = 0;
    }
  });

  test('a tampered card paints as text: no scripts, handlers, styles, frames, forms or javascript: links', async () => {
    const page = await openHost('/tampered.html');
    await waitForShadow(page, '#t1', /<img src=x onerror=alert\(1\)>/);
    const seen = await page.locator('#t1').evaluate((el) => {
      const root = el.shadowRoot;
      const app = root.querySelector('.vs-app');
      return {
        title: root.querySelector('#tampered-title').textContent,
        elements: ['script', 'iframe', 'form', 'style', 'set', 'img'].filter((tag) => root.querySelector(tag)),
        // (The root's own style is the theme, set through the CSSOM.)
        handlers: [...root.querySelectorAll('*')].filter((node) => node !== app && [...node.attributes].some((a) => /^on|^style$/.test(a.name))).map((node) => node.tagName),
        jsLink: root.querySelector('#js-link').getAttribute('href'),
        okLink: root.querySelector('#ok-link').href,
        okTarget: root.querySelector('#ok-link').target,
        accent: app.style.getPropertyValue('--vs-brand-accent'),
        radius: app.style.getPropertyValue('--vs-brand-radius'),
        color: app.style.getPropertyValue('color'),
        pwned: 'pwned' in window,
      };
    });
    assert.deepEqual(seen, {
      title: '<img src=x onerror=alert(1)>',
      elements: [],
      handlers: [],
      jsLink: null,
      okLink: `${widgetSite.origin}/tampered/compare/a/b/`,
      okTarget: '_blank',
      accent: '',
      radius: '7px',
      color: '',
      pwned: false,
    });
    assertNoProblems(page);
  });

  test('painted cards fit a 360 px phone, light and dark', async () => {
    const page = await openHost('/facade.html');
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForShadow(page, '#c1', /FLUX\.1 Pro scores higher at 58\/100/);
    for (const theme of ['light', 'dark']) {
      await page.locator('#c1').evaluate((el, value) => el.setAttribute('theme', value), theme);
      const width = await page.locator('#c1').evaluate((el) => ({ box: el.getBoundingClientRect().width, page: document.documentElement.scrollWidth }));
      assert.ok(width.box <= 360 && width.page <= 360, `no sideways scrolling: ${JSON.stringify(width)}`);
      await page.locator('#c1').screenshot({ path: `target/screenshots/embed-facade-phone-${theme}.png` });
    }
    assert.deepEqual(wasmAsked(page.urls), [], 'still painted');
    assertNoProblems(page);
  });

  test('a pair the site has no card for, and a catalog without cards, render through the wasm at once', async () => {
    assert.ok(!existsSync(`dist/compare/${UNGENERATED.replace(',', '/')}/card.json`), 'the reversed pair has no page');
    assert.ok(!existsSync('dist/compare/sdnext/ernie-4-5-vl-424b-a47b/flux-1-pro/card.json'), 'nor this three-way one');
    catalogRequests.length = 0;
    const page = await openHost('/ungenerated.html');
    const urls = page.urls;
    await waitForShadow(page, '#u1', /FLUX\.1 Pro scores higher at 58\/100/);
    await waitForShadow(page, '#u2', /FLUX\.1 Pro scores higher at 58\/100/);
    await waitForShadow(page, '#u3', /FLUX\.1 Pro/);
    assert.ok(urls.some((url) => url.endsWith('versus-embed_bg.wasm')), 'the wasm, without any intent');
    assert.ok(!urls.some((url) => url.includes('/elsewhere/') && url.endsWith('card.json')), 'no card asked for next to a catalog that is not a site');
    // One fetch per catalog URL for all the widgets that name it.
    assert.deepEqual(catalogRequests.map((url) => new URL(url, 'http://x').pathname).sort(), ['/data/catalog.json', '/elsewhere/catalog.json']);
    assert.equal(catalogRequests.length, 2, `one catalog fetch per URL, got ${catalogRequests.length}`);
    // versus.js asked for that catalog before the wasm had arrived, and the widgets took
    // its answer (had they not, they would have fetched it a second time).
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const find = (part) => entries.find((entry) => entry.name.includes(part));
      return { catalogStart: find('catalog.json')?.startTime, wasmEnd: find('versus-embed_bg.wasm')?.responseEnd };
    });
    assert.ok(timing.catalogStart < timing.wasmEnd, `catalog requested at ${timing.catalogStart} ms, wasm downloaded at ${timing.wasmEnd} ms`);
    // The only failed requests (which the browser logs) are the cards the site does not have.
    assert.deepEqual(page.missing.map((url) => new URL(url).pathname).sort(), ['/compare/flux-1-pro/ernie-4-5-vl-424b-a47b/card.json', '/compare/sdnext/ernie-4-5-vl-424b-a47b/flux-1-pro/card.json']);
    assert.ok(page.problems.every((problem) => /404 \(Not Found\)/.test(problem)), page.problems.join('\n'));
  });

  test('the iframe page paints the card, follows ?theme and reports its height', async () => {
    const page = await openHost('/frame.html');
    const urls = page.urls;
    const frame = page.frameLocator('#frame');
    await frame.locator('.vs-compare').waitFor({ timeout: 15000 });
    assert.match(await frame.locator('.vs-verdict').innerText(), /FLUX\.1 Pro scores higher at 58\/100/);
    assert.equal(await frame.locator('.vs-app').getAttribute('data-theme'), 'dark');
    let reported = 0;
    let actual = 0;
    for (let tries = 0; tries < 50; tries += 1) {
      await page.waitForTimeout(100);
      reported = Number(await page.locator('#frame').getAttribute('height'));
      actual = await frame.locator('versus-compare').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      if (reported > 1000 && Math.abs(reported - actual) <= 2) break;
    }
    assert.ok(reported > 1000 && Math.abs(reported - actual) <= 2, `iframe height ${reported} vs card ${actual}`);
    assert.deepEqual(wasmAsked(urls), [], 'painted from its card');
    await shot(page, 'embed-frame-dark');
    assertNoProblems(page);
  });
});
