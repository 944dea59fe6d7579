// Type-ahead for taxonomy pickers: suggests labels from /api/taxonomy/* in a <datalist>; picking a
// suggestion adds a chip (hidden input with the id). Also fills plain inputs marked data-suggest.
(function () {
  function suggest(input, list, endpoint) {
    let timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(async function () {
        const q = input.value.trim();
        if (q.length < 2) { return; }
        const response = await fetch(endpoint + '?q=' + encodeURIComponent(q), { credentials: 'same-origin' });
        if (!response.ok) { return; }
        const items = await response.json();
        list.replaceChildren(...items.map(function (item) {
          const option = document.createElement('option');
          option.value = item.label;
          option.dataset.id = item.id;
          return option;
        }));
      }, 200);
    });
  }

  document.querySelectorAll('[data-picker]').forEach(function (picker) {
    const input = picker.querySelector('input[list]');
    const list = picker.querySelector('datalist');
    const chips = picker.querySelector('.chips');
    suggest(input, list, picker.dataset.picker);
    input.addEventListener('change', function () {
      const option = Array.from(list.options).find(function (o) { return o.value === input.value; });
      if (!option || chips.querySelector('input[value="' + CSS.escape(option.dataset.id) + '"]')) { return; }
      const li = document.createElement('li');
      const hidden = document.createElement('input');
      hidden.type = 'hidden'; hidden.name = picker.dataset.name; hidden.value = option.dataset.id;
      const label = document.createElement('span');
      label.textContent = option.value;
      const remove = document.createElement('button');
      remove.type = 'button'; remove.className = 'remove'; remove.textContent = '×';
      remove.setAttribute('aria-label', (picker.dataset.removeLabel || 'Remove') + ' ' + option.value);
      li.append(hidden, label, remove);
      chips.append(li);
      input.value = '';
    });
    chips.addEventListener('click', function (e) {
      if (e.target.classList.contains('remove')) { e.target.closest('li').remove(); input.focus(); }
    });
  });

  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    suggest(input, document.getElementById(input.getAttribute('list')), input.dataset.suggest);
  });
})();

// After a failed submit: mark the fields with errors as invalid for assistive technology and move
// focus to the summary, so the errors are announced and reachable first.
(function () {
  document.querySelectorAll('.input-validation-error').forEach(function (field) {
    field.setAttribute('aria-invalid', 'true');
  });
  const summary = document.querySelector('.validation-summary-errors:not(.validation-summary-valid)');
  if (summary && summary.querySelector('li')) { summary.focus(); }
})();
