/*
 * One guard for unsaved input on every page of the frame (layout.xhtml).
 *
 * - A form is dirty once something is typed or chosen in it. Leaving the page while a form is
 *   dirty asks first: in-app links (menu, banner, tabs), the patient search box, and the browser's
 *   own Back, reload or close (beforeunload). The form's own buttons never ask: they save.
 * - Forms marked data-sc-draft (and the workup sections) keep a draft of their unsaved values in
 *   this browser (localStorage, keyed by user, page and form) and offer it back on return. A save
 *   that the server confirms clears the draft; logging out clears every draft, and the server's
 *   logout answer clears the site's storage as well (Clear-Site-Data).
 * - A page brought back from the browser's memory (Back after a tablet hand-over) is loaded again
 *   from the server, which decides what may be shown.
 * The state is kept here, by form id, not on the form element: an Ajax update that redraws a form
 * (adding a row) does not make its input saved.
 */
(function () {
  "use strict";

  var PREFIX = "sc-draft|";
  var text = function (name, fallback) { return document.body.getAttribute("data-sc-" + name) || fallback; };
  var dirty = {};
  var leaving = false;
  var ownActionAt = 0;
  var timers = {};

  function guarded(form) {
    return !!form && form.tagName === "FORM" && form.method.toLowerCase() === "post"
        && form.getAttribute("role") !== "search" && !form.hasAttribute("data-sc-ends-session")
        && !form.hasAttribute("data-sc-unguarded");
  }

  function drafted(form) {
    return guarded(form) && (form.hasAttribute("data-sc-draft") || form.classList.contains("sc-workup-form"));
  }

  function anyDirty() {
    return Object.keys(dirty).some(function (id) { return dirty[id] && document.getElementById(id); });
  }

  function confirmLeaving() {
    if (leaving || !anyDirty()) {
      return true;
    }
    if (window.confirm(text("unsaved", "Unsaved input will be lost. Leave this page?"))) {
      leaving = true;
      return true;
    }
    return false;
  }

  /* ---- drafts ---- */

  function draftKey(form) {
    return PREFIX + text("user", "") + "|" + location.pathname + location.search + "|" + form.id;
  }

  function fieldsOf(form) {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || /^(hidden|file|password|submit|button|reset|image)$/.test(el.type)) {
        return;
      }
      if (el.type === "radio" || el.type === "checkbox") {
        fields.push({ name: el.name, value: el.value, checked: el.checked });
      } else if (el.type === "select-multiple") {
        fields.push({ name: el.name, values: Array.prototype.filter.call(el.options, function (o) { return o.selected; })
            .map(function (o) { return o.value; }) });
      } else {
        fields.push({ name: el.name, value: el.value });
      }
    });
    return fields;
  }

  function storeDraft(form) {
    try {
      localStorage.setItem(draftKey(form), JSON.stringify({ at: Date.now(), fields: fieldsOf(form) }));
    } catch (e) {
      // storage full or disabled: the leave warning still protects the input
    }
  }

  function dropDraft(form) {
    localStorage.removeItem(draftKey(form));
  }

  function applyDraft(form, fields) {
    fields.forEach(function (f) {
      var els = form.querySelectorAll("[name='" + f.name.replace(/'/g, "\\'") + "']");
      Array.prototype.forEach.call(els, function (el) {
        if (el.disabled) {
          return;
        }
        if (el.type === "radio" || el.type === "checkbox") {
          if (el.value === f.value) {
            el.checked = f.checked;
          }
        } else if (el.type === "select-multiple") {
          Array.prototype.forEach.call(el.options, function (o) { o.selected = f.values.indexOf(o.value) >= 0; });
        } else {
          el.value = f.value;
        }
      });
    });
  }

  /* the clinic writes dates as "8 Dec 2026, 14:05" (English pages take the British order) */
  function clinicLocale() {
    var lang = document.documentElement.lang || "en";
    return lang === "en" ? "en-GB" : lang;
  }

  function offerDraft(form) {
    var stored = localStorage.getItem(draftKey(form));
    if (!stored) {
      return;
    }
    var draft = JSON.parse(stored);
    if (JSON.stringify(draft.fields) === JSON.stringify(fieldsOf(form))) {
      dropDraft(form);
      return;
    }
    var bar = document.createElement("div");
    bar.className = "sc-alert sc-alert-warn sc-draft-bar";
    bar.setAttribute("role", "status");
    bar.id = form.id + "-draftBar";
    var label = document.createElement("span");
    label.textContent = text("draft-found", "Unsaved input from {0} was kept in this browser.")
        .replace("{0}", new Date(draft.at).toLocaleString(clinicLocale(),
            { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
    bar.appendChild(label);
    bar.appendChild(button(form.id + "-draftRestore", text("draft-restore", "Restore it"), "sc-button", function () {
      applyDraft(form, draft.fields);
      dirty[form.id] = true;
      bar.remove();
    }));
    bar.appendChild(button(form.id + "-draftDiscard", text("draft-discard", "Discard it"), "sc-button sc-button-secondary", function () {
      dropDraft(form);
      bar.remove();
    }));
    form.insertBefore(bar, form.firstChild);
  }

  function button(id, label, css, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.id = id;
    b.className = css;
    b.textContent = label;
    b.addEventListener("click", action);
    return b;
  }

  function clearAllDrafts() {
    Object.keys(timers).forEach(function (id) { clearTimeout(timers[id]); });
    Object.keys(localStorage).filter(function (k) { return k.indexOf(PREFIX) === 0; })
        .forEach(function (k) { localStorage.removeItem(k); });
  }

  /* ---- tracking ---- */

  function edited(event) {
    var el = event.target;
    var form = el && el.form;
    if (!guarded(form) || el.type === "file" || el.type === "search" || !form.id) {
      return;
    }
    dirty[form.id] = true;
    if (drafted(form)) {
      clearTimeout(timers[form.id]);
      timers[form.id] = setTimeout(function () { storeDraft(form); }, 300);
    }
  }
  document.addEventListener("input", edited, true);
  document.addEventListener("change", edited, true);

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) {
      return;
    }
    var ends = target.closest("[data-sc-ends-session] button, [data-sc-ends-session] [type=submit]");
    if (ends) {
      if (confirmLeaving()) {
        clearAllDrafts();
      } else {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    var control = target.closest("button, input[type=submit], input[type=button], a[href='#'], a[onclick]");
    if (control && guarded(control.form || control.closest("form"))) {
      ownActionAt = Date.now();
      return;
    }
    var link = target.closest("a[href]");
    if (!link || link.target === "_blank" || link.hasAttribute("download")) {
      return;
    }
    var href = link.getAttribute("href");
    if (href.charAt(0) === "#" || href.indexOf("javascript:") === 0) {
      return;
    }
    if (!confirmLeaving()) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-sc-ends-session")) {
      clearAllDrafts();
      leaving = true;
    } else if (guarded(form)) {
      // a full-page save: the values go to the server, which shows them again if it refuses them
      dirty[form.id] = false;
      if (drafted(form)) {
        dropDraft(form);
      }
      leaving = true;
    } else if (!confirmLeaving()) {
      event.preventDefault();
    }
  }, true);

  window.addEventListener("beforeunload", function (event) {
    if (leaving || Date.now() - ownActionAt < 2000 || !anyDirty()) {
      return;
    }
    Object.keys(dirty).forEach(function (id) {
      var form = document.getElementById(id);
      if (dirty[id] && drafted(form)) {
        storeDraft(form);
      }
    });
    event.preventDefault();
    event.returnValue = "";
  });

  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      location.reload();
    }
  });

  /* A save the server confirmed (an info message, no error in the form) clears the form's state. */
  function watchSaves() {
    if (!window.jQuery) {
      return;
    }
    window.jQuery(document).on("pfAjaxSend", function (e, xhr, settings) {
      var source = typeof settings.source === "string" ? document.getElementById(settings.source) : settings.source;
      var form = source && source.closest ? source.closest("form") : null;
      var byButton = source && source.matches && source.matches("button, a, input[type=submit]");
      xhr.scForm = guarded(form) && byButton ? form.id : null;
    }).on("pfAjaxComplete", function (e, xhr, settings, args) {
      var form = xhr.scForm && document.getElementById(xhr.scForm);
      if (!form || (args && args.validationFailed)) {
        return;
      }
      var refused = form.querySelector(".ui-message-error, .ui-messages-error, .ui-state-error");
      var confirmed = document.querySelector(".ui-messages-info");
      if (!refused && confirmed) {
        dirty[form.id] = false;
        clearTimeout(timers[form.id]);
        dropDraft(form);
      }
    });
  }

  function ready() {
    watchSaves();
    Array.prototype.forEach.call(document.forms, function (form) {
      if (drafted(form) && form.id) {
        offerDraft(form);
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
