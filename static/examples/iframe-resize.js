// Sizes Versus iframes (iframe[data-versus]) from the height messages they post.
// Include with data-origin="https://your-versus-host.example" (or "same" for this origin);
// messages from any other origin, or for another frame, are ignored.
(function () {
  var script = document.currentScript;
  var wanted = script && script.getAttribute('data-origin');
  var origin = !wanted || wanted === 'same' ? window.location.origin : wanted;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'versus:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-versus]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].height = String(Math.ceil(data.height));
    }
  });
})();
