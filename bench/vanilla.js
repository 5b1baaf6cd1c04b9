// The comparison card of Versus written by hand in plain JS: the baseline bench/run.mjs
// compares the widget against. It fetches the catalog, JSON.parses it (no validation at
// all: that is the point of the baseline), finds the two artifacts and renders the same
// markup and classes as the yew card (title, verdict teaser, feature table, capabilities
// of each side, verdict, rank note) with DOM calls, using the site's versus.css.

const params = new URLSearchParams(location.search);
const url = params.get('catalog') ?? '../data/catalog.json';
const [, route, a, b] = location.hash.split('/');
const root = document.getElementById('versus-site');

function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

const display = (x) => (x.vendor ? `${x.vendor}: ${x.name}` : x.name);
const totalCaps = (x) => Math.max(x.capability_count ?? 0, x.capabilities.length);
const signal = (x, id) => x.signals?.[id];
const fmtSignal = (v) => (v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(2));
const plans = { free: 'Free', paid: 'Paid', freemium: 'Freemium' };
const joinList = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function price(p) {
  if (!p) return '—';
  const symbol = { USD: '$', EUR: '€', GBP: '£' }[p.currency] ?? `${p.currency} `;
  if (p.amount > 0 && p.amount < 0.01) return `${symbol}${(p.amount * 1e6).toFixed(2)} / 1M ${p.per ?? 'unit'}s`;
  return `${symbol}${p.amount.toFixed(2)}${p.per ? ` / ${p.per}` : ''}`;
}

function advantages(x, y, signals) {
  const found = [];
  const xFree = x.pricing.free_tier ?? x.pricing.plan !== 'paid';
  const yFree = y.pricing.free_tier ?? y.pricing.plan !== 'paid';
  if (xFree && !yFree) found.push(['a free tier', `${x.name} also has a free tier, making it more accessible.`]);
  if (totalCaps(x) > totalCaps(y)) {
    const detail = `(${totalCaps(x).toLocaleString('en-US')} vs ${totalCaps(y).toLocaleString('en-US')})`;
    found.push([`more capabilities ${detail}`, `${x.name} covers more capabilities ${detail}.`]);
  }
  const leads = signals.filter((s) => {
    const [xv, yv] = [signal(x, s.id), signal(y, s.id)];
    return xv !== undefined && (yv !== undefined ? xv > yv : xv > 0);
  }).map((s) => s.label);
  if (leads.length) found.push([joinList(leads), `${x.name} leads on ${joinList(leads)}.`]);
  return found;
}

function verdict(x, y, signals) {
  if (x.rank === y.rank) return { headline: `${x.name} and ${y.name} are tied at ${x.rank}/100.`, reasons: [] };
  const [w, l] = x.rank > y.rank ? [x, y] : [y, x];
  const reasons = advantages(w, l, signals).map(([, sentence]) => sentence);
  const counter = advantages(l, w, signals);
  if (counter.length) reasons.push(`${l.name} has the edge on ${joinList(counter.map(([item]) => item))}.`);
  return { headline: `${w.name} scores higher at ${w.rank}/100 vs ${l.name} at ${l.rank}/100.`, reasons };
}

