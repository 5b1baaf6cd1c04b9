// The host's own dark-mode switch: flips the `theme` property (and so the attribute) of
// every widget live.
document.getElementById('toggle-theme')?.addEventListener('click', () => {
  const dark = document.body.classList.toggle('dark');
  for (const widget of document.querySelectorAll('versus-compare, versus-artifact')) {
    widget.theme = dark ? 'dark' : 'light';
  }
});

// What the page hears from the widgets (docs/hosts.md), one line per event, as text.
const log = document.getElementById('event-log');
const summary = {
  'versus:ready': (d) => `${d.kind} ${d.items.join(' vs ')} shown${d.painted ? ' (pre-rendered)' : ''}`,
  'versus:select': (d) => `reader follows a link to ${d.kind} ${d.items.join(' vs ')}`,
  'versus:change': (d) => `reader changed the ${d.reason}: ${d.items.join(', ')}`,
  'versus:error': (d) => `${d.reason}: ${[...d.unknown, ...d.paths].join(', ') || d.messages[0] || d.catalog}`,
};
for (const [type, describe] of Object.entries(summary)) {
  document.addEventListener(type, (event) => {
    const line = document.createElement('li');
    line.textContent = `${type} from <${event.target.localName}>: ${describe(event.detail)}`;
    log?.append(line);
  });
}
