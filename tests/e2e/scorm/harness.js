/*
 * An LMS stand-in for tests/e2e/scorm.spec.ts. `?v=12` or `?v=2004` picks the
 * SCORM version: the page creates that API with scorm-again (preloaded with
 * window.__savedCmi, the flattened cmi data of an earlier session, when set)
 * and opens the package's index.html in a frame, as an LMS player does.
 * window.lms records every call: what was set, what was committed, and
 * whether the session was initialised and terminated.
 */
/* global window, document, location, Scorm12API, Scorm2004API */
(function () {
  var version = new URLSearchParams(location.search).get('v') === '12' ? '12' : '2004';
  var names =
    version === '12'
      ? { init: 'LMSInitialize', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' }
      : { init: 'Initialize', set: 'SetValue', commit: 'Commit', finish: 'Terminate' };
  var settings = { logLevel: 5, autocommit: false };
  var api = version === '12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (window.__savedCmi) api.loadFromFlattenedJSON(window.__savedCmi);

  var log = {
    version: version,
    calls: [],
    set: {},
    committed: {},
    commits: 0,
    initialized: false,
    terminated: false,
  };
  window.lms = log;

  function wrap(name, after) {
    var original = api[name].bind(api);
    api[name] = function () {
      var result = original.apply(null, arguments);
      log.calls.push([name].concat([].slice.call(arguments), String(result)));
      if (String(result) === 'true') after.apply(null, arguments);
      return result;
    };
  }
  wrap(names.init, function () {
    log.initialized = true;
  });
  wrap(names.set, function (element, value) {
    log.set[element] = value;
  });
  wrap(names.commit, function () {
    log.commits++;
    Object.assign(log.committed, log.set);
  });
  wrap(names.finish, function () {
    log.terminated = true;
    Object.assign(log.committed, log.set);
  });

  if (version === '12') window.API = api;
  else window.API_1484_11 = api;

  var frame = document.createElement('iframe');
  frame.id = 'course';
  frame.title = 'Mutkollen';
  frame.src = '/scorm' + version + '/index.html?lms=scorm' + version;
  document.body.appendChild(frame);
})();
