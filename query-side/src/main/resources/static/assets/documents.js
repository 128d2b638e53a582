// Documents (issue #20): the documents of a record with their versions, an upload with its progress, and downloads;
// and a ballot's dossier as it stood when a vote was cast. Built with app.js's helpers; every word from i18n.js.
// The server decides who may attach and read (DocumentRecord): the forms shown here only spare a refusal.
"use strict";
window.GsefDocuments = function (app) {
  const { h, t, api, date, state, has, say } = app;
  let limits = null;

  // Which roles may attach to a record of each kind, as the server's RecordKind says (an applicant: its own only).
  const ATTACHERS = {
    APPLICATION: ["SECRETARIAT", "MEMBER_REPRESENTATIVE"],
    BALLOT: ["SECRETARIAT", "CHAIR"],
    MEETING: ["SECRETARIAT"],
    MILESTONE: ["SECRETARIAT"],
    INDICATOR_VALUE: ["SECRETARIAT"],
  };
  const mayAttach = kind => (ATTACHERS[kind] || []).some(role => has(role));

  const size = bytes => {
    const units = ["B", "kB", "MB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return new Intl.NumberFormat(state.lang, { maximumFractionDigits: unit ? 1 : 0 }).format(value) + " " + units[unit];
  };
  const shortHash = sha256 => h("code", { title: sha256 }, sha256.slice(0, 12) + "…");

  async function loadLimits() {
    if (!limits) limits = await api("/api/documents/limits").catch(() => ({ maxSize: 25 * 1024 * 1024, mediaTypes: [] }));
    return limits;
  }

  // A version's bytes, fetched with the page's token and handed to the browser as a file to save (never shown).
  async function download(documentId, version, name) {
    try {
      const response = await fetch(`/api/documents/${documentId}/versions/${version}/content`, {
        headers: { Authorization: "Bearer " + (await app.token()), "Accept-Language": state.lang },
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => null);
        throw new Error((problem && (problem.detail || problem.title)) || response.statusText);
      }
      const url = URL.createObjectURL(await response.blob());
      const link = h("a", { href: url, download: name || "document", hidden: true });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      say(t("documents.downloaded", { name: name || "document" }), "ok");
    } catch (error) {
      say(t("error", { detail: error.message }), "error");
    }
  }

  function versionLine(documentId, v) {
    const name = v.erased ? t("documents.erased") : v.name;
    return h("span", { class: "document-version", "data-version": v.version },
      h("strong", {}, t("documents.version", { version: v.version })), " · ", name, " · ", v.mediaType, " · ",
      size(v.size), " · ", t("documents.attached", { date: date(v.attachedAt), user: v.attachedBy || "—" }), " · ",
      shortHash(v.sha256), " ",
      v.erased ? null : h("button", { type: "button", "data-download": `${documentId}/${v.version}`,
        "aria-label": t("documents.downloadVersion", { name, version: v.version }),
        onclick: () => download(documentId, v.version, v.name) }, t("documents.download")));
  }

  // An upload: the file is the request's body; its progress shown as it is sent.
  function upload(path, file, progress, status) {
    return new Promise(async (resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open("POST", path);
      request.setRequestHeader("Authorization", "Bearer " + (await app.token()));
      request.setRequestHeader("Accept-Language", state.lang);
      request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
      request.upload.onprogress = event => {
        if (!event.lengthComputable) return;
        progress.value = Math.round((event.loaded / event.total) * 100);
        status.textContent = t("documents.progress", { percent: progress.value });
      };
      request.onload = () => {
        const body = (() => { try { return JSON.parse(request.responseText); } catch (e) { return null; } })();
        if (request.status === 201) resolve(body);
        else reject(new Error((body && (body.detail || body.title)) || request.statusText));
      };
      request.onerror = () => reject(new Error(t("documents.failed")));
      request.send(file);
    });
  }

  // A file field and an upload button; sends to `path(name)` showing its progress in the panel's bar and status (which
  // outlive the form: the list and its forms are drawn again once the upload is recorded), then calls `done`.
  function uploadForm(id, legend, path, done, progress, status) {
    const input = h("input", { type: "file", id, name: "file", "data-testid": "document-file" });
    if (limits && limits.mediaTypes.length) input.setAttribute("accept", limits.mediaTypes.join(","));
    const form = h("form", { class: "document-upload", "data-upload": id, onsubmit: async event => {
      event.preventDefault();
      const file = input.files[0];
      if (!file) {
        status.textContent = t("documents.choose");
        return;
      }
      if (limits && file.size > limits.maxSize) {
        status.textContent = t("documents.tooLarge", { size: size(limits.maxSize) });
        return;
      }
      progress.hidden = false;
      progress.value = 0;
      try {
        const recorded = await upload(path(file.name), file, progress, status);
        progress.value = 100;
        status.textContent = t("documents.uploaded", { name: file.name });
        input.value = "";
        await done(recorded);
      } catch (error) {
        status.textContent = t("error", { detail: error.message });
      }
    } },
    h("fieldset", {}, h("legend", {}, legend),
      h("div", { class: "field" }, h("label", { for: id }, t("documents.file")), input),
      h("button", { type: "submit", class: "primary" }, t("documents.upload"))));
    return form;
  }

  /**
   * The documents of a record: each with its versions (newest first, the earlier ones kept and downloadable), an
   * upload of a new document and of a new version for those who may attach. Returns the element, filled as it loads.
   */
  function panel(kind, recordId, part) {
    const key = `${kind.toLowerCase()}-${recordId}${part ? "-" + part : ""}`.replace(/[^A-Za-z0-9-]/g, "-");
    const container = h("div", { class: "documents", "data-documents": recordId, id: "documents-" + key });
    const query = `record=${encodeURIComponent(kind)}&recordId=${encodeURIComponent(recordId)}`
      + (part ? "&part=" + encodeURIComponent(part) : "");
    const progress = h("progress", { max: "100", value: "0", "aria-label": t("documents.uploading"), hidden: true });
    const status = h("p", { role: "status", "aria-live": "polite", "data-testid": "upload-status" });
    const state = h("div", { class: "upload-state" }, progress, " ", status);
    // The list is read from the read model, which follows the event a moment later: wait for the version just recorded.
    async function settled(recorded) {
      for (let attempt = 0; recorded && attempt < 40; attempt++) {
        const listed = await api("/api/documents?" + query).catch(() => []);
        const document = listed.find(d => d.documentId === recorded.id);
        if (document && document.versions.some(v => v.version === recorded.version)) return;
        await new Promise(resolve => setTimeout(resolve, 250));
      }
    }
    async function recordedThenReload(recorded) {
      await settled(recorded);
      await reload();
    }
    async function reload() {
      await loadLimits();
      let documents;
      try {
        documents = await api("/api/documents?" + query);
      } catch (error) {
        container.replaceChildren(h("p", { class: "muted" }, t("error", { detail: error.message })));
        return;
      }
      const list = documents.length
        ? h("ul", { class: "plain document-list", "aria-label": t("documents.title") }, documents.map((d, index) => {
          const [latest, ...earlier] = d.versions;
          return h("li", { "data-document": d.documentId },
            versionLine(d.documentId, latest),
            earlier.length ? h("details", {}, h("summary", {}, t("documents.earlier", { count: earlier.length })),
              h("ul", { class: "plain" }, earlier.map(v => h("li", {}, versionLine(d.documentId, v))))) : null,
            mayAttach(kind) ? uploadForm(`doc-${key}-${index}`, t("documents.newVersion"),
              name => `/api/documents/${d.documentId}/versions?name=${encodeURIComponent(name)}`, recordedThenReload,
              progress, status) : null);
        }))
        : h("p", { class: "empty" }, t("documents.none"));
      container.replaceChildren(list, mayAttach(kind) ? uploadForm(`doc-${key}-new`, t("documents.attachNew"),
        name => `/api/documents?${query}&name=${encodeURIComponent(name)}`, recordedThenReload, progress, status) : null,
      state);
    }
    container.replaceChildren(h("p", { class: "muted" }, t("loading")));
    reload();
    return container;
  }

  /**
   * A ballot's dossier as it was recorded (BallotDossierRecorded): the exact version of each document, with its
   * fingerprint, downloadable as it was then.
   */
  function asRecorded(refs) {
    const container = h("ul", { class: "plain document-list", id: "dossier-documents" });
    if (!refs || !refs.length) return h("p", { class: "empty", id: "dossier-documents" }, t("documents.noneRecorded"));
    Promise.all(refs.map(ref => api("/api/documents/" + ref.documentId).catch(() => null))).then(found => {
      container.replaceChildren(...refs.map((ref, index) => {
        const document = found[index];
        const version = document && document.versions.find(v => v.version === ref.version);
        return h("li", { "data-document": ref.documentId }, version
          ? versionLine(ref.documentId, version)
          : h("span", {}, t("documents.version", { version: ref.version }), " · ", shortHash(ref.sha256)));
      }));
    });
    return container;
  }

  return { panel, asRecorded };
};
