// The standalone site's catalog, requested while the wasm is still downloading and
// compiling: the app's own fetch of the same URL then takes the preloaded response instead
// of starting only after the first render. Same rule as the app: `?catalog=` when given
// (http(s) or relative), else the default catalog next to index.html.
const given = new URLSearchParams(location.search).get('catalog')?.trim();
const url = new URL(given || 'data/catalog.json', location.href);
if (url.protocol === 'http:' || url.protocol === 'https:') {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.append(link);
}
