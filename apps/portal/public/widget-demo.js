// The demo page's own script (the site's Content-Security-Policy allows no inline script): the
// department and language chosen in the form come back in the address; the widget is loaded with
// them, the snippet to copy shows them, and the department list is the desk's own when it answers.
(function () {
  'use strict';
  const LOCALES = ['fa', 'en', 'ja', 'vi'];
  const params = new URLSearchParams(location.search);
  const byTest = function (name) {
    return document.querySelector('[data-test="' + name + '"]');
  };
  let department = (params.get('department') || '').trim();
  let locale = params.has('department') || params.has('locale') ? (params.get('locale') || '').trim() : 'fa';
  if (!params.has('department') && !params.has('locale')) department = 'humanities';
  if (LOCALES.indexOf(locale) === -1) locale = '';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(department)) department = '';

  const departmentSelect = byTest('widget-demo-department');
  const localeSelect = byTest('widget-demo-locale');
  localeSelect.value = locale;

  function choose(value) {
    if (value && !departmentSelect.querySelector('option[value="' + value + '"]')) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      departmentSelect.append(option);
    }
    departmentSelect.value = value;
  }
  choose(department);

  // The desk's departments, named in English; the two of the demo data stay if it does not answer.
  fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ departments { id name { en } } }' }),
  })
    .then(function (response) {
      return response.json();
    })
    .then(function (answer) {
      const list = answer && answer.data && answer.data.departments;
      if (!Array.isArray(list) || list.length === 0) return;
      const keep = departmentSelect.options[0];
      departmentSelect.replaceChildren(keep);
      list.forEach(function (each) {
        const option = document.createElement('option');
        option.value = each.id;
        option.textContent = each.name.en;
        departmentSelect.append(option);
      });
      choose(department);
    })
    .catch(function () {
      // the static list stays
    });

  const attributes = [];
  if (department) attributes.push(['data-department', department]);
  if (locale) attributes.push(['data-locale', locale]);
  const src = new URL('/widget.js', location.href).href;
  const snippet =
    '<script src="' +
    src +
    '"' +
    attributes
      .map(function (pair) {
        return ' ' + pair[0] + '="' + pair[1] + '"';
      })
      .join('') +
    ' async></' +
    'script>';
  byTest('widget-demo-snippet').textContent = snippet;

  const copy = byTest('widget-demo-copy');
  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(snippet).then(
        function () {
          byTest('widget-demo-copied').textContent = 'Copied.';
        },
        function () {
          byTest('widget-demo-copied').textContent = 'Select the snippet and copy it.';
        },
      );
    });
  }

  const widget = document.createElement('script');
  widget.src = '/widget.js';
  widget.async = true;
  attributes.forEach(function (pair) {
    widget.setAttribute(pair[0], pair[1]);
  });
  document.body.append(widget);
})();
