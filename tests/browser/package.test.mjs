// dist/ as an npm package (docs/hosts.md): `npm pack dist/` makes a tarball; installed
// into a fresh directory with TypeScript (and React's and Vue's types) from npm, a TSX
// file that uses both elements as documented type-checks and one that misuses them fails
// at each misuse; a page that imports the installed package by name gets working widgets,
// and so does a React 19 app bundled with esbuild (props, event props, re-rendering).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';
import { assertNoProblems, launchBrowser, watchProblems } from './harness.mjs';

const NAME = 'versus-widget';
// The versions the project's lock file has (installed by scripts/setup, so in npm's cache).
const WANTED = ['typescript', '@types/react', '@types/react-dom', 'vue', 'react', 'react-dom', 'esbuild'];
const tooling = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies;

let work;
let packed;

const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });

before(() => {
  // Outside the repository: no node_modules above it to borrow from.
  work = mkdtempSync(join(tmpdir(), 'versus-package-'));
  const [info] = JSON.parse(npm(['pack', resolve('dist'), '--json', '--pack-destination', work], work));
  packed = info;
  const app = join(work, 'app');
  const install = (dir, names) => {
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, packed.filename), ...names.map((name) => `${name}@${tooling[name]}`)], dir);
  };
  install(app, WANTED);
  install(join(work, 'plain'), ['typescript']);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom'],
    jsx: 'react-jsx',
    types: [],
    skipLibCheck: false,
  },
};

// Every documented use: markup in React's JSX, typed elements and events, Vue's props.
const GOOD = `import '${NAME}';
import { useRef } from 'react';
import type { VersusArtifactElement, VersusCompareElement, VersusErrorDetail, VersusReadyDetail } from '${NAME}';
import type { GlobalComponents } from 'vue';

const compare: VersusCompareElement | null = document.querySelector('versus-compare');
if (compare) {
  compare.items = ['a', 'b'];
  compare.items = 'a,b';
  const ids: string[] = compare.items;
  compare.theme = 'dark';
  compare.compact = true;
  compare.maxCapabilities = 3;
  compare.catalog = '/catalog.json';
  console.log(ids.length);
}
const artifact: VersusArtifactElement = document.createElement('versus-artifact');
artifact.item = 'sdnext';
document.addEventListener('versus:ready', (event) => {
  const detail: VersusReadyDetail = event.detail;
  console.log(detail.items.join(','), detail.catalog, detail.painted);
});
document.addEventListener('versus:select', (event) => {
  if (event.detail.kind === 'artifact') event.preventDefault();
  console.log(event.detail.href);
});
document.body.addEventListener('versus:change', (event) => console.log(event.detail.weights.signals, event.detail.usage.inputTokens));
compare?.addEventListener('versus:error', (event) => {
  const detail: VersusErrorDetail = event.detail;
  console.log(detail.reason, detail.unknown, detail.paths, detail.status);
});

export const Page = () => {
  const ref = useRef<VersusCompareElement>(null);
  return (
  <main>
    <versus-compare ref={ref} items="a,b" theme="dark" compact max-capabilities={3} lang="de" />
    <versus-compare items={['a', 'b', 'c']} className="wide" catalog="/c.json" loading="lazy" />
    <versus-artifact item="a" theme="auto" id="one" ref={(element) => console.log(element?.item)} />
  </main>
  );
};

type CompareProps = InstanceType<GlobalComponents['versus-compare']>['$props'];
type ArtifactProps = InstanceType<GlobalComponents['VersusArtifact']>['$props'];
export const vue: [CompareProps, ArtifactProps] = [{ items: 'a,b', theme: 'auto' }, { item: 'a' }];
`;

// A React 19 app: items as an array (a property), the events as `on` props, a select the
// app handles itself, and a re-render with other items.
const REACT_APP = `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '${NAME}';

declare global {
  interface Window { heard: { type: string; items: string[] }[] }
}
window.heard = [];

function App() {
  const [ids, setIds] = useState(['sdnext', 'flux-1-pro']);
  return (
    <main>
      <versus-compare
        id="react-compare"
        items={ids}
        theme="dark"
        onversus:ready={(event) => window.heard.push({ type: 'ready', items: event.detail.items })}
        onversus:select={(event) => {
          event.preventDefault();
          window.heard.push({ type: 'select', items: event.detail.items });
        }}
      />
      <button id="swap" onClick={() => setIds(['sdnext', 'fast-stable-diffusion'])}>Other pair</button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`;

