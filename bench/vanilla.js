// The comparison page of Versus written by hand in plain JS: the baseline bench/run.mjs
// compares the widget against. It fetches the catalog, JSON.parses it (no validation at
// all: that is the point of the baseline), finds the two artifacts and renders the same
// markup and classes as the yew page with DOM calls, using the site's versus.css: header
// with nav and theme switch; the card with title, verdict teaser, toolbar (identical-rows
// toggle, picker, copy link, print), feature table, score chart, overlap, capabilities of
// each side, weight sliders, verdict with breakdown, rank note and search link; the closed
// Embed panel; footer. The verdict wording is simplified; the DOM is the same size.

const params = new URLSearchParams(location.search);
const url = params.get('catalog') ?? '../data/catalog.json';
const [, route, a, b] = location.hash.split('/');
const root = document.getElementById('versus-site');

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

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
  return { headline: `${w.name} scores higher at ${w.rank}/100 vs ${l.name} at ${l.rank}/100.`, reasons, breakdown: breakdown(w, l, signals) };
}

function chart(catalog, items) {
  const rankLabel = catalog.brand.rank_label ?? 'Rank';
  const rows = [[rankLabel, (s) => [s.rank / 100, `${s.rank}/100`]],
    ...(catalog.signals ?? []).map((def) => [def.label, (s) => {
      const v = signal(s, def.id);
      return v === undefined ? undefined : [v, fmtSignal(v)];
    }])];
  return el('section', 'vs-chart', el('h2', null, 'Scores at a glance'),
    el('ul', 'vs-chart__legend', ...items.map((s, i) => el('li', null, el('span', `vs-swatch vs-series-${i}`), s.name))),
    el('div', 'vs-chart__rows', ...rows.map(([label, value]) => {
      const values = items.map(value);
      const top = Math.max(...values.filter(Boolean).map(([v]) => v));
      const leaders = values.filter((v) => v && v[0] === top).length;
      const bars = items.map((s, i) => {
        const [fraction, text] = values[i] ?? [0, '—'];
        return { name: s.name, width: Math.max(Math.min(Math.max(fraction, 0), 1) * 100, 0.6).toFixed(2), text, best: leaders === 1 && values[i] && fraction === top };
      });
      const description = `${label}: ${bars.map((b) => `${b.name} ${b.text}`).join(', ')}.`;
      return el('div', 'vs-chart__row', el('div', 'vs-chart__label', label),
        svg('svg', { class: 'vs-chart__svg', viewBox: `0 0 100 ${bars.length * 10}`, width: '100%', height: String(bars.length * 12), preserveAspectRatio: 'none', role: 'img', 'aria-label': description },
          svg('title', {}, description),
          ...bars.flatMap((b, i) => [
            svg('rect', { class: 'vs-chart__track', x: '0', y: String(i * 10 + 1), width: '100', height: '8' }),
            svg('rect', { class: `vs-chart__bar vs-series-${i}`, x: '0', y: String(i * 10 + 1), width: b.width, height: '8' })])),
        el('div', 'vs-chart__values', ...bars.map((b) => el('span', b.best ? 'vs-best-text' : null, b.text))));
    })));
}

const intentsOf = (s) => [...new Set(s.capabilities.flatMap((c) => c.intents ?? []))];
const intentLabel = (intent) => intent.replace(/[-_]/g, ' ');
const chips = (items) => (items.length
  ? el('ul', 'vs-tags', ...items.map((item) => el('li', 'vs-chip', item)))
  : el('p', 'vs-muted', 'Nothing in common'));

function overlap(items) {
  const sets = items.map(intentsOf);
  const shared = sets[0].filter((intent) => sets.every((set) => set.includes(intent))).map(intentLabel);
  const unique = items.map((s, i) => [s.name, sets[i].filter((intent) => sets.every((set, j) => j === i || !set.includes(intent))).map(intentLabel)]);
  if (!shared.length && unique.every(([, u]) => !u.length)) return null;
  return el('section', 'vs-overlap', el('h2', null, 'What they cover'),
    el('div', 'vs-overlap__grid',
      el('div', 'vs-overlap__group vs-overlap__group--shared', el('h3', null, 'Shared by both'), chips(shared)),
      ...unique.map(([name, own]) => el('div', 'vs-overlap__group', el('h3', null, `Only in ${name}`), chips(own)))));
}

