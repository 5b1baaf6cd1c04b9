// The files a page downloads for its first card, from a built dist/ folder: the standalone
// site (the compare-first module and its wasm, and index.html, counted whole for the inline
// script that preloads the catalog and starts the module) and a host page whose card has
// no pre-rendered card (versus.js and the embed-only module, `hostLive`), each with the
// wasm-bindgen snippets its glue imports; a host page with a pre-rendered card needs only
// the facade (`host`, versus.js; the card itself is data, card.json). Also what the site's
// other pages download (`siteOther`): the site's full module instead.
// Used by scripts/sizes.mjs and bench/run.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The snippet files (`snippets/…js`) that `files` of `dir` name. */
function snippets(dir, files) {
  const found = new Set();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [path] of text.matchAll(/snippets\/[\w./-]+\.js/g)) {
      if (existsSync(join(dir, path))) found.add(path);
    }
  }
  return [...found];
}

export function firstCardFiles(dir) {
  return {
    site: ['versus-compare_bg.wasm', 'versus-compare.js', 'index.html', ...snippets(dir, ['versus-compare.js'])],
    siteOther: ['versus-app_bg.wasm', 'versus-app.js', 'index.html', ...snippets(dir, ['versus-app.js'])],
    host: ['versus.js'],
    hostLive: ['versus-embed_bg.wasm', 'versus-embed.js', 'versus.js', 'carry.js', ...snippets(dir, ['versus-embed.js'])],
  };
}
