/* Client-side search of the handbook's goals and indicators: reads window.STYRMODELL_SOK (search-index.js).
   Works from the file system; builds results with text nodes only, never markup from the index. */
(function () {
  'use strict';
  var data = window.STYRMODELL_SOK;
  var form = document.getElementById('sokformular');
  var field = document.getElementById('sokfalt');
  var status = document.getElementById('sokstatus');
  var list = document.getElementById('sokresultat');
  if (!data || !form || !field || !status || !list) {
    return;
  }

  function normalise(text) {
    return (text || '').toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  }

  var entries = data.poster.map(function (entry) {
    return { entry: entry, haystack: normalise([entry.titel, entry.detalj, entry.text].join(' ')) };
  });

  function format(template, count) {
    return template.replace('%d', String(count));
  }

  function search(query) {
    var words = normalise(query).trim().split(' ').filter(function (w) { return w.length > 0; });
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (words.length === 0) {
      status.textContent = data.texter.empty;
      return;
    }
    var hits = entries.filter(function (item) {
      return words.every(function (word) { return item.haystack.indexOf(word) >= 0; });
    });
    hits.forEach(function (item) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = item.entry.url;
      link.textContent = item.entry.titel;
      li.appendChild(link);
      var detail = document.createElement('span');
      detail.className = 'detalj';
      detail.textContent = (item.entry.typ === 'goal' ? data.texter.goal : data.texter.measure) + ': ' + item.entry.detalj;
      li.appendChild(document.createElement('br'));
      li.appendChild(detail);
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? data.texter.none
      : hits.length === 1 ? data.texter.one : format(data.texter.many, hits.length);
  }

  var initial = '';
  try {
    initial = new URLSearchParams(window.location.search).get('q') || '';
  } catch (e) {
    initial = '';
  }
  field.value = initial;
  search(initial);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(field.value);
  });
  field.addEventListener('input', function () {
    search(field.value);
  });
}());
