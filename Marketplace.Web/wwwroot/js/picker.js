// Type-ahead for taxonomy pickers: suggests labels from /api/taxonomy/* in a <datalist>; picking a
// suggestion (from the list, or by Enter) adds a chip (hidden input with the id); text that is not
// one suggestion gets a message instead of being dropped. Also fills plain inputs marked data-suggest.
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

  // The suggestions for a text, from the list when it already holds them, else asked for now:
  // Enter can come before the debounced fetch has answered.
  async function itemsFor(text, list, endpoint) {
    const listed = Array.from(list.options).map(function (o) { return { id: o.dataset.id, label: o.value }; });
    if (listed.some(function (i) { return i.label.toLocaleLowerCase().includes(text.toLocaleLowerCase()); })) { return listed; }
    const response = await fetch(endpoint + '?q=' + encodeURIComponent(text), { credentials: 'same-origin' });
    return response.ok ? await response.json() : [];
  }

  // What a typed text means: the suggestion with exactly that label (any case), or the only
  // suggestion there is; several or none leave the choice to the person, with a message.
  function choose(text, items) {
    const lower = text.toLocaleLowerCase();
    const exact = items.find(function (i) { return i.label.toLocaleLowerCase() === lower; });
    if (exact) { return { item: exact }; }
    const matching = items.filter(function (i) { return i.label.toLocaleLowerCase().includes(lower); });
    return matching.length === 1 ? { item: matching[0] } : { several: matching.length > 1 };
  }

  function format(template, text) { return (template || '').replace('{0}', text); }

  document.querySelectorAll('[data-picker]').forEach(function (picker) {
    const input = picker.querySelector('input[list]');
    const list = picker.querySelector('datalist');
    const chips = picker.querySelector('.chips');
    const message = picker.querySelector('.error');
    suggest(input, list, picker.dataset.picker);

    function say(text) {
      message.textContent = text;
      input.setAttribute('aria-invalid', text ? 'true' : 'false');
    }

    function add(item) {
      say('');
      input.value = '';
      if (chips.querySelector('input[value="' + CSS.escape(item.id) + '"]')) { return; }
      const li = document.createElement('li');
      const hidden = document.createElement('input');
      hidden.type = 'hidden'; hidden.name = picker.dataset.name; hidden.value = item.id;
      const label = document.createElement('span');
      label.textContent = item.label;
      const remove = document.createElement('button');
      remove.type = 'button'; remove.className = 'remove'; remove.textContent = '×';
      remove.setAttribute('aria-label', (picker.dataset.removeLabel || 'Remove') + ' ' + item.label);
      li.append(hidden, label, remove);
      chips.append(li);
    }

    // Resolves what is typed; true when nothing is left over that would be lost on saving.
    async function resolve() {
      const text = input.value.trim();
      if (text === '') { say(''); return true; }
      const result = choose(text, await itemsFor(text, list, picker.dataset.picker));
      if (result.item) { add(result.item); return true; }
      say(format(result.several ? picker.dataset.severalMessage : picker.dataset.noMatchMessage, text));
      return false;
    }
    picker.resolve = resolve;

    input.addEventListener('change', function () {
      const option = Array.from(list.options).find(function (o) { return o.value === input.value; });
      if (option) { add({ id: option.dataset.id, label: option.value }); }
    });
    // Enter in a picker picks; it never submits the form around it.
    input.addEventListener('keydown', function (e) {
      if (e.key !== 'Enter') { return; }
      e.preventDefault();
      resolve().then(function (ok) { if (!ok) { input.focus(); } });
    });
    chips.addEventListener('click', function (e) {
      if (e.target.classList.contains('remove')) { e.target.closest('li').remove(); input.focus(); }
    });
  });

  // Saving with text typed in a picker but not picked would drop it silently: resolve it first,
  // and stop with the message when it is not one suggestion.
  document.querySelectorAll('form').forEach(function (form) {
    const pickers = Array.from(form.querySelectorAll('[data-picker]'));
    if (pickers.length === 0) { return; }
    let checked = false;
    form.addEventListener('submit', function (e) {
      if (checked) { checked = false; return; }
      if (pickers.every(function (p) { return p.querySelector('input[list]').value.trim() === ''; })) { return; }
      e.preventDefault();
      const submitter = e.submitter;
      Promise.all(pickers.map(function (p) { return p.resolve(); })).then(function (results) {
        const failed = results.indexOf(false);
        if (failed >= 0) { pickers[failed].querySelector('input[list]').focus(); return; }
        checked = true;
        form.requestSubmit(submitter);
      });
    });
  });

  // A plain suggest box (one value, e.g. the occupation group): Enter completes what is typed to
  // the one suggestion it names rather than submitting half a word; the server still checks it.
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    const list = document.getElementById(input.getAttribute('list'));
    suggest(input, list, input.dataset.suggest);
    input.addEventListener('keydown', function (e) {
      const text = input.value.trim();
      if (e.key !== 'Enter' || text === '' || Array.from(list.options).some(function (o) { return o.value === input.value; })) { return; }
      e.preventDefault();
      itemsFor(text, list, input.dataset.suggest).then(function (items) {
        const result = choose(text, items);
        if (result.item) { input.value = result.item.label; }
      });
    });
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