// A Vue 3 app as docs/hosts.md shows it: the tags declared custom elements, `:items`
// bound to an array, `@versus:*` listeners, a select the app handles itself.
const VUE_APP = `import { createApp, ref } from 'vue';
import '${NAME}';

const heard = [];
window.heard = heard;
const app = createApp({
  setup() {
    const ids = ref(['sdnext', 'flux-1-pro']);
    const pick = (event) => {
      event.preventDefault();
      heard.push({ type: 'select', items: event.detail.items });
    };
    const shown = (event) => heard.push({ type: 'ready', items: event.detail.items });
    const swap = () => { ids.value = ['sdnext', 'fast-stable-diffusion']; };
    return { ids, pick, shown, swap };
  },
  template: \`<main>
    <versus-compare id="vue-compare" :items="ids" theme="dark" @versus:ready="shown" @versus:select="pick" />
    <button id="swap" @click="swap">Other pair</button>
  </main>\`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('versus-');
app.mount('#root');
`;

// Each misuse on its own line, named by a marker the test finds the line of.
const BAD = `import '${NAME}';
import { useRef } from 'react';
import type { VersusArtifactElement, VersusCompareElement } from '${NAME}';
import type { GlobalComponents } from 'vue';
type CompareProps = InstanceType<GlobalComponents['versus-compare']>['$props'];

export const wrongAttribute = <versus-compare item="a" />; // MISUSE compare-takes-items
export const wrongElement = <versus-artifact items="a,b" />; // MISUSE artifact-takes-item
export const wrongTheme = <versus-compare items="a,b" theme="purple" />; // MISUSE theme
export const missing = <versus-artifact />; // MISUSE item-required
export const swapped: VersusArtifactElement = document.createElement('versus-compare'); // MISUSE swapped
document.querySelector('versus-compare')!.item = 'x'; // MISUSE no-item-property
document.addEventListener('versus:ready', (event) => event.detail.href); // MISUSE ready-detail
export const vue: CompareProps = { item: 'a' }; // MISUSE vue
export const wrongDetail = <versus-compare items="a,b" onversus:ready={(event) => event.detail.href} />; // MISUSE event-prop-detail
export const Refs = () => {
  const ref = useRef<VersusCompareElement>(null);
  return <versus-artifact item="a" ref={ref} />; // MISUSE ref-of-another-element
};
`;

// No React, no Vue: the types still hold for a plain TypeScript page.
const PLAIN = `import '${NAME}';
const compare = document.querySelector('versus-compare');
if (compare) compare.items = ['a', 'b'];
document.addEventListener('versus:error', (event) => console.log(event.detail.unknown, event.detail.paths));
`;

function typeCheck(name, source, dir = join(work, 'app')) {
  writeFileSync(join(dir, `${name}.tsx`), source);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, files: [`${name}.tsx`] }));
  const run = spawnSync(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the npm package', () => {
  test('npm pack dist/ holds the elements, their types, the module and the languages', () => {
    const files = packed.files.map((file) => file.path);
    for (const wanted of ['package.json', 'versus.js', 'versus.d.ts', 'versus.css', 'versus-embed.js', 'versus-embed_bg.wasm', 'carry.js', 'locales/de.json', 'data/catalog.json', 'index.html']) {
      assert.ok(files.includes(wanted), `${wanted} is packed`);
    }
    const manifest = JSON.parse(readFileSync(join(work, 'app', 'node_modules', NAME, 'package.json'), 'utf8'));
    assert.equal(manifest.name, NAME);
    assert.match(manifest.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(manifest.exports['.'], { types: './versus.d.ts', default: './versus.js' });
    assert.equal(manifest.types, './versus.d.ts');
  });

  test('a TSX file using both elements as documented type-checks', () => {
    const { status, output } = typeCheck('good', GOOD);
    assert.equal(status, 0, output);
  });

  test('a TSX file misusing them fails, at every misuse', () => {
    const { status, output } = typeCheck('bad', BAD);
    assert.notEqual(status, 0, 'tsc accepted the misuses');
    const lines = BAD.split('\n');
    const failing = new Set([...output.matchAll(/bad\.tsx\((\d+),\d+\): error/g)].map((match) => Number(match[1])));
    for (const [index, line] of lines.entries()) {
      const marker = /MISUSE (\S+)/.exec(line);
      if (marker) assert.ok(failing.has(index + 1), `no error for ${marker[1]} (line ${index + 1}):\n${output}`);
    }
    // Nothing else fails: the import and the type imports are fine.
    for (const number of failing) assert.match(lines[number - 1], /MISUSE/, output);
  });

  test('a React app using the elements type-checks', () => {
    const { status, output } = typeCheck('app', REACT_APP);
    assert.equal(status, 0, output);
  });

  test('a project without React or Vue type-checks the elements too (skipLibCheck off)', () => {
    const { status, output } = typeCheck('plain', PLAIN, join(work, 'plain'));
    assert.equal(status, 0, output);
  });
});

