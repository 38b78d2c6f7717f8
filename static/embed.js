/* The CSTO explorer's host script: include it once on a page that embeds the explorer in an
 * iframe, and each such iframe takes the height of its content, following every change (a
 * record opened, another track, another language). No dependencies; about 1 KB.
 *
 *   <iframe src="https://…/csto/?embed=1" title="…" loading="lazy" style="width:100%;border:0"
 *           height="900" data-csto-explorer></iframe>
 *   <script src="https://…/csto/embed.js" async></script>
 *
 * Only messages from the iframe's own window and origin are obeyed, and only a plain height
 * in pixels (the Datawrapper, Flourish or AMP format, whichever arrives). */
(function () {
  'use strict';
  if (window.cstoExplorerHost) return;
  window.cstoExplorerHost = true;

  function heightOf(data) {
    if (!data || typeof data !== 'object') return null;
    var h = null;
    if (data['datawrapper-height'] && typeof data['datawrapper-height'] === 'object') {
      h = data['datawrapper-height']['csto-explorer'];
    } else if (data.sender === 'Flourish' && data.method === 'resize') {
      h = data.height;
    } else if (data.sentinel === 'amp' && data.type === 'embed-size') {
      h = data.height;
    }
    return typeof h === 'number' && isFinite(h) && h >= 50 && h <= 20000 ? Math.ceil(h) : null;
  }

  window.addEventListener('message', function (event) {
    var h = heightOf(event.data);
    if (h === null) return;
    var frames = document.querySelectorAll('iframe[data-csto-explorer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { continue; }
      if (frame.contentWindow === event.source && origin === event.origin) {
        frame.style.height = h + 'px';
        return;
      }
    }
  });
})();
