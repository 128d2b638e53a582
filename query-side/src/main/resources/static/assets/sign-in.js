// The sign-in and sign-out pages (served by SignInPage with their form's CSRF token): their words in the reader's
// language, chosen as the other pages choose it (the saved choice, else the browser's), switchable here for all pages.
"use strict";
(function () {
  const I18N = window.GSEF_I18N;
  const KEY = "gsef.language";

  function chosen() {
    const saved = localStorage.getItem(KEY);
    if (saved && I18N[saved]) return saved;
    for (const wanted of navigator.languages || [navigator.language || "en"]) {
      const code = String(wanted).slice(0, 2).toLowerCase();
      if (I18N[code]) return code;
    }
    return "en";
  }

  function translate(lang) {
    const words = I18N[lang];
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(node => {
      node.textContent = words[node.dataset.i18n] || I18N.en[node.dataset.i18n] || node.textContent;
    });
    document.title = document.querySelector("h1").textContent + " · GSEF";
    document.getElementById("language").value = lang;
  }

  document.getElementById("language").addEventListener("change", event => {
    localStorage.setItem(KEY, event.target.value);
    translate(event.target.value);
  });
  translate(chosen());
})();