function card(catalog, x, y) {
  const brand = catalog.brand;
  const signals = catalog.signals ?? [];
  const rankLabel = brand.rank_label ?? 'Rank';
  const title = `${display(x)} vs ${display(y)}`;
  const v = verdict(x, y, signals);
  const rows = [
    ['Type', (s) => s.kind, null],
    [rankLabel, (s) => `${s.rank}/100`, (s) => s.rank],
    ...signals.map((def) => [def.label, (s) => fmtSignal(signal(s, def.id)), (s) => signal(s, def.id)]),
    ['Pricing', (s) => plans[s.pricing.plan], (s) => ((s.pricing.free_tier ?? s.pricing.plan !== 'paid') ? 1 : 0)],
    ['Starting Price', (s) => price(s.pricing.starting_price), null],
    ['Capabilities', (s) => `${totalCaps(s)} decomposed`, totalCaps],
    ['Times Matched', (s) => (s.times_matched ?? '—').toLocaleString('en-US'), null],
  ];
  const tbody = el('tbody', null, ...rows.map(([label, text, value]) => {
    const values = value ? [x, y].map(value) : [];
    const best = Math.max(...values.filter((n) => n !== undefined));
    const allEqual = values.every((n) => n === best);
    return el('tr', null, el('th', null, label), ...[x, y].map((s, i) => {
      const isBest = value && !allEqual && values[i] === best;
      const td = el('td', isBest ? 'vs-best' : null, el('span', 'vs-cell', text(s)));
      if (isBest) td.append(el('span', 'vs-visually-hidden', ' (better)'));
      return td;
    }));
  }));
  const table = el('div', 'vs-table-wrap', el('table', 'vs-table',
    el('caption', 'vs-visually-hidden', `${title}: feature comparison`),
    el('thead', null, el('tr', null, el('th', null, 'Feature'),
      ...[x, y].map((s) => el('th', null, Object.assign(el('a', null, display(s)), { href: `#/artifact/${s.id}` }))))),
    tbody));
  const side = (s) => {
    const hidden = totalCaps(s) - s.capabilities.length;
    return el('section', 'vs-side', el('h2', 'vs-side__title', `${display(s)} Capabilities`),
      el('ul', 'vs-capabilities', ...s.capabilities.map((c) => el('li', 'vs-capability',
        el('div', 'vs-capability__head', el('h3', 'vs-capability__title', c.title[0].toUpperCase() + c.title.slice(1)),
          c.confidence && el('span', 'vs-chip', `${c.confidence[0].toUpperCase()}${c.confidence.slice(1)} confidence`)),
        el('p', 'vs-capability__description', c.description),
        c.unique && el('p', 'vs-capability__unique', el('strong', null, 'Unique: '), c.unique),
        c.versus && el('p', 'vs-capability__versus', el('strong', null, 'vs alternatives: '), c.versus)))),
      hidden > 0 && el('p', 'vs-more', `+${hidden} more capabilit${hidden === 1 ? 'y' : 'ies'}`));
  };
  return el('article', 'vs-card vs-compare',
    el('header', 'vs-card__header', el('h1', 'vs-card__title', title),
      el('p', 'vs-card__subtitle', 'Side-by-side comparison to help you choose.'),
      el('p', 'vs-verdict-teaser', v.headline)),
    table,
    el('div', 'vs-sides', side(x), side(y)),
    el('section', 'vs-verdict', el('h2', null, 'Verdict'), el('p', 'vs-verdict__headline', v.headline),
      v.reasons.length > 0 && el('ul', 'vs-verdict__reasons', ...v.reasons.map((r) => el('li', null, r)))),
    el('section', 'vs-rank-about', el('h2', null, rankLabel),
      el('p', null, brand.rank_about ?? `${rankLabel} is the catalog's 0–100 score for each artifact.`)));
}

async function main() {
  const app = el('div', 'vs-app');
  root.append(app);
  const main = el('main', 'vs-page', el('p', 'vs-loading', 'Loading…'));
  app.append(main);
  const response = await fetch(url);
  const catalog = JSON.parse(await response.text());
  window.vanillaCatalog = catalog; // kept, as a real page would for further navigation
  const x = catalog.artifacts.find((item) => item.id === a);
  const y = catalog.artifacts.find((item) => item.id === b);
  if (route !== 'compare' || !x || !y) {
    main.replaceChildren(el('section', 'vs-error', 'Unknown artifacts'));
    return;
  }
  document.title = `${display(x)} vs ${display(y)} · ${catalog.brand.name}`;
  const brand = catalog.brand;
  app.prepend(el('header', 'vs-header', el('div', 'vs-header__inner',
    el('div', 'vs-brand', el('a', 'vs-brand__name', brand.name), brand.tagline && el('span', 'vs-brand__tagline', brand.tagline)))));
  main.replaceChildren(card(catalog, x, y));
  app.append(el('footer', 'vs-footer', el('div', 'vs-footer__inner', el('p', null, brand.footer ?? brand.name))));
}

main().catch((error) => {
  root.replaceChildren(el('section', 'vs-error', `Vanilla baseline failed: ${error}`));
});
