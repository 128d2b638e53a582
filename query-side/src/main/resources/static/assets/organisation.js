// A member representative's own organisation: its applications, each with its status and its history, as far as the
// role may read them (the API shows a representative its own organisation's records only). Views in the shape app.js
// expects (readModels, skeleton, refresh), built with its helpers, like audit.js.
"use strict";
window.GsefOrganisation = function (app) {
  const { h, t, api, label, badge, date, section, fill, table, state } = app;

  // The application's documents (documents.js): the representative attaches to its own application. One panel per
  // application and language, kept across refreshes, so that an upload under way survives a change to the list.
  const panels = new Map();
  function documentsOf(application) {
    if (!app.documents) return null;
    const key = application.applicationId + " " + state.lang;
    if (!panels.has(key)) {
      panels.set(key, h("div", { class: "documents-of", "data-documents-of": application.applicationId },
        h("h3", {}, t("documents.title")), app.documents.panel("APPLICATION", application.applicationId)));
    }
    return panels.get(key);
  }

  function details(application) {
    const row = (key, value) => [h("dt", {}, t(key)), h("dd", {}, value)];
    const contact = application.contact;
    return h("dl", { class: "details", "data-testid": "org-details" },
      row("col.organisation", application.organisationName),
      row("col.kind", label(application.kind)),
      row("col.country", application.country || "—"),
      row("col.region", label(application.region)),
      row("col.city", application.city || "—"),
      row("col.language", label(application.preferredLanguage)),
      row("col.status", h("span", { "data-testid": "org-status" }, badge(application.status))),
      application.note ? row("shell.org.note", application.note) : null,
      row("col.submitted", date(application.submittedAt)),
      row("shell.org.updated", date(application.updatedAt)),
      contact ? row("shell.org.contact", contact.erased ? t("shell.org.erased") : `${contact.name} <${contact.email}>`)
        : null);
  }

  function history(application, steps) {
    return table(t("shell.org.history", { name: application.organisationName }), ["shell.col.when", "shell.col.what"],
      steps.map(step => [date(step.occurredAt),
        t("ev." + step.eventType, { name: application.organisationName })]));
  }

  return {
    organisation: {
      readModels: ["membership-applications"],
      skeleton: () => [h("h1", {}, t("nav.organisation")), h("div", { id: "org-applications" }),
        section("org-public", t("shell.org.publicTitle"),
          h("p", {}, h("a", { href: "/public" }, t("shell.org.public"))))],
      async refresh() {
        const own = await api("/api/membership-applications");
        const histories = await Promise.all(own.map(a => api(`/api/membership-applications/${a.applicationId}/history`)));
        const target = document.getElementById("org-applications");
        target.replaceChildren(...(own.length
          ? own.map((application, index) => section("application-" + application.applicationId,
              t("shell.org.application", { name: application.organisationName }), details(application),
              documentsOf(application),
              h("h3", {}, t("shell.org.historyTitle")), history(application, histories[index])))
          : [section("org-none", t("shell.org.applications"), h("p", { class: "empty" }, t("shell.org.none")))]));
      },
    },
  };
};
