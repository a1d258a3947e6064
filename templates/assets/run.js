/*
 * Alignkit run mode: the timer of a session's run page (<session>.run.html), and the ticks of a pulse's launch list.
 * Plain ES2017, no network, no build step; works from file:// and over HTTP.
 *
 * Everything it shows comes from the page: each block's minutes and planned clock times are data attributes that
 * the build wrote, labels too (those with a {0} compiled like site.js's). The state lives in localStorage under the
 * page's data-run key (one per kit and session), so it survives a reload; every change is also sent on a
 * BroadcastChannel of that name, and the storage event carries it where BroadcastChannel does not reach, so the
 * presenter window and the audience window (the same page with ?view=audience) stay in step.
 *
 * Time is read through now() alone, which is Date.now(): the tests replace Date.now before the page loads.
 *
 * The schedule: the session started when Start was first pressed; pauses, added minutes and blocks ended early or
 * late move its projected end, and "ahead"/"behind" is that projected end against the start plus the planned
 * minutes of all blocks.
 */
(function () {
  'use strict';

  var main = document.querySelector('[data-run]');
  if (!main) {
    return;
  }
  document.documentElement.classList.add('js');
  var key = main.getAttribute('data-run');
  var audience = /(?:^|[?&])view=audience(?:&|$)/.test(location.search.slice(1));
  if (audience) {
    document.documentElement.classList.add('run-audience');
    // The projector shows no facilitator material: removed, not hidden, so nothing of it can be selected or read.
    Array.prototype.forEach.call(document.querySelectorAll('.facilitator-only'), function (el) {
      el.parentNode.removeChild(el);
    });
  }

  var MINUTE = 60000;
  /* The warning colour at 20 % of a block's time left, the urgent one at 5 %. */
  var WARN = 0.2;
  var URGENT = 0.05;
  /* Within half a minute of the plan is on time. */
  var ON_TIME = 30000;

  function now() {
    return Date.now();
  }

  function read(name) {
    try {
      return window.localStorage.getItem(name);
    } catch (e) {
      return null;
    }
  }

  function write(name, value) {
    try {
      window.localStorage.setItem(name, value);
    } catch (e) {
      // Storage full or refused (a private window): the run goes on, it only does not survive a reload.
    }
  }

  function parse(json) {
    try {
      return JSON.parse(json);
    } catch (e) {
      return null;
    }
  }

  function launchList() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll('[data-launch]'));
    if (!boxes.length) {
      return;
    }
    var name = key + ':launch';
    function show(json) {
      var ticked = parse(json);
      ticked = Array.isArray(ticked) ? ticked : [];
      boxes.forEach(function (box) {
        box.checked = ticked.indexOf(box.getAttribute('data-launch')) >= 0;
      });
    }
    show(read(name));
    boxes.forEach(function (box) {
      box.addEventListener('change', function () {
        write(name, JSON.stringify(boxes.filter(function (b) { return b.checked; })
          .map(function (b) { return b.getAttribute('data-launch'); })));
      });
    });
    window.addEventListener('storage', function (e) {
      if (e.key === name) {
        show(e.newValue);
      }
    });
  }

  launchList();
  if (!document.body.classList.contains('run-timed')) {
    return;
  }

  /* Labels with a {0}, compiled by the build (see site.js and dev.alignkit.render.ClientLabel). */
  function label(name) {
    var compiled = parse(main.getAttribute('data-label-' + name) || '');
    return compiled && Array.isArray(compiled.parts) ? compiled : { parts: [main.getAttribute('data-label-' + name) || ''] };
  }

  function format(compiled, value) {
    return compiled.parts.map(function (part) {
      return typeof part === 'string' ? part : typeof part === 'number' ? value : '';
    }).join('');
  }

  var labels = {
    ahead: label('ahead'),
    behind: label('behind'),
    over: label('over'),
    now: label('now')
  };

  function text(name) {
    return main.getAttribute('data-label-' + name) || '';
  }

  var blocks = Array.prototype.map.call(main.querySelectorAll('[data-block]'), function (el) {
    return {
      el: el,
      ms: Math.max(0, Number(el.getAttribute('data-minutes')) || 0) * MINUTE,
      title: (el.querySelector('[data-block-title]') || el).textContent.trim(),
      duration: el.getAttribute('data-duration') || '',
      plannedStart: el.getAttribute('data-planned-start')
    };
  });
  if (!blocks.length) {
    return;
  }
  var planned = blocks.reduce(function (sum, b) { return sum + b.ms; }, 0);

  var sharedPrompts = main.querySelector('[data-shared-prompts]');
  var countdown = main.querySelector('[data-countdown]');
  var clock = main.querySelector('[data-clock]');
  var elapsedOut = main.querySelector('[data-elapsed]');
  var remainingOut = main.querySelector('[data-remaining]');
  var offsetOut = main.querySelector('[data-offset]');
  var nextOut = main.querySelector('[data-next]');
  var announce = main.querySelector('[data-announce]');
  var toggle = main.querySelector('[data-action="toggle"]');
  [countdown, main.querySelector('[data-status]'), main.querySelector('[data-controls]')].forEach(function (el) {
    if (el) {
      el.hidden = false;
    }
  });

  function zeros() {
    return blocks.map(function () { return 0; });
  }

  function fresh() {
    return { index: 0, running: false, since: null, startedAt: null, used: zeros(), extra: zeros() };
  }

  function numbers(list) {
    return Array.isArray(list) && list.length === blocks.length && list.every(function (n) {
      return typeof n === 'number' && isFinite(n);
    });
  }

  /** A stored or received state, if it fits this page's blocks; anything else is ignored. */
  function valid(s) {
    return s && typeof s === 'object' && typeof s.index === 'number' && s.index >= 0 && s.index < blocks.length &&
      Math.floor(s.index) === s.index && typeof s.running === 'boolean' && numbers(s.used) && numbers(s.extra) &&
      (s.since === null || typeof s.since === 'number') && (s.startedAt === null || typeof s.startedAt === 'number') &&
      (!s.running || typeof s.since === 'number');
  }

  var stored = parse(read(key));
  var state = valid(stored) ? stored : fresh();
  var shownIndex = state.index;

  var channel = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : null;
  } catch (e) {
    channel = null; // an opaque origin may refuse it; the storage event still carries every change
  }

  function save() {
    var json = JSON.stringify(state);
    write(key, json);
    if (channel) {
      channel.postMessage(json);
    }
    render();
  }

  function receive(json) {
    var s = parse(json);
    if (valid(s) && JSON.stringify(s) !== JSON.stringify(state)) {
      state = s;
      render();
    }
  }

  if (channel) {
    channel.onmessage = function (e) { receive(e.data); };
  }
  window.addEventListener('storage', function (e) {
    if (e.key === key) {
      receive(e.newValue || JSON.stringify(fresh()));
    }
  });

  function used(i, t) {
    return state.used[i] + (state.running && i === state.index ? t - state.since : 0);
  }

  function length(i) {
    return Math.max(0, blocks[i].ms + state.extra[i]);
  }

  /** Ends the running stretch of the current block, keeping its time. */
  function settle(t) {
    if (state.running) {
      state.used[state.index] += t - state.since;
      state.since = t;
    }
  }

  var actions = {
    toggle: function (t) {
      if (state.running) {
        settle(t);
        state.running = false;
        state.since = null;
      } else {
        if (state.startedAt === null) {
          state.startedAt = t;
        }
        state.running = true;
        state.since = t;
      }
    },
    next: function (t) {
      if (state.index < blocks.length - 1) {
        settle(t);
        state.index++;
      }
    },
    previous: function (t) {
      if (state.index > 0) {
        settle(t);
        state.index--;
      }
    },
    more: function () {
      state.extra[state.index] += MINUTE;
    },
    less: function () {
      state.extra[state.index] = Math.max(-blocks[state.index].ms, state.extra[state.index] - MINUTE);
    },
    reset: function () {
      // A run lost by a stray click cannot be had back: ask first.
      if (!window.confirm(text('reset-confirm'))) {
        return false;
      }
      state = fresh();
      say(text('reset-done'));
    },
    audience: function () {
      window.open(location.href.split(/[?#]/)[0] + '?view=audience', key + ':audience');
      return false;
    }
  };

  function act(name) {
    var action = actions[name];
    if (action && action(now()) !== false) {
      save();
    }
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** 4:05, or 1:02:05 from an hour on. */
  function span(ms) {
    var seconds = Math.floor(Math.abs(ms) / 1000);
    var h = Math.floor(seconds / 3600);
    var m = Math.floor(seconds / 60) % 60;
    var s = seconds % 60;
    return h > 0 ? h + ':' + pad(m) + ':' + pad(s) : m + ':' + pad(s);
  }

  function say(message) {
    if (announce) {
      // Emptied first, so that the same words are announced again.
      announce.textContent = '';
      window.setTimeout(function () { announce.textContent = message; }, 50);
    }
  }

  function set(el, value) {
    if (el && el.textContent !== value) {
      el.textContent = value;
    }
  }

  /* The session's prompts, written once in the page, go into the current block when it shows them. */
  function placePrompts(block) {
    if (!sharedPrompts) {
      return;
    }
    var shows = !!block.querySelector('[data-session-prompts]');
    sharedPrompts.hidden = !shows;
    if (shows && sharedPrompts.parentNode !== block) {
      block.insertBefore(sharedPrompts, block.querySelector('.run-facilitator'));
    }
  }

  function render() {
    var t = now();
    var i = state.index;
    blocks.forEach(function (b, n) {
      b.el.classList.toggle('is-current', n === i);
      if (n === i) {
        b.el.setAttribute('aria-current', 'step');
      } else {
        b.el.removeAttribute('aria-current');
      }
    });
    placePrompts(blocks[i].el);
    var left = length(i) - used(i, t);
    var share = length(i) > 0 ? left / length(i) : 0;
    main.setAttribute('data-level', left < 0 ? 'over' : share <= URGENT ? 'urgent' : share <= WARN ? 'warn' : 'ok');
    main.setAttribute('data-state', state.running ? 'running' : state.startedAt === null ? 'ready' : 'paused');
    set(countdown, left < 0 ? '\u2212' + span(left) : span(left));
    if (countdown) {
      countdown.setAttribute('aria-label', left < 0 ? format(labels.over, span(left)) : span(left));
    }
    var clockTime = new Date(t);
    set(clock, pad(clockTime.getHours()) + ':' + pad(clockTime.getMinutes()));
    if (clock) {
      clock.setAttribute('datetime', pad(clockTime.getHours()) + ':' + pad(clockTime.getMinutes()));
    }
    var rest = Math.max(0, left);
    for (var n = i + 1; n < blocks.length; n++) {
      rest += Math.max(0, length(n) - state.used[n]);
    }
    set(elapsedOut, span(state.startedAt === null ? 0 : t - state.startedAt));
    set(remainingOut, span(rest));
    if (state.startedAt === null) {
      set(offsetOut, text('not-started'));
      main.removeAttribute('data-schedule');
    } else {
      var offset = t + rest - (state.startedAt + planned);
      var schedule = Math.abs(offset) < ON_TIME ? 'on-time' : offset > 0 ? 'behind' : 'ahead';
      main.setAttribute('data-schedule', schedule);
      set(offsetOut, schedule === 'on-time' ? text('on-time') : format(labels[schedule], span(offset)));
    }
    var next = blocks[i + 1];
    set(nextOut, next ? next.title + (next.duration ? ' (' + next.duration + ')' : '') : text('end'));
    set(toggle, state.running ? text('pause') : text('start'));
    if (i !== shownIndex) {
      shownIndex = i;
      say(format(labels.now, blocks[i].title));
    }
  }

  main.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('[data-action]') : null;
    if (button) {
      act(button.getAttribute('data-action'));
    }
  });

  var KEYS = { ' ': 'toggle', n: 'next', N: 'next', ArrowRight: 'next', p: 'previous', P: 'previous',
    ArrowLeft: 'previous', '+': 'more', '=': 'more', '-': 'less', '\u2212': 'less', _: 'less' };

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) {
      return;
    }
    var target = e.target;
    var tag = target && target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable)) {
      return;
    }
    // Space and Enter on a focused button press that button; the page's keys must not press another as well.
    if ((e.key === ' ' || e.key === 'Enter') && (tag === 'BUTTON' || tag === 'A')) {
      return;
    }
    var name = KEYS[e.key];
    if (name) {
      e.preventDefault();
      act(name);
    }
  });

  render();
  window.setInterval(render, 250);
})();
