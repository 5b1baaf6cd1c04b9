// The least a hand-written page does to show a comparison card: fetch the catalog,
// JSON.parse it (no validation), find the two artifacts, and build the card with DOM
// calls: title, the verdict line, and a table of rank, type, pricing and signals. No
// capabilities, chart, picker or weights (bench/vanilla.js is the full replica).

const params = new URLSearchParams(location.search);
const [, , a, b] = location.hash.split('/');

function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

const display = (x) => (x.vendor ? `${x.vendor}: ${x.name}` : x.name);

const response = await fetch(params.get('catalog') ?? '../data/catalog.json');
const catalog = JSON.parse(await response.text());
const [x, y] = [a, b].map((id) => catalog.artifacts.find((artifact) => artifact.id === id));
const [w, l] = x.rank >= y.rank ? [x, y] : [y, x];
const headline = `${w.name} scores higher at ${w.rank}/100 vs ${l.name} at ${l.rank}/100.`;
const rows = [
  [catalog.brand.rank_label ?? 'Rank', (s) => `${s.rank}/100`],
  ['Type', (s) => s.kind ?? ''],
  ['Pricing', (s) => s.pricing?.plan ?? ''],
  ...(catalog.signals ?? []).map((def) => [def.label, (s) => String(s.signals?.[def.id] ?? '—')]),
];
const table = el('table', 'vs-table',
  el('thead', null, el('tr', null, el('th', null, 'Feature'), el('th', null, display(x)), el('th', null, display(y)))),
  el('tbody', null, ...rows.map(([label, value]) => el('tr', null, el('th', null, label), el('td', null, value(x)), el('td', null, value(y))))));
document.getElementById('versus-site').append(el('div', 'vs-app',
  el('main', 'vs-page', el('article', 'vs-compare',
    el('h1', null, `${display(x)} vs ${display(y)}`),
    el('p', 'vs-verdict-teaser', headline),
    table))));
