// hardground workbench: live what-ifs, save as variant, reload on file changes. No dependencies, no inline
// script (the pages' Content-Security-Policy allows only this file).
(function () {
  'use strict';
  var token = (document.querySelector('meta[name="hardground-token"]') || {}).content || '';
  var root = document.getElementById('workbench');
  var file = root ? root.getAttribute('data-file') : null;
  var storeKey = file ? 'hardground-overrides:' + file : null;
  var sequence = 0;

  function post(url, body) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Hardground-Token': token },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (json) { return { status: r.status, json: json }; });
    });
  }

  function controls() {
    return Array.prototype.slice.call(document.querySelectorAll('#controls [data-path]'));
  }

  function overrides() {
    return controls().filter(function (c) { return c.value !== c.getAttribute('data-initial'); })
      .map(function (c) { return { path: c.getAttribute('data-path'), value: c.value }; });
  }

  function status(text, isError) {
    var s = document.getElementById('status');
    if (s) {
      s.textContent = text;
      s.className = isError ? 'sub problem' : 'sub';
    }
  }

  // One what-if at a time: a change is sent at once when none is in flight, and one made while one is in flight
  // is sent when its answer lands, so a slider dragged faster than the server answers does not queue what-ifs
  // that share its cores and slow one another (and no debounce delays the first). #live is busy from a change
  // until the answer to the latest settings lands.
  var inFlight = false;
  var again = false;
  // When the oldest change no what-if has carried yet was made: a redraw is timed from it.
  var changedAt = null;

  function busy(on) {
    var live = document.getElementById('live');
    if (live) {
      live.setAttribute('aria-busy', on ? 'true' : 'false');
    }
  }

  function landed() {
    inFlight = false;
    if (again) {
      again = false;
      rerun();
    } else {
      busy(false);
    }
  }

  function describe(error) {
    var lines = [error.error || 'error'];
    (error.diagnostics || []).forEach(function (d) { lines.push(d.text); });
    return lines.join('\n');
  }

  function pct(x) { return (x * 100).toFixed(1) + '%'; }
  function pts(x) { return (x >= 0 ? '+' : '') + (x * 100).toFixed(1) + ' pts'; }

  // Calls back once the browser has painted what the page just changed (the frame after the next one began).
  function afterPaint(then) {
    window.requestAnimationFrame(function () { setTimeout(then, 0); });
  }

  function rerun() {
    if (inFlight) {
      again = true;
      return;
    }
    var sets = overrides();
    if (storeKey) {
      sessionStorage.setItem(storeKey, JSON.stringify(sets));
    }
    var mine = ++sequence;
    var since = changedAt !== null ? changedAt : performance.now();
    changedAt = null;
    inFlight = true;
    status('running ' + sets.length + ' override(s)…', false);
    post('/api/whatif', { file: file, sets: sets }).then(function (r) {
      if (r.status !== 200) {
        status(describe(r.json), true);
      } else {
        var j = r.json;
        document.getElementById('live').innerHTML = j.html;
        var said = 'your settings: score ' + j.score.toFixed(1) + ' (' + (j.deltaScore >= 0 ? '+' : '') + j.deltaScore.toFixed(1)
          + '), ' + j.verdict + ', survival ' + pct(j.survival.estimate) + ', Δ ' + pts(j.deltaSurvival.estimate)
          + ' (' + pts(j.deltaSurvival.low) + ' to ' + pts(j.deltaSurvival.high) + ') · ' + j.trials + ' trials in '
          + j.totalMillis + ' ms';
        status(said, false);
        document.body.setAttribute('data-runs', String(mine));
        afterPaint(function () {
          var shown = Math.round(performance.now() - since);
          if (mine === sequence && !inFlight) { // a later what-if's status is not overwritten
            status(said + ', on screen ' + shown + ' ms after the change', false);
          }
          document.body.setAttribute('data-shown-millis', String(shown));
          document.body.setAttribute('data-server-millis', String(j.totalMillis));
          document.body.setAttribute('data-shown', String(mine));
        });
      }
      landed();
    }, function (e) {
      status('the server did not answer: ' + e, true);
      landed();
    });
  }

  function schedule() {
    controls().forEach(function (c) {
      var out = c.parentNode.querySelector('output');
      if (out) {
        out.textContent = Number(c.value).toFixed(2);
      }
    });
    busy(true);
    if (changedAt === null) {
      changedAt = performance.now();
    }
    rerun();
  }

  function save(event) {
    event.preventDefault();
    var form = event.target;
    var body = { file: file, name: form.elements.name.value, description: form.elements.description.value,
      sets: overrides(), replace: false };
    post('/api/variant', body).then(function again(r) {
      if (r.status === 409 && !body.replace) {
        if (window.confirm('A variant named "' + body.name + '" exists. Replace it?')) {
          body.replace = true;
          return post('/api/variant', body).then(again);
        }
        status('not saved: the variant exists', true);
        return null;
      }
      if (r.status !== 200) {
        status(describe(r.json), true);
        return null;
      }
      // the file changed, so the page reloads: the message is kept for the reloaded page
      var message = 'saved variant ' + r.json.variant + ' into ' + r.json.file;
      sessionStorage.setItem('hardground-flash', message);
      flash(message);
      return null;
    });
  }

  function flash(text) {
    var f = document.getElementById('flash');
    if (f) {
      f.textContent = text;
    }
  }

  function restore() {
    var kept = sessionStorage.getItem('hardground-flash');
    if (kept) {
      sessionStorage.removeItem('hardground-flash');
      flash(kept);
    }
    var saved = storeKey && sessionStorage.getItem(storeKey);
    if (!saved) {
      return;
    }
    var sets = JSON.parse(saved);
    if (!sets.length) {
      return;
    }
    sets.forEach(function (s) {
      controls().forEach(function (c) {
        if (c.getAttribute('data-path') === s.path) {
          c.value = s.value;
        }
      });
    });
    schedule();
  }

  controls().forEach(function (c) {
    c.addEventListener(c.tagName === 'SELECT' ? 'change' : 'input', schedule);
  });
  var saveForm = document.getElementById('save');
  if (saveForm) {
    saveForm.addEventListener('submit', save);
  }
  var reset = document.getElementById('reset');
  if (reset) {
    reset.addEventListener('click', function () {
      sessionStorage.removeItem(storeKey);
      window.location.reload();
    });
  }
  var compare = document.getElementById('compare');
  if (compare) {
    compare.addEventListener('submit', function (event) {
      event.preventDefault();
      var picked = Array.prototype.slice.call(document.querySelectorAll('.pick:checked')).map(function (p) { return p.value; });
      if (picked.length !== 2) {
        window.alert('Check exactly two scenarios to compare.');
        return;
      }
      window.location.href = '/compare?a=' + encodeURIComponent(picked[0]) + '&b=' + encodeURIComponent(picked[1]);
    });
  }
  restore();

  var events = new EventSource('/events');
  events.addEventListener('change', function (e) {
    var change = JSON.parse(e.data);
    if (!file || change.rules || change.files.indexOf(file) >= 0) {
      window.location.reload();
    }
  });
  window.addEventListener('beforeunload', function () { events.close(); });
}());