describe('the installed package in a page', () => {
  let browser;
  let site;
  before(async () => {
    const app = join(work, 'app');
    // The React app bundled as a host app would be, the package left out of the bundle
    // (its folder is served as it is, docs/hosts.md).
    writeFileSync(join(app, 'app.tsx'), REACT_APP);
    const esbuild = (...args) =>
      execFileSync(join(app, 'node_modules', '.bin', 'esbuild'), [...args, '--bundle', '--format=esm', `--external:${NAME}`, '--define:process.env.NODE_ENV="production"', '--log-level=warning'], { cwd: app });
    esbuild('app.tsx', '--jsx=automatic', '--outfile=app.js');
    // Vue's build with its template compiler (the template is compiled in the page).
    writeFileSync(join(app, 'vue-app.js'), VUE_APP);
    esbuild('vue-app.js', '--alias:vue=vue/dist/vue.esm-bundler.js', '--define:__VUE_OPTIONS_API__=true', '--define:__VUE_PROD_DEVTOOLS__=false', '--define:__VUE_PROD_HYDRATION_MISMATCH_DETAILS__=false', '--outfile=vue.js');
    site = await startServer({
      mounts: { '/node_modules/': join(app, 'node_modules') },
      handler: async (req, res) => {
        const path = new URL(req.url, 'http://x').pathname;
        if (path === '/app.js' || path === '/vue.js') {
          res.writeHead(200, { 'content-type': 'text/javascript' });
          res.end(readFileSync(join(app, path.slice(1))));
          return true;
        }
        const bundles = { '/react.html': '/app.js', '/vue.html': '/vue.js' };
        if (bundles[path]) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><html><head><meta charset="utf-8"><title>App</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "${NAME}": "/node_modules/${NAME}/versus.js" } }</script>
<script type="module" src="${bundles[path]}"></script></head><body><div id="root"></div></body></html>`);
          return true;
        }
        if (path !== '/') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html><head><meta charset="utf-8"><title>App</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "${NAME}": "/node_modules/${NAME}/versus.js" } }</script>
<script>window.heard = []; document.addEventListener('versus:ready', (event) => heard.push(event.detail));</script>
<script type="module">import '${NAME}';</script>
</head><body><versus-compare items="sdnext,flux-1-pro"></versus-compare><versus-artifact item="sdnext"></versus-artifact></body></html>`);
        return true;
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('import "versus-widget" defines the elements, which show their cards from the package folder', async () => {
    const page = watchProblems(await browser.newPage());
    await page.goto(`${site.origin}/`);
    await page.waitForFunction(() => window.heard.length === 2, null, { timeout: 20000 });
    const catalogs = await page.evaluate(() => window.heard.map((detail) => detail.catalog));
    assert.deepEqual(catalogs, [`${site.origin}/node_modules/${NAME}/data/catalog.json`, `${site.origin}/node_modules/${NAME}/data/catalog.json`]);
    assert.ok(await page.locator('versus-compare .vs-table').count());
    assertNoProblems(page);
    await page.close();
  });

  for (const [name, path, id] of [['React 19', '/react.html', 'react-compare'], ['Vue 3', '/vue.html', 'vue-compare']]) {
    test(`a ${name} app: items as a property, event listeners, its own routing, a re-render`, async () => {
      const page = watchProblems(await browser.newPage());
      await page.goto(`${site.origin}${path}`);
      const heard = (type, count) =>
        page.waitForFunction(([type, count]) => window.heard?.filter((e) => e.type === type).length >= count, [type, count], { timeout: 20000 })
          .then(() => page.evaluate((type) => window.heard.filter((e) => e.type === type), type));
      const [ready] = await heard('ready', 1);
      assert.deepEqual(ready.items, ['sdnext', 'flux-1-pro']);
      // The framework handed the array to the property, which set the attribute.
      assert.equal(await page.evaluate((id) => document.getElementById(id).getAttribute('items'), id), 'sdnext,flux-1-pro');
      assert.equal(await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('.vs-app').dataset.theme, id), 'dark');
      // The app routes itself: its select listener cancels the link.
      const before = page.url();
      const popups = [];
      const opened = (popup) => popups.push(popup);
      browser.on('page', opened);
      await page.locator(`#${id} .vs-table thead th a`).first().click();
      const [selected] = await heard('select', 1);
      assert.deepEqual(selected.items, ['sdnext']);
      await page.waitForTimeout(300);
      assert.equal(page.url(), before);
      browser.off('page', opened);
      assert.equal(popups.length, 0, 'no tab opened');
      // A re-render with other items: the widget shows the new pair.
      await page.click('#swap');
      const readies = await heard('ready', 2);
      assert.deepEqual(readies[1].items, ['sdnext', 'fast-stable-diffusion']);
      assert.deepEqual(page.problems.filter((problem) => !/404 \(Not Found\)/.test(problem)), []);
      await page.close();
    });
  }
});