function weights(catalog) {
  const rankLabel = catalog.brand.rank_label ?? 'Rank';
  const rows = [['rank', rankLabel, 1], ...(catalog.signals ?? []).map((def) => [def.id, def.label, 0])];
  const reset = Object.assign(el('button', 'vs-button vs-button--ghost', 'Reset weights'), { type: 'button', disabled: true });
  return el('details', 'vs-weights', el('summary', null, 'Re-weight the verdict'),
    el('p', 'vs-weights__hint', 'Choose how much each score counts (0–5). The verdict is recomputed as you move a slider, and the page link keeps your weights.'),
    el('div', 'vs-weights__grid', ...rows.map(([key, label, weight]) => {
      const input = Object.assign(document.createElement('input'), { id: `vs-weight-${key}`, type: 'range', min: '0', max: '5', step: '1', value: String(weight) });
      input.setAttribute('aria-valuetext', `${label} counts ×${weight}`);
      const output = el('output', 'vs-weights__value', `×${weight}`);
      input.addEventListener('input', () => { output.textContent = `×${input.value}`; reset.disabled = false; });
      return el('div', 'vs-weights__row', Object.assign(el('label', null, label), { htmlFor: input.id }), input, output);
    })),
    el('p', 'vs-weights__result', `At these weights ${rankLabel} alone decides, as in the verdict below.`),
    reset);
}

function toolbar(catalog, ids, tbody) {
  const toggle = Object.assign(document.createElement('input'), { type: 'checkbox' });
  toggle.addEventListener('change', () => tbody.classList.toggle('vs-hide-identical', toggle.checked));
  const others = catalog.artifacts.filter((s) => !ids.includes(s.id));
  const shown = others.length > 100 ? [...others].sort((p, q) => q.rank - p.rank).slice(0, 100) : others;
  const select = el('select', null, Object.assign(el('option', null, '+ Add to comparison…'), { value: '', selected: true }),
    ...shown.map((s) => Object.assign(el('option', null, display(s)), { value: s.id })));
  select.addEventListener('change', () => { if (select.value) location.hash = `#/compare/${[...ids, select.value].join('/')}`; });
  const copy = Object.assign(el('button', 'vs-button vs-button--ghost', 'Copy link'), { type: 'button' });
  copy.addEventListener('click', () => navigator.clipboard?.writeText(location.href).then(() => { copy.textContent = 'Link copied ✓'; }));
  const print = Object.assign(el('button', 'vs-button vs-button--ghost vs-print', 'Print'), { type: 'button' });
  print.addEventListener('click', () => window.print());
  let filter = null;
  if (others.length > 100) {
    filter = Object.assign(document.createElement('input'), { type: 'search', className: 'vs-picker__filter', placeholder: `Filter ${others.length.toLocaleString('en-US')}…` });
    filter.setAttribute('aria-label', 'Filter the artifacts to add');
    filter.addEventListener('input', () => {
      const needle = filter.value.trim().toLowerCase();
      const matching = others.filter((s) => s.id.includes(needle) || display(s).toLowerCase().includes(needle))
        .sort((p, q) => q.rank - p.rank).slice(0, 100);
      select.replaceChildren(select.firstChild, ...matching.map((s) => Object.assign(el('option', null, display(s)), { value: s.id })));
    });
  }
  return el('div', 'vs-toolbar', el('label', 'vs-toggle', toggle, el('span', null, 'Hide identical rows')),
    el('label', 'vs-picker', el('span', 'vs-visually-hidden', 'Add an artifact to the comparison'), filter, select),
    copy, print);
}

