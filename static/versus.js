// Versus for host pages. A host page writes:
//   <script type="module" src="https://cdn.example/versus/versus.js"></script>
//   <versus-compare items="a,b"></versus-compare>
// This file is a facade: it defines the two elements and, for a card the site generator
// pre-rendered (`card.json` next to the page, docs/site.md), paints that card in the
// element's shadow root with the stylesheet, without any wasm. The live widget (the wasm,
// versus-embed) loads on the reader's first intent (pointer, touch, focus, a key) and
// takes over in place, keeping what they ticked, moved, opened, pressed and focused. A
// card the site did not generate loads the live widget at once.
// Everything (wasm, stylesheet, default catalog) is resolved next to this module, so the
// folder can sit on any CDN. One wasm instance and one fetch per URL serve every widget.
// Nothing global is defined but the two element names. The elements tell the page what
// happens as DOM events (`versus:ready`, `versus:select`, `versus:change`, `versus:error`;
// docs/hosts.md, versus.d.ts): the live widget's from Rust (host_events.rs), a painted
// card's from here, in the same shapes.

const base = new URL('./', import.meta.url).href;
const stylesheet = `${base}versus.css`;
const SVG = 'http://www.w3.org/2000/svg';
const OBSERVED = ['items', 'item', 'catalog', 'theme', 'compact', 'max-capabilities', 'lang'];

