/*
 * Alignkit site script: the search in the header, the filters on the index and the actions ledger, and the live
 * checklists.
 * Plain ES2017, no build step, no network: the search index is search-index.js, loaded with a <script> tag
 * before this file (browsers refuse fetch() on file://), and MiniSearch comes from assets/vendor/minisearch.js.
 * Everything here only enhances the pages: without JavaScript the search and filters stay hidden and the
 * checklists show disabled boxes. Every label comes from the page (data-* attributes filled from i18n/); labels
 * with counts come compiled by the build, so that plurals written by translators work here too.
 */
(function () {
  'use strict';

  var root = document.body.getAttribute('data-root') || '';

  /*
   * Labels with counts (data-label, data-results...) are compiled by the build from their MessageFormat pattern
   * (dev.alignkit.render.ClientLabel, which documents the same contract), so this script never reads a pattern:
   *   label = {"group": grouping separator or "", "parts": parts}
   *   parts = [part, ...] joined;  part = "literal text"
   *     | n: argument n (a number with "group" every three digits, a string as it is, a missing one as {n})
   *     | {"arg": n, "cases": [[limit, parts], ...]}: a choice on argument n; cases run from the highest limit
   *       down, the first whose limit is <= the argument is taken, else the last; a null limit is minus infinity.
   */
  function label(json) {
    try {
      var compiled = JSON.parse(json || '');
      if (compiled && Array.isArray(compiled.parts)) {
        return compiled;
      }
    } catch (e) {
      // Not compiled (a template that still writes a raw label): shown as it is rather than not at all.
    }
    return { group: '', parts: [String(json || '')] };
  }

  /** The label with the arguments (counts, or the search query) put in. */
  function format(compiled, args) {
    return text(compiled.parts, args, compiled.group);
  }

  function text(parts, args, group) {
    return parts.map(function (part) {
      if (typeof part === 'string') {
        return part;
      }
      if (typeof part === 'number') {
        return argument(args, part, group);
      }
      var value = args[part.arg];
      if (typeof value !== 'number') {
        return '{' + part.arg + '}';
      }
      var chosen = part.cases.find(function (c) { return c[0] === null || c[0] <= value; }) || part.cases[part.cases.length - 1];
      return chosen ? text(chosen[1], args, group) : '';
    }).join('');
  }

  function argument(args, index, group) {
    var value = args[index];
    if (value === undefined) {
      return '{' + index + '}';
    }
    if (typeof value !== 'number') {
      return String(value);
    }
    var digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return (value < 0 ? '-' : '') + digits;
  }

  /** Lower case without accents, so "ubersicht" finds "Übersicht". Used for indexing and searching. */
  function normalize(term) {
    return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function parseList(json) {
    try {
      var list = JSON.parse(json || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function queryParam(name) {
    try {
      return new URLSearchParams(window.location.search).get(name) || '';
    } catch (e) {
      return '';
    }
  }

  /* ---------- Search ---------- */

  var MAX_RESULTS = 20;

  function initSearch() {
    var box = document.querySelector('[data-search]');
    if (!box || typeof window.MiniSearch !== 'function') {
      return;
    }
    var form = box.querySelector('form');
    var input = box.querySelector('.search-input');
    var panel = box.querySelector('.search-panel');
    var list = box.querySelector('.search-results');
    var count = box.querySelector('.search-count');
    var status = box.querySelector('[role="status"]');
    var labels = box.dataset;
    var resultsLabel = label(labels.results);
    var topResultsLabel = label(labels.topResults);
    var noResultsLabel = label(labels.noResults);

    // The index is loaded when the box is first used; it is grouped by kit to stay small:
    // [kind, title, text, page in the kit's folder, phase?].
    var entries = null;
    var loading = false;
    // Session titles by page, so a prompt or agenda item can say which session it belongs to.
    var sessionTitles = {};
    function load() {
      if (entries || loading) {
        return;
      }
      loading = true;
      var script = document.createElement('script');
      script.src = box.getAttribute('data-index');
      script.onload = function () {
        entries = [];
        (window.alignkitSearchIndex || []).forEach(function (kit) {
          kit.entries.forEach(function (e) {
            entries.push({ kind: e[0], title: e[1], text: e[2], url: kit.url + e[3], kit: e.length > 4 ? kit.kit + ' · ' + e[4] : kit.kit });
          });
        });
        entries.forEach(function (e) {
          if (e.kind === 'session') {
            sessionTitles[e.url] = e.title;
          }
        });
        render();
      };
      script.onerror = function () {
        loading = false;
      };
      document.head.appendChild(script);
    }

    var mini = null;
    function index() {
      if (!mini) {
        mini = new window.MiniSearch({
          idField: 'n',
          fields: ['title', 'text', 'kit'],
          processTerm: normalize
        });
        mini.addAll(entries.map(function (e, n) {
          return { n: n, title: e.title, text: e.text, kit: e.kit };
        }));
      }
      return mini;
    }

    function search(query) {
      var options = {
        prefix: true,
        fuzzy: 0.2,
        boost: { title: 3, kit: 0.5 },
        combineWith: 'AND',
        boostDocument: function (n) {
          var kind = entries[n].kind;
          return kind === 'kit' || kind === 'session' ? 1.3 : 1;
        }
      };
      var results = index().search(query, options);
      if (!results.length) {
        options.combineWith = 'OR';
        results = index().search(query, options);
      }
      return results;
    }

    /** The title as text nodes, with the words that matched in <mark>. */
    function highlighted(text, terms) {
      var fragment = document.createDocumentFragment();
      var matched = {};
      terms.forEach(function (t) { matched[t] = true; });
      text.split(/([\s.,;:!?()[\]{}"'“”„‚‘’«»–—\/-]+)/).forEach(function (part) {
        if (!part) {
          return;
        }
        if (matched[normalize(part)]) {
          var mark = document.createElement('mark');
          mark.textContent = part;
          fragment.appendChild(mark);
        } else {
          fragment.appendChild(document.createTextNode(part));
        }
      });
      return fragment;
    }

    function context(entry) {
      if (entry.kind === 'kit') {
        return '';
      }
      var page = entry.url.split('#')[0];
      if (entry.kind !== 'session' && sessionTitles[page]) {
        return entry.kit + ' › ' + sessionTitles[page];
      }
      return entry.kit;
    }

    function span(className, content) {
      var element = document.createElement('span');
      element.className = className;
      if (typeof content === 'string') {
        element.textContent = content;
      } else {
        element.appendChild(content);
      }
      return element;
    }

    function open() {
      panel.hidden = false;
      box.classList.add('is-open');
    }

    function close() {
      panel.hidden = true;
      box.classList.remove('is-open');
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a'));
    }

    function render() {
      var query = input.value.trim();
      if (!entries) {
        if (query) {
          load();
        }
        return;
      }
      list.textContent = '';
      if (!query) {
        count.textContent = '';
        status.textContent = '';
        close();
        return;
      }
      var results = search(query);
      results.slice(0, MAX_RESULTS).forEach(function (result) {
        var entry = entries[result.id];
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.className = 'search-hit';
        link.href = root + entry.url;
        link.setAttribute('data-kind', entry.kind);
        link.appendChild(span('search-kind kind-' + entry.kind, labels['kind' + entry.kind.charAt(0).toUpperCase() + entry.kind.slice(1)] || entry.kind));
        link.appendChild(span('search-title', highlighted(entry.title, result.terms)));
        var where = context(entry);
        if (where) {
          link.appendChild(span('search-context', where));
        }
        item.appendChild(link);
        list.appendChild(item);
      });
      var message = results.length === 0 ? format(noResultsLabel, [query])
        : results.length > MAX_RESULTS ? format(topResultsLabel, [MAX_RESULTS, results.length])
        : format(resultsLabel, [results.length]);
      count.textContent = message;
      status.textContent = message;
      open();
    }

    input.addEventListener('input', render);
    input.addEventListener('focus', function () {
      load();
      if (input.value.trim() && entries) {
        open();
      }
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && links().length) {
        event.preventDefault();
        open();
        links()[0].focus();
      } else if (event.key === 'Escape') {
        if (!panel.hidden) {
          close();
        } else {
          input.value = '';
          render();
        }
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var first = links()[0];
      if (first) {
        close();
        window.location.href = first.href;
      }
    });
    list.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var next = at + (event.key === 'ArrowDown' ? 1 : -1);
        if (next < 0) {
          input.focus();
        } else if (next < all.length) {
          all[next].focus();
        }
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        all[event.key === 'Home' ? 0 : all.length - 1].focus();
      } else if (event.key === 'Escape') {
        input.focus();
        close();
      }
    });
    list.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('a')) {
        close();
      }
    });
    // Closes on a click or tap elsewhere, and when the focus leaves the search (Tab).
    document.addEventListener('pointerdown', function (event) {
      if (!box.contains(event.target)) {
        close();
      }
    });
    box.addEventListener('focusout', function (event) {
      if (event.relatedTarget && !box.contains(event.relatedTarget)) {
        close();
      }
    });

    box.hidden = false;
    // index.html?q=... (the form's own address, used when the script was not ready yet).
    var initial = queryParam('q');
    if (initial) {
      input.value = initial;
      render();
    }
  }

  /* ---------- Filter forms ---------- */

  /**
   * A form of select boxes that hides the items no selected value matches, says how many are shown, and reads its
   * preselection from the address (?tag=...&owner=...), so that a filtered list can be linked to. The index filters
   * its kit cards by tag, department and format; the actions ledger filters its rows by owner, kit and status.
   */
  function initFilterForm(form, selects, items, matches) {
    var status = form.querySelector('[data-filter-status]');
    var statusLabel = label(form.getAttribute('data-label'));
    var empty = document.querySelector('[data-filter-empty]');

    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        var visible = selects.every(function (select) {
          return !select.value || matches(item, select);
        });
        item.element.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      status.textContent = format(statusLabel, [shown, items.length]);
      if (empty) {
        empty.hidden = shown > 0;
      }
    }

    selects.forEach(function (select) {
      var wanted = queryParam(select.name);
      if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
        select.value = wanted;
      }
    });
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () {
      window.setTimeout(apply, 0);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    apply();
  }

  /* ---------- Filters on the index ---------- */

  function initFilters() {
    var form = document.getElementById('filters');
    if (!form) {
      return;
    }
    var cards = Array.prototype.slice.call(document.querySelectorAll('.kit-card')).map(function (card) {
      return {
        element: card,
        tags: parseList(card.getAttribute('data-tags')),
        departments: parseList(card.getAttribute('data-departments')),
        formats: parseList(card.getAttribute('data-formats'))
      };
    });
    initFilterForm(form, Array.prototype.slice.call(form.querySelectorAll('select[data-filter]')), cards, function (card, select) {
      return card[select.getAttribute('data-filter')].indexOf(select.value) >= 0;
    });
  }

  /* ---------- Filters of the actions ledger ---------- */

  function initActionFilters() {
    var form = document.getElementById('action-filters');
    if (!form) {
      return;
    }
    var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-action]')).map(function (row) {
      return { element: row };
    });
    initFilterForm(form, Array.prototype.slice.call(form.querySelectorAll('select[data-action-filter]')), rows, function (row, select) {
      return row.element.getAttribute('data-' + select.getAttribute('data-action-filter')) === select.value;
    });
    // "My actions": with an owner chosen, the page (and its printout) is headed with their name
    var heading = document.querySelector('[data-print-owner]');
    var owner = form.querySelector('select[data-action-filter="owner"]');
    if (!heading || !owner) {
      return;
    }
    var headingLabel = label(heading.getAttribute('data-label'));
    function showOwner() {
      heading.textContent = owner.value ? format(headingLabel, [owner.value]) : '';
      heading.hidden = !owner.value;
    }
    form.addEventListener('change', showOwner);
    form.addEventListener('reset', function () {
      window.setTimeout(showOwner, 0);
    });
    showOwner();
  }

  /* ---------- Live checklists ---------- */

  function storage() {
    try {
      var probe = 'alignkit:probe';
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      // Storage refused (privacy settings): ticking still works for this page view.
      var memory = {};
      return {
        getItem: function (k) { return Object.prototype.hasOwnProperty.call(memory, k) ? memory[k] : null; },
        setItem: function (k, v) { memory[k] = String(v); },
        removeItem: function (k) { delete memory[k]; }
      };
    }
  }

  function initChecklists() {
    var lists = document.querySelectorAll('[data-checklist]');
    if (!lists.length) {
      return;
    }
    var store = storage();
    var key = 'alignkit:ticks:' + lists[0].getAttribute('data-checklist');
    var boxes = Array.prototype.slice.call(document.querySelectorAll('.task-check[data-task]'));

    function load() {
      try {
        var ticks = JSON.parse(store.getItem(key) || '{}');
        return ticks && typeof ticks === 'object' ? ticks : {};
      } catch (e) {
        return {};
      }
    }

    function save(ticks) {
      try {
        if (Object.keys(ticks).length) {
          store.setItem(key, JSON.stringify(ticks));
        } else {
          store.removeItem(key);
        }
      } catch (e) {
        // Full or refused: the tick stays on the page.
      }
    }

    function mark(box) {
      var task = box.closest('.task');
      if (task) {
        task.classList.toggle('is-done', box.checked);
      }
    }

    var scopes = Array.prototype.slice.call(document.querySelectorAll('[data-checklist-scope]')).map(function (scope) {
      return {
        boxes: Array.prototype.slice.call(scope.querySelectorAll('.task-check[data-task]')),
        bar: scope.querySelector('[data-checklist-bar]'),
        text: scope.querySelector('[data-checklist-progress]'),
        label: label((scope.querySelector('[data-checklist-progress]') || scope).getAttribute('data-label')),
        fill: scope.querySelector('.checklist-meter-fill'),
        reset: scope.querySelector('[data-checklist-reset]'),
        status: scope.querySelector('[data-checklist-bar] [role="status"]')
      };
    });

    function progress() {
      scopes.forEach(function (scope) {
        var done = scope.boxes.filter(function (b) { return b.checked; }).length;
        var total = scope.boxes.length;
        if (scope.text) {
          scope.text.textContent = format(scope.label, [done, total]);
        }
        if (scope.fill) {
          scope.fill.style.width = (total ? Math.round(100 * done / total) : 0) + '%';
        }
        if (scope.reset) {
          scope.reset.disabled = done === 0;
        }
      });
    }

    function sync() {
      var ticks = load();
      boxes.forEach(function (box) {
        box.checked = ticks[box.getAttribute('data-task')] === true;
        mark(box);
      });
      progress();
    }

    boxes.forEach(function (box) {
      box.setAttribute('autocomplete', 'off');
      box.disabled = false;
      box.addEventListener('change', function () {
        var ticks = load();
        if (box.checked) {
          ticks[box.getAttribute('data-task')] = true;
        } else {
          delete ticks[box.getAttribute('data-task')];
        }
        save(ticks);
        mark(box);
        progress();
      });
    });

    scopes.forEach(function (scope) {
      if (scope.bar) {
        scope.bar.hidden = false;
      }
      if (scope.reset) {
        scope.reset.addEventListener('click', function () {
          var ticks = load();
          scope.boxes.forEach(function (box) {
            delete ticks[box.getAttribute('data-task')];
          });
          save(ticks);
          sync();
          if (scope.status) {
            scope.status.textContent = scope.reset.getAttribute('data-done');
          }
          var first = scope.boxes[0];
          if (first) {
            first.focus();
          }
        });
      }
    });

    // Another tab of the same kit ticked something.
    window.addEventListener('storage', function (event) {
      if (event.key === key) {
        sync();
      }
    });
    // Back/forward cache: the page comes back as it was left, the ticks may have changed since.
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        sync();
      }
    });
    sync();
  }

  function start() {
    document.documentElement.classList.add('js');
    initSearch();
    initFilters();
    initActionFilters();
    initChecklists();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
