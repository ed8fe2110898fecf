/* Workup page: warns before a section link leaves a form with unsaved changes. The flag lives on
   the form element, so a form re-rendered by a save (Ajax) starts clean again. */
(function () {
  "use strict";
  function dirty() {
    return document.querySelector("form.sc-workup-form[data-dirty='1']") !== null;
  }
  document.addEventListener("input", mark, true);
  document.addEventListener("change", mark, true);
  function mark(event) {
    var form = event.target && event.target.form;
    if (form && form.classList.contains("sc-workup-form") && event.target.type !== "file") {
      form.setAttribute("data-dirty", "1");
    }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.sc-section-link") : null;
    if (link && dirty()) {
      var holder = document.getElementById("unsavedText");
      var text = holder ? holder.textContent : "Unsaved changes will be lost. Leave this section?";
      if (!window.confirm(text)) {
        event.preventDefault();
      }
    }
  }, true);
})();