function breakdown(w, l, signals) {
  const gap = w.rank - l.rank;
  if (gap <= 0) return null;
  const differences = signals.map((def) => [(signal(w, def.id) ?? 0) - (signal(l, def.id) ?? 0), def.label])
    .filter(([delta]) => Math.abs(delta) > 1e-9).sort((p, q) => Math.abs(q[0]) - Math.abs(p[0]));
  const points = gap === 1 ? 'point' : 'points';
  if (!differences.length) return `${w.name} leads by ${gap} ${points}; the signals are level.`;
  return `${w.name} leads by ${gap} ${points}: ${differences.map(([delta, label]) => `${delta > 0 ? '+' : '−'}${fmtSignal(Math.abs(delta))} ${label}`).join(', ')}.`;
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
  const search = (x.categories ?? [])[0] ?? x.kind;
  const searchHref = brand.search_url ? brand.search_url.replace('{query}', encodeURIComponent(search)) : `#/?q=${encodeURIComponent(search)}`;
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
    toolbar(catalog, [x.id, y.id], tbody),
    table,
    chart(catalog, [x, y]),
    overlap([x, y]),
    el('div', 'vs-sides', side(x), side(y)),
    weights(catalog),
    el('section', 'vs-verdict', el('h2', null, 'Verdict'), el('p', 'vs-verdict__headline', v.headline),
      v.reasons.length > 0 && el('ul', 'vs-verdict__reasons', ...v.reasons.map((r) => el('li', null, r))),
      v.breakdown && el('p', 'vs-verdict__breakdown', v.breakdown),
      el('p', 'vs-verdict__basis', `Based on ${rankLabel}, pricing, capabilities and signals in the catalog.`)),
    el('section', 'vs-rank-about', el('h2', null, rankLabel),
      el('p', null, brand.rank_about ?? `${rankLabel} is the catalog's 0–100 score for each artifact.`)),
    el('p', 'vs-different', el('span', null, 'Need something different? '), Object.assign(el('a', null, 'Search →'), { href: searchHref })));
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
  // The page's structured data, as the site writes it.
  const ld = Object.assign(document.createElement('script'), { type: 'application/ld+json' });
  ld.textContent = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'ItemList', name: `${display(x)} vs ${display(y)}`, numberOfItems: 2,
    itemListElement: [x, y].map((s, i) => ({ '@type': 'ListItem', position: i + 1, item: { '@type': 'SoftwareApplication', name: s.name, identifier: s.id, applicationCategory: s.kind, description: s.description } })),
  }).replaceAll('<', '\\u003c');
  document.head.append(ld);
  const brand = catalog.brand;
  // The brand theme as CSS custom properties, as the widget applies it (unvalidated here).
  for (const [key, value] of Object.entries(brand.theme ?? {})) {
    if (key === 'font_family') app.style.setProperty('--vs-brand-font', value);
    else if (key === 'radius_px') app.style.setProperty('--vs-brand-radius', `${value}px`);
    else app.style.setProperty(`--vs-brand-${key}`, value);
  }
  app.style.setProperty('color-scheme', 'light');
  app.dataset.theme = 'light';
  const themes = el('div', 'vs-theme-switch', ...['Light', 'Dark', 'Auto'].map((label) => {
    const button = Object.assign(el('button', 'vs-theme-switch__option', label), { type: 'button', title: label });
    button.setAttribute('aria-pressed', String(label === 'Light'));
    button.addEventListener('click', () => { app.dataset.theme = label.toLowerCase(); });
    return button;
  }));
  app.prepend(el('header', 'vs-header', el('div', 'vs-header__inner',
    el('div', 'vs-brand', Object.assign(el('a', 'vs-brand__name', brand.name), { href: '#/' }), brand.tagline && el('span', 'vs-brand__tagline', brand.tagline)),
    el('nav', 'vs-nav', Object.assign(el('a', null, 'Browse all'), { href: '#/' }), themes))));
  const embed = el('details', 'vs-card vs-embed-panel', el('summary', null,
    el('span', 'vs-embed-panel__title', 'Embed'), el('span', 'vs-muted', ' · put exactly this on your own page')));
  main.replaceChildren(card(catalog, x, y), embed);
  app.append(el('footer', 'vs-footer', el('div', 'vs-footer__inner', el('p', null, brand.footer ?? brand.name))));
}

main().catch((error) => {
  root.replaceChildren(el('section', 'vs-error', `Vanilla baseline failed: ${error}`));
});