// The widgets' catalog URL rule (`checked_catalog_url`): http(s) with a host, or relative
// to the page, with no spaces, controls, quotes, angle brackets or backslashes. Null when
// refused: the live widget says what is wrong.
const allowed = (text) =>
  !/[\s"<>\\`\p{Cc}]/u.test(text) &&
  !text.startsWith('//') &&
  (/^https?:\/\/[^/?#]/i.test(text) || !/^[^/?#]*:/.test(text));
const catalogOf = (element) => {
  const given = element.getAttribute('catalog')?.trim();
  if (!given) return `${base}data/catalog.json`;
  try {
    return allowed(given) ? new URL(given, document.URL).href : null;
  } catch {
    return null;
  }
};

// Catalog requests started before the wasm runs; it takes the answer for its URL
// (`take_prefetched`, crates/versus-web/src/load/prefetch.rs). Once per URL: after that
// the wasm shares its own copy. Same 15 s limit as the widgets.
const catalogs = {};
const asked = new Set();
const prefetch = (url) => {
  if (!url || asked.has(url)) return;
  asked.add(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15000);
  const response = fetch(url, { signal: controller.signal });
  const body = response.then((answer) => (answer.ok ? answer.arrayBuffer() : null));
  // Failures are the widget's to report; here they only end the timer.
  body.catch(() => {}).finally(() => clearTimeout(timer));
  catalogs[url] = { response, body, signal: controller.signal };
};

// The live widgets: one module for the page, loaded once; its wasm is requested with its
// glue, not after it.
let live;
const loadLive = () =>
  (live ??= Promise.all([import('./versus-embed.js'), fetch(new URL('versus-embed_bg.wasm', base)), import('./carry.js').catch(() => ({ carry: async () => undefined }))])
    .then(async ([glue, wasm, { carry }]) => {
      await glue.default({ module_or_path: wasm });
      glue.start(base, catalogs);
      return { ...glue, carry };
    })
    .catch((error) => {
      live = undefined; // a retry asks again
      throw error;
    }));

// The pre-rendered card of an element: where its site's root is and its `card.json`, or
// null when there is none to ask for. A site keeps its catalog at data/catalog.json
// (`versus-catalog site`). Ids as the widgets read them (`parse_items`): 2-4 slugs for a
// comparison.
const idsOf = (element) => (element.localName === 'versus-compare' ? element.items : [element.item].filter(Boolean));
const cardOf = (element, catalog) => {
  const site = /^([^?#]*\/)data\/catalog\.json(?:[?#]|$)/.exec(catalog ?? '');
  if (!site) return null;
  const compare = element.localName === 'versus-compare';
  const ids = idsOf(element);
  const count = compare ? ids.length >= 2 && ids.length <= 4 : ids.length === 1;
  if (!count || !ids.every((id) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(id))) return null;
  const root = site[1];
  return { root, ids, url: `${root}${compare ? 'compare' : 'artifact'}/${ids.join('/')}/card.json` };
};

// An event for the page, from inside the shadow root (composed: listeners outside see the
// element as its target); true when a listener cancelled it.
const tell = (node, name, detail, cancelable = false) =>
  !node.dispatchEvent(new CustomEvent(`versus:${name}`, { bubbles: true, composed: true, cancelable, detail }));
// Following a painted card's link to an artifact or a comparison of the site at `root`
// (its page `artifact/x/`, or its route `#/compare/a/b`), or to an artifact's website
// (`data-versus-visit`), asks the page first, as the live widget's links do (`PageLink`,
// `VisitLink`).
const selecting = (root) => (event) => {
  const link = event.target.closest?.('a[href]');
  if (!link) return;
  const visit = link.getAttribute('data-versus-visit');
  const route = visit ? ['', 'artifact', visit] : link.href.startsWith(root) && /^(?:#\/)?(artifact|compare)\/([^?#]+?)\/?$/.exec(link.href.slice(root.length));
  if (!route) return;
  const items = route[2].split('/').map(decodeURIComponent);
  if (tell(link, 'select', { kind: route[1], items, href: link.href, external: !!visit }, true)) event.preventDefault();
};
const cards = new Map();
const fetchCard = (url) => {
  if (!cards.has(url)) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 15000);
    cards.set(
      url,
      fetch(url, { signal: controller.signal })
        .then((answer) => (answer.ok ? answer.json() : null))
        .then((card) => (card?.format === 'versus-card/1' && Array.isArray(card.nodes) ? card : null))
        .catch(() => null)
        .finally(() => clearTimeout(timer))
    );
  }
  return cards.get(url);
};

// A card's nodes (`["tag", {attributes}, ...children]` or text, see
// crates/versus-cli/src/site/card.rs) as DOM: elements, attributes and text nodes, never
// parsed HTML. A tampered file gains nothing: no scripts, styles, frames, forms, SVG
// animation or references, or handlers, and links only to http(s).
const refused = /^(script|style|link|meta|base|iframe|frame|frameset|object|embed|template|foreignobject|form|set|animate\w*|use|handler|listener|discard)$/i;
const build = (node, root, svg) => {
  if (!Array.isArray(node)) return document.createTextNode(typeof node === 'string' ? node : '');
  const [tag, attributes, ...children] = node;
  const inSvg = svg || tag === 'svg';
  if (typeof tag !== 'string' || refused.test(tag)) return document.createTextNode('');
  const element = inSvg ? document.createElementNS(SVG, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (/^(on|style$|srcdoc$|action$|formaction$|xlink:)/i.test(name)) continue;
    if (/^(href|src)$/i.test(name)) {
      const url = new URL(value, root);
      if (/^https?:$/.test(url.protocol)) element.setAttribute(name, url.href);
    } else element.setAttribute(name, value);
  }
  if (tag === 'a') {
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener');
  }
  element.append(...children.map((child) => build(child, root, inSvg)));
  return element;
};

// The widget's root as the live widget sets it (`Widget`, `apply_theme`): the brand's
// properties through the CSSOM (a strict CSP allows that), the mode, `compact`.
const SCHEMES = { light: 'light', dark: 'dark', auto: 'light dark' };
const present = (app, element) => {
  const theme = element.theme;
  app.setAttribute('data-theme', theme);
  app.style.setProperty('color-scheme', SCHEMES[theme]);
  app.classList.toggle('vs-compact', element.compact);
};
// `+N more capabilities` in the card's language: `words.more` has a text per CLDR plural
// category (`{n}` is the count), as the generator wrote them (`facade_words`); cards
// without it say `more_one` or `more_many`.
const moreText = (words, lang, n) => {
  const forms = words.more;
  if (forms && typeof forms === 'object') {
    let category = n === 1 ? 'one' : 'other';
    try {
      category = new Intl.PluralRules(lang).select(n);
    } catch {}
    const form = typeof forms[category] === 'string' ? forms[category] : forms.other;
    if (typeof form === 'string') return form.replace('{n}', n);
  }
  return n === 1 ? words.more_one : words.more_many.replace('{n}', n);
};
// `max-capabilities` (`parse_max`: a positive count, at most 100): each list keeps that
// many and says how many more in a button, as the live widget does (`CapabilityList`).
const fold = (app, element, words, lang) => {
  const max = element.maxCapabilities;
  if (!max) return;
  for (const list of app.querySelectorAll('ul.vs-capabilities')) {
    const items = [...list.children];
    if (items.length <= max) continue;
    for (const item of items.slice(max)) item.remove();
    const more = Number(list.dataset.unlisted || 0) + items.length - max;
    if (list.nextElementSibling?.matches('p.vs-more')) list.nextElementSibling.remove();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'vs-more vs-more--button';
    button.setAttribute('aria-expanded', 'false');
    button.textContent = moreText(words, lang, more);
    list.after(button);
  }
};
// The card's language and direction (the catalog's) on the root painted for it.
const speak = (app, card) => {
  app.lang = typeof card?.lang === 'string' ? card.lang : 'en';
  if (card?.dir === 'rtl' || card?.dir === 'ltr') app.dir = card.dir;
};
const paint = (card, root, element) => {
  const app = document.createElement('div');
  app.className = 'vs-app vs-widget';
  speak(app, card);
  // Theme values as the catalog validator allows them (colours, lengths, font names): no
  // url(), no escapes, no blocks.
  for (const [property, value] of Object.entries(card.theme ?? {})) {
    if (/^--vs-[\w-]+$/.test(property) && /^[^;{}\\<>]{0,200}$/.test(value) && !/url\(|image-set|expression/i.test(value)) {
      app.style.setProperty(property, value);
    }
  }
  present(app, element);
  app.append(...card.nodes.map((node) => build(node, root, false)));
  if (typeof card.words?.more_one === 'string' && typeof card.words.more_many === 'string') fold(app, element, card.words, app.lang);
  else if (element.hasAttribute('max-capabilities')) throw new Error('no words to fold lists with');
  return app;
};

// Resolves once a live widget rendered into `node` shows its card (its `versus:ready`):
// true, or false when it shows an error (the painted card is then kept). That `ready`
// stays inside: the page heard the painted card's. An error goes on to the page.
const shown = (node) =>
  new Promise((done) => {
    const hear = (event) => {
      if (event.type === 'versus:ready') event.stopPropagation();
      node.removeEventListener('versus:ready', hear);
      node.removeEventListener('versus:error', hear);
      done(event.type === 'versus:ready');
    };
    node.addEventListener('versus:ready', hear);
    node.addEventListener('versus:error', hear);
  });

// Not loaded: say so in the widget, as the widget shows its errors, with a retry. In the
// words of the card when there is one (the catalog's language), else in English.
const failed = (element, container, error, card) => {
  const make = (tag, className, ...children) => {
    const made = document.createElement(tag);
    made.className = className;
    made.append(...children);
    return made;
  };
  const words = card?.words ?? {};
  const say = (name, english) => (typeof words[name] === 'string' && words[name] ? words[name] : english);
  const retry = make('button', 'vs-button', say('retry', 'Try again'));
  retry.type = 'button';
  retry.addEventListener('click', () => element.versusStart());
  const notice = make('section', 'vs-error', make('h2', 'vs-error__title', say('load_failed', 'Versus could not load its code')), make('p', 'vs-error__url', `${error}`), retry);
  notice.setAttribute('role', 'alert');
  const app = make('div', 'vs-app vs-widget', notice);
  if (card) speak(app, card);
  container.replaceChildren(app);
  tell(app, 'error', { reason: 'code', kind: element.localName.slice(7), catalog: catalogOf(element) ?? '', items: idsOf(element), unknown: [], paths: [], status: null, messages: [`${error}`] });
};

const INTENT = ['pointerenter', 'pointerdown', 'touchstart', 'focusin', 'keydown'];

class VersusElement extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  connectedCallback() {
    // Properties a page set before this module defined the element (a framework rendering
    // first) shadowed the accessors: set them again, through them.
    for (const name of ['items', 'item', 'catalog', 'theme', 'compact', 'maxCapabilities', 'loading']) {
      if (!Object.hasOwn(this, name)) continue;
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
    if (this.versusState || this.versusObserver) return;
    const lazy = this.loading === 'lazy';
    if (lazy && 'IntersectionObserver' in window) {
      // A lazy widget fetches nothing until it nears the viewport.
      this.versusObserver = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.versusObserver.disconnect();
        this.versusObserver = undefined;
        this.versusStart();
      }, { rootMargin: '200px' });
      this.versusObserver.observe(this);
    } else {
      this.versusStart();
    }
  }

  // (Re)starts the widget: its painted card when there is one, else the live widget.
  async versusStart() {
    this.versusStop();
    const state = (this.versusState = { pressed: [] });
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    const container = document.createElement('div');
    // Hidden until the stylesheet arrives (or fails), so no unstyled flash.
    container.hidden = true;
    const styled = new Promise((done) => {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    }).then(() => {
      container.hidden = false;
    });
    root.replaceChildren(link, container);
    state.container = container;
    const catalog = catalogOf(this);
    const card = cardOf(this, catalog);
    const fetched = card && (await fetchCard(card.url));
    // A card painted in the catalog's language is no use to a widget asked for another
    // (`lang`): the live widget, which speaks it, shows instead.
    const asked = (this.getAttribute('lang') || '').trim().toLowerCase().split(/[-_]/)[0];
    const painted = (fetched?.lang || 'en').toLowerCase().split(/[-_]/)[0];
    const data = asked && asked !== painted ? undefined : fetched;
    if (state !== this.versusState) return;
    // Its words serve the notice if the live widget cannot load either.
    state.card = data;
    if (data) {
      try {
        state.app = paint(data, card.root, this);
      } catch {
        state.app = undefined; // not a card this facade can paint: the live widget shows it
      }
    }
    if (!state.app) return this.versusLive(state);
    container.append(state.app);
    state.app.addEventListener('click', selecting(card.root));
    const app = state.app;
    styled.then(() => {
      if (state === this.versusState) tell(app, 'ready', { kind: this.localName.slice(7), items: card.ids, catalog, lang: app.lang, painted: true });
    });
    // The reader reaches for the card: the live widget loads and takes over. Buttons
    // pressed before it is there are pressed again on it.
    state.intent = () => this.versusLive(state);
    for (const type of INTENT) this.addEventListener(type, state.intent, { passive: true });
    state.press = (event) => {
      const button = event.target.closest?.('button:not([disabled])');
      if (button) state.pressed.push(button);
    };
    root.addEventListener('click', state.press, { capture: true });
  }

  async versusLive(state) {
    if (state.going) return;
    state.going = true;
    for (const type of INTENT) this.removeEventListener(type, state.intent, { passive: true });
    prefetch(catalogOf(this));
    let glue;
    try {
      glue = await loadLive();
    } catch (error) {
      if (state !== this.versusState) return;
      // A painted card stays as it is, readable and with working links.
      if (state.app) return console.warn('Versus: the card stays static:', error);
      return failed(this, state.container, error, state.card);
    }
    if (state !== this.versusState) return;
    state.glue = glue;
    if (!state.app) {
      state.handle = glue.mount(this.localName, this, state.container);
      return;
    }
    // Rendered beside the painted card, which it replaces in one step once it shows the
    // same card: no empty box, no jump.
    const next = document.createElement('div');
    next.hidden = true;
    state.container.after(next);
    state.handle = glue.mount(this.localName, this, next);
    if (!(await shown(next)) || state !== this.versusState) {
      if (state === this.versusState) console.warn('Versus: the card stays static (the live widget shows an error)');
      return;
    }
    this.shadowRoot.removeEventListener('click', state.press, { capture: true });
    // What the reader did to the painted card is done again to the live one
    // (static/carry.js): ticked, moved, opened, pressed (in order), focused.
    const focus = await glue.carry(state.container, next, state.pressed, this.shadowRoot.activeElement);
    if (state !== this.versusState) return;
    next.hidden = false;
    state.container.remove();
    state.container = next;
    state.app = undefined;
    focus?.focus({ preventScroll: true });
  }

  attributeChangedCallback(name, before, after) {
    const state = this.versusState;
    if (!state || before === after) return;
    if (state.handle !== undefined) return state.glue.update(state.handle, this);
    // The painted card follows theme and compact; anything else is another card.
    if (state.app && (name === 'theme' || name === 'compact')) return present(state.app, this);
    this.versusStart();
  }

  versusStop() {
    const state = this.versusState;
    if (!state) return;
    this.versusState = undefined;
    for (const type of INTENT) this.removeEventListener(type, state.intent, { passive: true });
    this.shadowRoot?.removeEventListener('click', state.press, { capture: true });
    if (state.handle !== undefined) state.glue.unmount(state.handle);
  }

  disconnectedCallback() {
    if (this.versusObserver) {
      this.versusObserver.disconnect();
      this.versusObserver = undefined;
    }
    if (this.versusState) {
      this.versusStop();
      this.shadowRoot?.replaceChildren();
    }
  }
}

// Properties reflecting the attributes (versus.d.ts): what the widgets read, as they read
// it (`parse_items`, `parse_flag`, `parse_max`, `ThemeMode::parse`); setting one sets its
// attribute, null or undefined removes it.
const text = (value) => value ?? '';
const reflect = (target, properties) => {
  for (const [property, [attribute, read, write = String]] of Object.entries(properties)) {
    Object.defineProperty(target, property, {
      get() {
        return read(this.getAttribute(attribute));
      },
      set(value) {
        if (value === null || value === undefined || value === false) this.removeAttribute(attribute);
        else this.setAttribute(attribute, write(value));
      },
      configurable: true,
      enumerable: true,
    });
  }
};
reflect(VersusElement.prototype, {
  catalog: ['catalog', text],
  theme: ['theme', (value) => {
    const mode = value?.trim().toLowerCase();
    return Object.hasOwn(SCHEMES, mode ?? '') ? mode : 'light';
  }],
  compact: ['compact', (value) => value !== null && value.trim().toLowerCase() !== 'false', () => ''],
  maxCapabilities: ['max-capabilities', (value) => {
    const given = value?.trim() ?? '';
    return /^\+?\d+$/.test(given) && Number(given) > 0 ? Math.min(Number(given), 100) : null;
  }],
  loading: ['loading', (value) => (value?.trim().toLowerCase() === 'lazy' ? 'lazy' : 'eager')],
});
const elements = {
  'versus-compare': { items: ['items', (value) => text(value).split(/[,\s]+/).filter(Boolean), (value) => (Array.isArray(value) ? value.join(',') : String(value))] },
  'versus-artifact': { item: ['item', (value) => text(value).trim()] },
};
for (const [name, properties] of Object.entries(elements)) {
  if (customElements.get(name)) continue;
  const element = class extends VersusElement {};
  reflect(element.prototype, properties);
  customElements.define(name, element);
}

