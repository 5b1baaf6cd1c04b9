// Versus embed loader. A host page writes:
//   <script type="module" src="https://cdn.example/versus/versus.js"></script>
//   <versus-compare items="a,b"></versus-compare>
// Everything else (the wasm, the stylesheet, the default catalog) is resolved next to this
// module, so the whole folder can sit on any CDN. One wasm instance serves every widget.
// It is the embed-only module (versus-embed), without the standalone site's pages.
import init, { register_elements } from './versus-embed.js';

const base = new URL('./', import.meta.url).href;

// The catalogs of the (not lazy) widgets already on the page, requested now so that they
// download while the wasm does; a widget takes the answer for its URL (`take_prefetched`
// in crates/versus-web/src/load.rs, handed over by `register_elements`, no global) instead of asking only
// once it runs. Same URL rule as the widgets
// (`checked_catalog_url`): the `catalog` attribute, http(s) with a host or relative to the
// page, with no spaces, controls, quotes, angle brackets or backslashes; else the default
// catalog next to this file. Same 15 s limit. (index.html makes the same request for the
// standalone site.)
const catalogs = {};
const allowed = (text) =>
  !/[\s"<>\\`\p{Cc}]/u.test(text) &&
  !text.startsWith('//') &&
  (/^https?:\/\/[^/?#]/i.test(text) || !/^[^/?#]*:/.test(text));
for (const widget of document.querySelectorAll('versus-compare, versus-artifact')) {
  // A lazy widget fetches nothing until it is scrolled into view (elements.js).
  if ((widget.getAttribute('loading') || '').toLowerCase() === 'lazy') continue;
  const given = widget.getAttribute('catalog')?.trim();
  if (given && !allowed(given)) continue; // the widget says what is wrong with the URL
  let url;
  try {
    url = new URL(given || 'data/catalog.json', given ? document.URL : base);
  } catch {
    continue; // the widget says what is wrong with the URL
  }
  if (catalogs[url.href]) continue;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15000);
  const response = fetch(url.href, { signal: controller.signal });
  const body = response.then((answer) => (answer.ok ? answer.arrayBuffer() : null));
  // Failures are the widget's to report; here they only end the timer.
  body.catch(() => {}).finally(() => clearTimeout(timer));
  catalogs[url.href] = { response, body, signal: controller.signal };
}

await init({ module_or_path: new URL('versus-embed_bg.wasm', base) });
register_elements(base, catalogs);
