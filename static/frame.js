// The iframe fallback's page (embed.html): one widget, from the page's query:
//   embed.html?items=a,b   embed.html?item=x   plus &theme=dark|auto, &compact,
//   &max-capabilities=N, &catalog=URL, &lang=TAG (a built-in language, as the attribute)
// It paints the pre-rendered card like any host page (versus.js), sets `color-scheme` so
// no white box shows behind a dark card, and posts `{type: "versus:height", height}` to
// the parent whenever its size changes and whenever the parent asks with
// `{type: "versus:measure"}` (static/examples/iframe-resize.js sizes the frame). What the
// widget tells its page (`versus:ready`, `select`, `change`, `error`, docs/hosts.md) goes
// to the parent as `{type: "versus:event", event, detail}`, which iframe-resize.js
// dispatches on the iframe element (not cancelable: the frame cannot wait for an answer).
import './versus.js';

const query = new URLSearchParams(location.search);
const element = document.createElement(query.has('item') ? 'versus-artifact' : 'versus-compare');
for (const name of ['items', 'item', 'catalog', 'theme', 'compact', 'max-capabilities', 'lang']) {
  const value = query.get(name);
  if (value !== null) element.setAttribute(name, value);
}
const theme = (query.get('theme') ?? '').trim().toLowerCase();
document.documentElement.style.setProperty('color-scheme', { dark: 'dark', auto: 'light dark' }[theme] ?? 'light');
document.body.style.setProperty('margin', '0');
document.body.append(element);

const post = () => {
  // Only a height crosses: nothing secret, so any parent origin may read it.
  const height = Math.ceil(element.getBoundingClientRect().height);
  if (parent !== window) parent.postMessage({ type: 'versus:height', height }, '*');
};
new ResizeObserver(post).observe(element);
addEventListener('message', (event) => {
  if (event.data?.type === 'versus:measure') post();
});
// The details are what the card shows (ids, the catalog's address, the reader's weights):
// nothing the frame keeps from any parent.
for (const name of ['versus:ready', 'versus:select', 'versus:change', 'versus:error']) {
  element.addEventListener(name, (event) => {
    if (parent !== window) parent.postMessage({ type: 'versus:event', event: name, detail: event.detail }, '*');
  });
}
// The card's title names the frame's page.
customElements.whenDefined(element.localName).then(() => {
  const title = () => element.shadowRoot?.querySelector('h1')?.textContent;
  const named = new MutationObserver(() => {
    if (!title()) return;
    document.title = title();
    named.disconnect();
  });
  if (element.shadowRoot) named.observe(element.shadowRoot, { childList: true, subtree: true });
});
