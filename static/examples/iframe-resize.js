// Sizes Versus iframes (iframe[data-versus]) from the height messages they post, and
// dispatches the widget's events (versus:ready, versus:select, versus:change,
// versus:error; docs/hosts.md) on the iframe element, bubbling, so the page hears them as
// it would from a <versus-compare> (not cancelable: the link opens inside the frame).
// Include with data-origin="https://your-versus-host.example" (or "same" for this origin);
// messages from any other origin, or for another frame, are ignored. Frames that rendered
// before this script ran are asked to measure again, so the order of loading never matters.
(function () {
  var script = document.currentScript;
  var wanted = script && script.getAttribute('data-origin');
  var origin = !wanted || wanted === 'same' ? window.location.origin : wanted;
  var EVENTS = ['versus:ready', 'versus:select', 'versus:change', 'versus:error'];
  function frames() { return document.querySelectorAll('iframe[data-versus]'); }
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'versus:measure' }, origin);
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    var sized = data && data.type === 'versus:height' && typeof data.height === 'number';
    var told = data && data.type === 'versus:event' && EVENTS.indexOf(data.event) >= 0;
    if (!sized && !told) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow !== event.source) continue;
      if (sized) all[i].height = String(Math.ceil(data.height));
      else all[i].dispatchEvent(new CustomEvent(data.event, { bubbles: true, detail: data.detail }));
    }
  });
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    all[i].addEventListener('load', function (event) { ask(event.target); });
    ask(all[i]);
  }
})();
