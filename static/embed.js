/* The CSTO explorer's host script: include it once on a page that embeds the explorer in an
 * iframe, and each such iframe takes the height of its content, following every change (a
 * record opened, another track, another language). No dependencies; about 2 KB.
 *
 *   <iframe src="https://…/csto/?embed=1" title="…" loading="lazy" style="width:100%;border:0"
 *           height="900" data-csto-explorer></iframe>
 *   <script src="https://…/csto/embed.js" async></script>
 *
 * Only messages from the iframe's own window and origin are obeyed, and only a plain height
 * in pixels (the Datawrapper, Flourish or AMP format, whichever arrives).
 *
 * Opt-in view sync: an iframe with `sync=1` in its address and a `data-csto-sync="csto"`
 * attribute tells this page each view the reader opens, as
 *   {"type": "csto-explorer:view", "version": 1, "query": "item=uzb-suspended&date=1999-12-31"}
 * and this script keeps that view in the article's own address (`?csto=item%3D…`, replacing
 * the history entry, never adding one); when the article is opened with it, the iframe opens
 * that view. Only the view's own parameters (item, date, track, span, theme, lang) pass, each
 * only when it matches its grammar (an id, an ISO date, a span of two, or a fixed list). */
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

  var VIEW_KEYS = ['item', 'date', 'track', 'span', 'theme', 'lang'];
  /* Each view parameter's own grammar: a value that does not match it is never written into
   * the article's address nor into the iframe's. */
  var DAY = '\\d{4}-\\d{2}-\\d{2}';
  var GRAMMAR = {
    item: /^[A-Za-z0-9-]{1,64}$/,
    date: new RegExp('^' + DAY + '$'),
    track: /^(collective|bilateral)$/,
    span: new RegExp('^' + DAY + '\\.\\.' + DAY + '$'),
    theme: /^(auto|light|dark)$/,
    lang: /^[a-z]{2}$/
  };

  /** The view parameters in a query string that match their grammar, and nothing else. */
  function viewOf(query) {
    var from = new URLSearchParams(typeof query === 'string' ? query : '');
    var view = new URLSearchParams();
    VIEW_KEYS.forEach(function (key) {
      var value = from.get(key);
      if (value !== null && GRAMMAR[key].test(value)) view.set(key, value);
    });
    return view;
  }

  function frameOf(event) {
    var frames = document.querySelectorAll('iframe[data-csto-explorer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { continue; }
      if (frame.contentWindow === event.source && origin === event.origin) return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    var h = heightOf(data);
    var isView = data && typeof data === 'object' && data.type === 'csto-explorer:view' &&
      data.version === 1 && typeof data.query === 'string';
    var isReady = data && typeof data === 'object' && data.type === 'csto-explorer:ready';
    if (h === null && !isView && !isReady) return;
    var frame = frameOf(event);
    if (!frame) return;
    if (h !== null) {
      frame.style.height = h + 'px';
      return;
    }
    var key = frame.getAttribute('data-csto-sync');
    if (!key) return;
    // The explorer posts its view only to a host that answers its ready with hello, and then
    // only to that host's origin.
    if (isReady) {
      frame.contentWindow.postMessage({ type: 'csto-explorer:hello', version: 1 }, event.origin);
      return;
    }
    var here = new URL(location.href);
    var view = viewOf(data.query).toString();
    if (view) here.searchParams.set(key, view); else here.searchParams.delete(key);
    if (here.href !== location.href) history.replaceState(history.state, '', here.href);
  });

  /** Opens each synced iframe at the view the article's address keeps for it. */
  function restore() {
    var frames = document.querySelectorAll('iframe[data-csto-explorer][data-csto-sync]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var kept = new URLSearchParams(location.search).get(frame.getAttribute('data-csto-sync'));
      if (!kept) continue;
      var src;
      try { src = new URL(frame.src, location.href); } catch (e) { continue; }
      VIEW_KEYS.forEach(function (key) { src.searchParams.delete(key); });
      viewOf(kept).forEach(function (value, key) { src.searchParams.set(key, value); });
      src.searchParams.set('embed', '1');
      src.searchParams.set('sync', '1');
      if (src.href !== frame.src) frame.src = src.href;
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', restore);
  } else {
    restore();
  }
})();
