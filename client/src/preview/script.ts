// The preview webview's script, inlined into the page with the per-render nonce (a plain string:
// the bundler's helpers must not leak into it). It patches `#pm-root` on `update` messages
// (one innerHTML swap, scroll position kept: no flicker), syncs scrolling both ways by the
// renderer's `data-line` attributes, and reports clicks on lines. Messages:
//   in:  {type:'update', html, line?}  {type:'scrollTo', line}
//   out: {type:'ready'}  {type:'revealLine', line}  {type:'clickLine', line}
export const PREVIEW_SCRIPT = String.raw`
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var root = document.getElementById('pm-root');
  var settings = {};
  try { settings = JSON.parse(document.getElementById('pm-settings').getAttribute('data-settings') || '{}'); } catch (e) { settings = {}; }
  var state = vscode.getState() || {};
  var ignoreScrollUntil = 0;
  var lastReported = -1;
  var pending = false;

  function lineOf(el) { return Number(el.getAttribute('data-line')); }
  function elements() {
    var list = root ? root.querySelectorAll('[data-line]') : [];
    var out = [];
    for (var i = 0; i < list.length; i++) if (!isNaN(lineOf(list[i]))) out.push(list[i]);
    return out;
  }
  function topOf(el) { return el.getBoundingClientRect().top + window.scrollY; }
  function saveState(line) {
    state = { uri: settings.uri, line: line };
    vscode.setState(state);
  }

  // Editor line -> preview offset: interpolate between the elements around the line.
  function scrollToLine(line) {
    var els = elements();
    if (!els.length) return;
    var prev = null, next = null;
    for (var i = 0; i < els.length; i++) {
      if (lineOf(els[i]) <= line) prev = els[i]; else { next = els[i]; break; }
    }
    var y;
    if (!prev) {
      var firstLine = lineOf(next);
      y = firstLine > 0 ? topOf(next) * Math.max(0, line) / firstLine : 0;
      if (line <= 0) y = 0;
    } else if (next) {
      var a = lineOf(prev), b = lineOf(next), ta = topOf(prev), tb = topOf(next);
      y = ta + (tb - ta) * (b > a ? (line - a) / (b - a) : 0);
    } else {
      y = topOf(prev);
    }
    ignoreScrollUntil = Date.now() + 200;
    window.scrollTo(0, Math.max(0, Math.round(y) - 8));
    saveState(line);
  }

  // Preview offset -> editor line (the inverse interpolation).
  function lineAtTop() {
    var els = elements();
    if (!els.length) return 0;
    var top = window.scrollY + 8;
    if (window.scrollY <= 0) return 0;
    var prev = null, next = null;
    for (var i = 0; i < els.length; i++) {
      if (topOf(els[i]) <= top) prev = els[i]; else { next = els[i]; break; }
    }
    if (!prev) {
      var t = topOf(next);
      return t > 0 ? Math.floor(lineOf(next) * top / t) : 0;
    }
    if (!next) return lineOf(prev);
    var a = lineOf(prev), b = lineOf(next), ta = topOf(prev), tb = topOf(next);
    return Math.floor(a + (b - a) * (tb > ta ? (top - ta) / (tb - ta) : 0));
  }

  window.addEventListener('scroll', function () {
    if (Date.now() < ignoreScrollUntil || pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      if (Date.now() < ignoreScrollUntil) return;
      var line = lineAtTop();
      saveState(line);
      if (line === lastReported) return;
      lastReported = line;
      vscode.postMessage({ type: 'revealLine', line: line });
    });
  }, { passive: true });

  document.addEventListener('click', function (e) {
    var sel = window.getSelection && window.getSelection();
    if (sel && !sel.isCollapsed) return;
    var el = e.target;
    while (el && el !== root && !(el.hasAttribute && el.hasAttribute('data-line'))) el = el.parentElement;
    if (!el || el === root) return;
    vscode.postMessage({ type: 'clickLine', line: lineOf(el) });
  });

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update' && typeof m.html === 'string' && root) {
      var y = window.scrollY;
      ignoreScrollUntil = Date.now() + 200;
      root.innerHTML = m.html;
      window.scrollTo(0, y);
      if (typeof m.line === 'number') scrollToLine(m.line);
    } else if (m.type === 'scrollTo' && typeof m.line === 'number') {
      scrollToLine(m.line);
    }
  });

  var initial = typeof state.line === 'number' ? state.line : settings.line;
  saveState(typeof initial === 'number' ? initial : 0); // the serializer restores the preview from this
  if (typeof initial === 'number') scrollToLine(initial);
  vscode.postMessage({ type: 'ready' });
})();
`;
