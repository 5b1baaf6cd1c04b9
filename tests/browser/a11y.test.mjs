// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every kind of page, light and dark,
// must report no violations.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations as violations, open, withSite } from './harness.mjs';

const env = withSite();

const PAGES = [
  ['home', '#/', '.vs-grid'],
  ['comparison', '#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro', '.vs-compare'],
  ['3-way comparison', '#/compare/ernie-4-5-vl-424b-a47b/flux-1-pro/sdnext', '.vs-compare'],
  ['re-weighted comparison', '#/compare/ernie-4-5-vl-424b-a47b/sdnext?weights=rank:1,quality:3', '.vs-verdict__weighted'],
  ['artifact', '#/artifact/ernie-4-5-vl-28b-a3b', '.vs-artifact'],
  ['unknown id', '#/compare/ernie-4-5-vl-424b-a47b/no-such-thing', '.vs-notice'],
  ['broken catalog error', '?catalog=%2Ffixtures%2Fbroken.json#/', '.vs-error'],
  ['iframe card', 'index.html#/embed/compare/ernie-4-5-vl-424b-a47b/sdnext', '.vs-compare'],
  ['rebranded comparison', '?catalog=%2Ffixtures%2Fvelo-de.json#/compare/grossglockner-12/kaze-r9', '.vs-compare'],
];

for (const theme of ['light', 'dark']) {
  describe(`axe-core, ${theme} theme`, () => {
    for (const [name, route, ready] of PAGES) {
      test(`${name}: no WCAG 2.1 AA violations`, async () => {
        const [path, hash] = route.startsWith('#') || route.startsWith('index.html#') ? [route.split('#')[0], `#${route.split('#')[1]}`] : route.split(/(?=#)/);
        const join = path.includes('?') ? '&' : '?';
        const url = `${env.site.origin}/${path}${theme === 'dark' ? `${join}theme=dark` : ''}${hash}`;
        const page = await open(env.browser, url, { waitFor: ready });
        await page.waitForTimeout(200); // let transitions settle before contrast checks
        assert.deepEqual(await violations(page), []);
        await page.close();
      });
    }
  });
}
