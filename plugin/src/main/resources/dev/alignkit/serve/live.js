// Injected by `mvn align:serve` only: reloads the page after a rebuild and shows build errors as an overlay.
(function () {
  var overlay = null;
  function showErrors(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'alignkit-error-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,30,.92);color:#fff;' +
        'font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'Alignkit: the last change does not build. The page shows the last good version.\n\n' + text;
  }
  var events = new EventSource('/__alignkit/events');
  events.onopen = function () { document.documentElement.setAttribute('data-alignkit-live', 'connected'); };
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('failed', function (e) { showErrors(JSON.parse(e.data)); });
  events.addEventListener('ok', function () {
    if (overlay) { overlay.remove(); overlay = null; }
  });
})();
