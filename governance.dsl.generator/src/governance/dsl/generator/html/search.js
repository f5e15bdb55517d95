/* Client-side search of every element of the handbook with a title: reads window.STYRMODELL_SOK
   (search-index.js), whose entries carry their text already normalised ("sok"). Works from the file
   system; builds results with text nodes only, never markup from the index. */
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

  // As SearchPage.normalise in Java: decomposed, marks removed ("hemtjänst" and "hemtjanst" meet), lower case.
  function normalise(text) {
    return (text || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ');
  }

  var entries = data.poster.map(function (entry) {
    return { entry: entry, haystack: entry.sok };
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
      var kind = data.texter[item.entry.typ] || '';
      detail.textContent = item.entry.detalj && item.entry.detalj !== kind ? kind + ': ' + item.entry.detalj : kind;
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
