// The GSEF Governance pages: one page application over the API. Signed in by session; the API is called with a
// short-lived bearer token the session obtains. Every view reloads its data when the server says, through
// server-sent events, that a read model it shows has moved on: open pages stay current without a reload.
"use strict";
(function () {
  const I18N = window.GSEF_I18N;
  const Charts = window.GsefCharts;
  const main = document.getElementById("main");
  // /public is the dashboard for anyone: the overview, read from /api/public without signing in.
  const isPublic = location.pathname === "/public";
  const state = { lang: chooseLanguage(), token: null, expires: 0, me: null, view: viewOf(location.pathname),
    asOf: asOfOf(location.search) };

  // ---- as of a day -----------------------------------------------------------------------------------------------
  // The dashboards can be read as of any day (?asOf=2019-12-31): counts by the effective dates of what happened,
  // plans judged on that day. Without it, today, and a finished plan on its last day.
  function asOfOf(search) {
    const value = new URLSearchParams(search).get("asOf");
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  }

  const asOfQuery = () => (state.asOf ? "?asOf=" + state.asOf : "");

  function setAsOf(value) {
    state.asOf = value || null;
    const url = new URL(location.href);
    if (state.asOf) url.searchParams.set("asOf", state.asOf);
    else url.searchParams.delete("asOf");
    history.replaceState({}, "", url);
    render();
  }

  function asOfControl(planEnd) {
    const input = h("input", { type: "date", id: "as-of", value: state.asOf || "", "data-testid": "as-of" });
    return h("form", { class: "as-of", onsubmit: event => { event.preventDefault(); setAsOf(input.value); } },
      h("div", { class: "field" }, h("label", { for: "as-of" }, t("asOf.label")), input),
      h("button", { type: "submit", class: "primary" }, t("asOf.show")),
      h("button", { type: "button", onclick: () => setAsOf(null) }, t("asOf.today")),
      planEnd ? h("button", { type: "button", "data-as-of": planEnd, onclick: () => setAsOf(planEnd) },
        t("asOf.planEnd", { date: date(planEnd) })) : null);
  }

  // The plans in view (those not yet over and the one that ended last), or every plan ever adopted.
  function plansControl(every) {
    return h("p", {}, h("button", { type: "button", "data-testid": "every-plan", "aria-pressed": String(every),
      onclick: () => {
        const url = new URL(location.href);
        if (every) url.searchParams.delete("plans");
        else url.searchParams.set("plans", "all");
        history.replaceState({}, "", url);
        render();
      } }, t(every ? "objectives.inView" : "objectives.every")));
  }

  function judged(plans) {
    const plan = plans[plans.length - 1];
    if (!plan) return null;
    return h("p", { class: "judged", "data-testid": "judged-on" },
      t(plan.ended ? "asOf.ended" : "asOf.judged", { date: date(plan.judgedOn), year: plan.year }));
  }

  const planEndOf = plans => {
    const ends = indicatorsOf(plans).map(i => i.deadline).sort();
    return ends.length ? ends[ends.length - 1] : null;
  };

  // ---- where the sources disagree --------------------------------------------------------------------------------
  async function disagreements() {
    return read("/api/sources/disagreements").catch(() => []);
  }

  // A mark by a record whose facts the sources give in several versions: "sources disagree", or the version held.
  function disagreementMark(found, id) {
    const about = found.filter(d => d.subjects.includes(id));
    if (!about.length) return null;
    return h("span", {}, about.map(d => d.status === "RESOLVED"
      ? h("span", { class: "badge resolved", title: d.question }, t("sources.held", { says: d.held.says }))
      : h("span", { class: "badge sources-disagree", title: d.question + " " + d.versions.map(v => v.says).join(" / ") },
        label("SOURCES_DISAGREE"))));
  }

  function disagreementList(found) {
    if (!found.length) return h("p", { class: "empty" }, t("none"));
    return h("ul", { class: "plain", "data-testid": "disagreements" }, found.map(d => h("li", {},
      h("p", {}, badge(d.status), " ", h("strong", {}, d.question)),
      h("ul", {}, d.versions.map((v, index) => h("li", {},
        d.holds === index + 1 ? h("strong", {}, v.says) : v.says, " — ", h("em", {}, v.section)))),
      d.reason ? h("p", { class: "muted" }, t("sources.reason", { reason: d.reason })) : null)));
  }

  // ---- languages -------------------------------------------------------------------------------------------------
  function chooseLanguage() {
    const saved = localStorage.getItem("gsef.language");
    if (saved && I18N[saved]) return saved;
    for (const wanted of navigator.languages || [navigator.language || "en"]) {
      const code = String(wanted).slice(0, 2).toLowerCase();
      if (I18N[code]) return code;
    }
    return "en";
  }

  function t(key, values) {
    const text = (I18N[state.lang] && I18N[state.lang][key]) || I18N.en[key] || key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (values && values[name] !== undefined ? values[name] : ""));
  }

  const label = value => (value === null || value === undefined ? "—" : t("enum." + value));

  // ---- the record's names in the reader's language ---------------------------------------------------------------
  // Names and titles of the record are written in English with their French and Spanish beside them
  // (/api/translations); a text without one is shown in English, marked as such, never silently.
  const LANGUAGES = { en: "ENGLISH", fr: "FRENCH", es: "SPANISH" };
  let translations = {};

  async function loadTranslations() {
    const language = LANGUAGES[state.lang];
    translations = state.lang === "en"
      ? {} : ((await read("/api/translations?language=" + language).catch(() => ({})))[language] || {});
  }

  const translated = (id, field) => (translations[id] || {})[field];

  /** The text as a string (for titles and labels): the translation, or the English. */
  const plain = (id, field, english) => translated(id, field) || english;

  /** The text for the page: the translation, or the English marked as English. */
  function named(id, field, english) {
    if (state.lang === "en" || !english) return english;
    const text = translated(id, field);
    return text || h("span", { class: "fallback", lang: "en", title: t("fallback") }, english);
  }

  /** A ballot's title, generated from its subject in the reader's language where the subject allows. */
  function ballotTitle(ballot, applications, meetings) {
    const type = ballot.decisionType;
    const application = (applications || []).find(a => a.applicationId === ballot.referenceId);
    const meeting = (meetings || []).find(m => m.meetingId === ballot.referenceId);
    if (type === "ADMISSION" && application) return t("ballot.admissionTitle", { name: application.organisationName });
    if (type === "MINUTES_APPROVAL" && meeting) {
      return t("ballot.minutesTitle", { meeting: plain(meeting.meetingId, "title", meeting.title) });
    }
    return ballot.title;
  }
  const number = value => new Intl.NumberFormat(state.lang, { maximumFractionDigits: 1 }).format(value);
  function date(value) {
    if (!value) return "—";
    const parsed = value.length === 10 ? new Date(value + "T00:00:00Z") : new Date(value);
    return new Intl.DateTimeFormat(state.lang, { dateStyle: "medium", timeZone: "UTC" }).format(parsed);
  }

  function translateStatic() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll("[data-i18n]").forEach(node => { node.textContent = t(node.dataset.i18n); });
    document.getElementById("language").value = state.lang;
    document.title = t("nav." + state.view) + " · GSEF";
  }

  // ---- DOM -------------------------------------------------------------------------------------------------------
  function h(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    });
    children.flat().forEach(child => {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  // The reader's sort of each table of the view (by its caption), kept when a live update draws the view again and
  // forgotten when another view, or another language, is drawn.
  const sorts = new Map();

  // Every table sorts by any column (a click on its heading, again for the other way) and exports what it shows as
  // CSV, made here in the browser from the cells on the page. A cell sorts by its [data-sort] or <time datetime> when it
  // has one (dates, in any language), else by its text, numbers in order.
  function table(caption, columns, rows) {
    if (!rows.length) return h("p", { class: "empty" }, t("none"));
    const body = h("tbody", {}, rows.map(cells => h("tr", {}, cells.map(cell => h("td", {}, cell)))));
    const headings = columns.map((column, index) => h("th", { scope: "col" },
      h("button", { type: "button", class: "sort", "data-sort-column": index, onclick: () => sortBy(index) }, t(column))));
    const key = cell => {
      const marked = cell.querySelector("[data-sort]") || cell.querySelector("time[datetime]");
      return marked ? marked.dataset.sort || marked.getAttribute("datetime") : cell.textContent.trim();
    };
    const collator = new Intl.Collator(state.lang, { numeric: true, sensitivity: "base" });
    function sortBy(index, ascending = headings[index].getAttribute("aria-sort") !== "ascending") {
      sorts.set(caption, { index, ascending });
      headings.forEach(heading => heading.removeAttribute("aria-sort"));
      headings[index].setAttribute("aria-sort", ascending ? "ascending" : "descending");
      [...body.rows].sort((a, b) => (ascending ? 1 : -1) * collator.compare(key(a.cells[index]), key(b.cells[index])))
        .forEach(row => body.appendChild(row));
    }
    const kept = sorts.get(caption);
    if (kept && kept.index < headings.length) sortBy(kept.index, kept.ascending);
    // A table wider than its card scrolls; the region takes the keyboard's focus so that it can be scrolled without a
    // mouse, in any language, whatever the length of the names.
    return h("div", { class: "table" },
      h("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": caption },
        h("table", {},
          h("caption", { class: "visually-hidden" }, caption),
          h("thead", {}, h("tr", {}, headings)),
          body)),
      h("p", { class: "table-tools" }, h("button", { type: "button", class: "csv", "data-csv": caption,
        onclick: () => downloadCsv(caption, columns.map(column => t(column)),
          [...body.rows].map(row => [...row.cells].map(cell => cell.textContent.replace(/\s+/g, " ").trim()))) },
      t("table.csv"), h("span", { class: "visually-hidden" }, " — " + caption))));
  }

  /**
   * A cell of CSV (RFC 4180), neutralised as the server's CSV tables are (CsvTables): text a spreadsheet would run as
   * a formula (starting with =, +, -, @, a tab or a carriage return) is quoted after a single quote.
   */
  function csvCell(value) {
    const text = String(value === null || value === undefined ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) return "\"'" + text.replace(/"/g, '""') + "\"";
    return /[",\n\r]/.test(text) ? "\"" + text.replace(/"/g, '""') + "\"" : text;
  }

  const csvOf = (headers, rows) => [headers, ...rows].map(row => row.map(csvCell).join(",")).join("\r\n") + "\r\n";

  function downloadCsv(caption, headers, rows) {
    const name = (caption.normalize("NFD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "table") + ".csv";
    const url = URL.createObjectURL(new Blob(["\ufeff" + csvOf(headers, rows)], { type: "text/csv;charset=utf-8" }));
    const anchor = h("a", { href: url, download: name, hidden: true });
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  const badge = value => h("span", { class: "badge " + String(value || "").toLowerCase().replace(/_/g, "-") }, label(value));

  // A notification's link names the item it is about (#meeting-ID, #ballot-ID): once the page is filled, show it.
  function scrollToAnchor() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (target && !target.dataset.shown) {
      target.dataset.shown = "1";
      target.scrollIntoView({ block: "center" });
    }
  }

  function section(id, title, ...content) {
    return h("section", { "aria-labelledby": id + "-title", class: "card", id },
      h("h2", { id: id + "-title" }, title), h("div", { class: "content", "data-content": id }, ...content));
  }

  function fill(id, ...content) {
    const target = main.querySelector(`[data-content="${id}"]`);
    if (target) target.replaceChildren(...content.flat().filter(Boolean));
  }

  function say(message, kind) {
    const live = document.getElementById("live");
    live.textContent = message;
    live.className = kind || "";
  }

  // ---- session and API -------------------------------------------------------------------------------------------
  async function session() {
    const response = await fetch("/session/token", { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok || !String(response.headers.get("Content-Type")).includes("json")) {
      location.assign("/login");
      throw new Error("signed out");
    }
    const token = await response.json();
    state.token = token.accessToken;
    state.expires = Date.now() + (token.expiresIn - 60) * 1000;
    state.me = token;
    document.getElementById("logout-csrf").value = token.csrfToken;
    document.getElementById("who").textContent =
      t("signedInAs", { user: token.userId }) + (token.seat ? " · " + t("seat", { seat: token.seat }) : "");
  }

  // The session hands out short-lived tokens: a fresh one a minute before the last expires, or when the API answers
  // 401 (the token expired or was revoked, or the account changed), once per request.
  async function api(path, options, retried) {
    if (!isPublic && (!state.token || Date.now() > state.expires)) await session();
    const request = {
      method: (options && options.method) || "GET",
      headers: { "Accept-Language": state.lang, Accept: "application/json" },
    };
    if (!isPublic) request.headers.Authorization = "Bearer " + state.token;
    if (options && options.body !== undefined) {
      request.headers["Content-Type"] = "application/json";
      request.body = JSON.stringify(options.body);
    }
    const response = await fetch(path, request);
    if (response.status === 401 && !isPublic && !retried) {
      state.token = null;
      return api(path, options, true);
    }
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const problem = new Error((body && (body.detail || body.title)) || response.statusText);
      problem.status = response.status;
      problem.body = body;
      throw problem;
    }
    return body;
  }

  // Every item of a paged list route (offset and limit, 200 at most): asked 200 at a time until a page comes back short.
  async function all(path) {
    const items = [];
    const join = path.includes("?") ? "&" : "?";
    for (let offset = 0; ; offset += 200) {
      const page = await api(`${path}${join}limit=200&offset=${offset}`);
      items.push(...page);
      if (page.length < 200) return items;
    }
  }

  const has = role => Boolean(state.me && state.me.roles.includes(role));

  function confirmAction(title, text) {
    const dialog = document.getElementById("confirm");
    document.getElementById("confirm-title").textContent = title;
    document.getElementById("confirm-text").textContent = text;
    return new Promise(resolve => {
      dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
      dialog.showModal();
      document.getElementById("confirm-ok").focus();
    });
  }

  async function act(work) {
    try {
      await work();
      say(t("done"), "ok");
    } catch (error) {
      say(t("error", { detail: error.message }), "error");
    }
  }

  // ---- views -----------------------------------------------------------------------------------------------------
  function viewOf(path) {
    return { "/admissions": "admissions", "/committee": "committee", "/roadmap": "roadmap", "/objectives": "objectives",
      "/notifications": "notifications", "/organisation": "organisation", "/work": "work" }[path]
      || auditViewOf(path) || window.GsefDetails.viewOf(path) || "overview";
  }

  // The auditors' workspace (audit.js): its views, addressed by path.
  function auditViewOf(path) {
    if (path === "/audit" || path === "/audit/trail") return "audit-trail";
    if (path === "/audit/verification") return "audit-verification";
    if (path === "/audit/operations") return "audit-operations";
    if (path === "/audit/registers") return "audit-registers";
    if (path === "/audit/notifications") return "audit-notifications";
    if (path.startsWith("/audit/entities/")) return "audit-entity";
    if (path.startsWith("/audit/decisions/")) return "audit-decision";
    if (path === "/receipts") return "receipts";
    return null;
  }

  // Who may open the auditors' workspace: the roles the audit API lets read (ReadAccess.AUDIT_READERS).
  const auditReader = () => has("AUDITOR") || has("SECRETARIAT") || has("OPERATOR");
  // A decision explained in the auditors' workspace, for those who may read it; plain text for the others.
  const decisionPage = (id, text) => (id && auditReader()
    ? h("a", { href: "/audit/decisions/" + encodeURIComponent(id), "data-route": "", "data-decision": id }, text)
    : text);

  // Who reads the governance record (ReadAccess.GOVERNANCE_READERS): every application, ballot, member and meeting.
  const governanceReader = () => ["SECRETARIAT", "CHAIR", "DELEGATE", "AUDITOR"].some(has);

  // The menu per role: a view is offered only to the roles whose reads it needs, so that none answers with a refusal.
  const OFFERED = {
    overview: () => true,
    admissions: governanceReader,
    committee: governanceReader,
    roadmap: () => true,
    objectives: () => true,
    notifications: () => true,
    organisation: () => has("MEMBER_REPRESENTATIVE"),
    // The Secretariat's and the chair's commands; a delegate gives its seat's proxy there too, though the menu, which
    // names the page for the Secretariat, leads a delegate to its meetings and ballots instead (IN_MENU).
    work: () => has("SECRETARIAT") || has("CHAIR") || (has("DELEGATE") && Boolean(state.me.seat)),
    // The detail pages (details.js): a member representative reads its own application; the records of the
    // Committee are the governance readers'; the roadmap, the plan, the program, the directory and search anyone's.
    application: () => governanceReader() || has("MEMBER_REPRESENTATIVE"),
    ballot: governanceReader,
    meeting: governanceReader,
    member: governanceReader,
    seat: governanceReader,
    milestone: () => true,
    indicator: () => true,
    activity: () => true,
    members: () => true,
    search: () => true,
    receipts: () => has("DELEGATE") && Boolean(state.me.seat),
  };
  const offered = view => (OFFERED[view] || auditReader)();

  // What the overview reads: the signed-in API, or its public counterpart on the public dashboard and for the roles
  // that do not read the governance record (a member representative, an operator).
  const read = path => api(isPublic || !governanceReader() ? "/api/public" + path.slice("/api".length) : path);

  async function gsef2020() {
    if (isPublic) return api("/api/public/forum/editions/current").catch(() => null);
    return api("/api/forum/editions/current").catch(() => null);
  }

  function indicatorsOf(plans) {
    const all = [];
    plans.forEach(plan => plan.directions.forEach(direction => direction.objectives.forEach(objective =>
      objective.indicators.forEach(indicator => all.push(Object.assign(
        { objective: objective.title, year: plan.year, planId: plan.planId }, indicator))))));
    return all;
  }

  function statusBars(indicators) {
    const statuses = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "ACHIEVED", "MISSED"]
      .filter(status => status !== "MISSED" || indicators.some(i => i.status === "MISSED"));
    return Charts.bars(statuses.map(status => ({
      label: label(status), value: indicators.filter(i => i.status === status).length,
      kind: status.toLowerCase().replace(/_/g, "-"),
    })), t("objectives.status"), { axis: t("chart.indicators") });
  }

  function milestoneRows(roadmap, editionId) {
    return (roadmap || []).map(m => [
      isPublic ? named(editionId, "milestone:" + m.milestone, m.title)
        : link.milestone(editionId, m.milestone, named(editionId, "milestone:" + m.milestone, m.title)),
      m.owner, h("time", { datetime: m.dueOn }, date(m.dueOn)),
      h("span", {}, badge(m.status), m.late ? h("span", { class: "badge late" }, t("roadmap.late")) : null),
      h("span", {}, Charts.progress(m.progress, 100, `${plain(editionId, "milestone:" + m.milestone, m.title)}: ${m.progress}%`),
        " ", number(m.progress) + " %"),
    ]);
  }

  // The register of decisions on the public dashboard: what the Committee decided, and when.
  async function publicDecisions() {
    const decisions = await api("/api/public/committee/decisions");
    fill("public-decisions", table(t("committee.decisions"), ["col.title", "col.outcome", "col.tally", "col.decided"],
      decisions.map(d => [d.title, badge(d.outcome),
        `${t("tally.yes")} ${d.tally.yes} · ${t("tally.no")} ${d.tally.no} · ${t("tally.abstain")} ${d.tally.abstain}`,
        h("time", { datetime: d.effectiveOn || d.closedAt }, date(d.effectiveOn || d.closedAt))])));
  }

  // The calendar feeds (iCalendar): the public one, and the signed-in user's private address, which the server shows
  // once, when it makes it; it is kept here until the page is left, so that a refresh does not hide it.
  async function calendarFeeds() {
    const lang = state.lang;
    const publicFeed = h("p", {}, h("a", { href: "/api/public/calendar?lang=" + lang, "data-testid": "public-feed" },
      t("calendar.public")));
    if (isPublic) return fill("calendar", publicFeed);
    const feed = await api("/api/calendar/feed");
    const make = async () => act(async () => {
      const made = await api("/api/calendar/feed?lang=" + state.lang, { method: "POST" });
      state.feedAddress = location.origin + made.address;
      await calendarFeeds();
    });
    const revoke = async () => {
      if (!(await confirmAction(t("calendar.revokeTitle"), t("calendar.revokeText")))) return;
      await act(async () => {
        await api("/api/calendar/feed", { method: "DELETE" });
        state.feedAddress = null;
        await calendarFeeds();
      });
    };
    fill("calendar",
      h("p", {}, t("calendar.private")),
      feed.exists
        ? h("p", { "data-testid": "feed-status" }, t("calendar.since", { date: date(feed.createdAt) }))
        : h("p", { class: "empty", "data-testid": "feed-status" }, t("calendar.none")),
      feed.exists && state.feedAddress
        ? h("p", {}, h("label", { for: "feed-address" }, t("calendar.address")), " ",
            h("input", { id: "feed-address", type: "url", readonly: true, value: state.feedAddress, size: 40 }))
        : null,
      h("p", { class: "actions" },
        h("button", { type: "button", id: "feed-make", onclick: make }, t(feed.exists ? "calendar.remake" : "calendar.make")),
        feed.exists ? h("button", { type: "button", id: "feed-revoke", onclick: revoke }, t("calendar.revoke")) : null),
      publicFeed);
  }

  const views = {
    overview: {
      // The read models a view shows: a change to any other one leaves it as it is.
      readModels: ["members", "objectives", "forum", "activities", "notifications", "ballots"],
      skeleton: () => [
        h("h1", {}, t("overview.title")),
        h("div", { "data-content": "as-of" }),
        awaitsVotes() ? section("awaiting", t("notifications.awaiting")) : null,
        !isPublic && has("MEMBER_REPRESENTATIVE") ? section("my-organisation", t("nav.organisation")) : null,
        !isPublic && (has("AUDITOR") || has("OPERATOR")) ? section("workspace", t("shell.workspace"), workspaceLinks()) : null,
        h("div", { class: "grid" },
          section("members", t("members.title")),
          section("objectives-glance", t("objectives.glance")),
          section("roadmap-glance", t("roadmap.glance")),
          section("upcoming", t("activities.upcoming")),
          section("calendar", t("calendar.title"))),
        isPublic ? section("public-decisions", t("committee.decisions")) : null,
      ],
      async refresh() {
        if (awaitsVotes()) {
          const awaiting = await api("/api/notifications/awaiting-vote");
          fill("awaiting", awaiting.length
            ? h("ul", { class: "plain", "data-testid": "awaiting-vote" }, awaiting.map(ballot => h("li", {},
                h("a", { href: "/ballots/" + ballot.ballotId, "data-route": true, "data-awaiting": ballot.ballotId },
                  ballot.admissionOf ? t("ballot.admissionTitle", { name: ballot.admissionOf }) : ballot.title), " — ",
                t("notifications.closes", { date: date(ballot.closesAt) }))))
            : h("p", { class: "empty" }, t("notifications.noneAwaiting")));
        }
        if (!isPublic && has("MEMBER_REPRESENTATIVE")) {
          const own = await api("/api/membership-applications");
          fill("my-organisation", own.length
            ? h("ul", { class: "plain", "data-testid": "my-applications" }, own.map(a => h("li", {},
                h("a", { href: "/organisation", "data-route": "" }, a.organisationName), " ", badge(a.status))))
            : h("p", { class: "empty" }, t("shell.org.none")));
        }
        const today = state.asOf || new Date().toISOString().slice(0, 10);
        const [count, plans, edition, upcoming] = await Promise.all([
          read("/api/members/count" + asOfQuery()), read("/api/objectives" + asOfQuery()), gsef2020(),
          read(`/api/activities?from=${today}&status=PLANNED,CONFIRMED&sort=from&limit=6`)]);
        const indicators = indicatorsOf(plans);
        fill("as-of", asOfControl(planEndOf(plans)));
        const members = indicators.find(i => i.source === "ACTIVE_MEMBERS" && !i.region);
        const target = members ? members.target : 100;
        const year = members ? members.deadline.slice(0, 4) : String(new Date().getFullYear());
        const growth = await read(`/api/members/growth?from=${year}-01&to=${year}-12`);
        const month = on => new Intl.DateTimeFormat(state.lang, { month: "short", timeZone: "UTC" })
          .format(new Date(on + "T00:00:00Z"));
        fill("members",
          h("p", { class: "figure", "data-testid": "active-members" }, t("members.active", { count: number(count.active) })),
          count.unnamed ? h("p", { class: "muted" }, t("members.unnamed", { count: number(count.unnamed) })) : null,
          Charts.progress(count.active, target, t("members.active", { count: count.active }), members && members.expected),
          h("p", {}, t("members.target", { target: number(target), deadline: members ? date(members.deadline) : "—" })),
          h("h3", {}, t("members.growth", { year })),
          Charts.bars(growth.map(point => ({ label: month(point.on), value: point.active })), t("members.growth", { year }),
            { axis: t("chart.members") }),
          h("h3", {}, t("members.byRegion")),
          Charts.bars(Object.entries(count.byRegion).map(([region, value]) => ({ label: label(region), value })),
            t("members.byRegion"), { axis: t("chart.members") }));
        fill("objectives-glance", judged(plans), statusBars(indicators),
          h("ul", { class: "plain" }, indicators.map(i => h("li", {}, badge(i.status), " ",
            named(i.planId, "indicator:" + i.code, i.name)))));
        fill("roadmap-glance", edition
          ? [h("p", {}, t("roadmap.lateCount", { count: edition.lateMilestones })),
             table(t("roadmap.glance"), ["col.milestone", "col.due", "col.status"],
               milestoneRows(edition.roadmap, edition.editionId).map(row => [row[0], row[2], row[3]]))]
          : h("p", { class: "empty" }, t("none")));
        fill("upcoming", upcoming.length
          ? table(t("activities.upcoming"), ["col.title", "col.dates", "col.location", "col.status"],
              upcoming.map(a => [isPublic ? named(a.activityId, "title", a.title)
                : link.activity(a.activityId, named(a.activityId, "title", a.title)),
              h("time", { datetime: a.from }, date(a.from)), a.location || "—", badge(a.status)]))
          : h("p", { class: "empty" }, t("activities.noneUpcoming")));
        await calendarFeeds();
        if (isPublic) await publicDecisions();
      },
    },

    notifications: {
      readModels: ["notifications"],
      skeleton: () => [
        h("h1", {}, t("notifications.title")),
        section("inbox", t("notifications.inbox")),
        section("notification-preferences", t("notifications.preferences")),
      ],
      async refresh() {
        const [inbox, settings] = await Promise.all([
          api("/api/notifications/inbox"), api("/api/notifications/preferences")]);
        const reading = path => act(async () => { await api(path, { method: "POST" }); await refresh(); });
        fill("inbox",
          h("p", { "data-testid": "unread" }, t("notifications.unread", { count: number(inbox.unread) })),
          inbox.unread ? h("button", { type: "button", onclick: () => reading("/api/notifications/inbox/read") },
            t("notifications.readAll")) : null,
          inbox.items.length
            ? h("ul", { class: "plain inbox" }, inbox.items.map(item => {
                const link = new URL(item.link, location.origin);
                return h("li", { class: item.readAt ? "read" : "unread", lang: LANGUAGE_CODES[item.language] },
                  h("h3", {}, item.readAt ? null : h("span", { class: "badge open" }, t("notifications.new")), " ",
                    item.subject),
                  h("p", { class: "muted" }, date(item.createdAt)),
                  h("p", {}, item.text),
                  h("p", {}, h("a", { href: link.pathname + link.hash }, t("notifications.open")),
                    item.readAt ? null : [" ", h("button", { type: "button",
                      onclick: () => reading(`/api/notifications/inbox/${item.id}/read`) }, t("notifications.markRead"))]));
              }))
            : h("p", { class: "empty" }, t("none")));
        fill("notification-preferences", preferencesForm(settings));
      },
    },

    admissions: {
      readModels: ["membership-applications", "ballots"],
      skeleton: () => [
        h("h1", {}, t("admissions.title")),
        section("ballots", t("admissions.ballots")),
        section("applications", t("admissions.inProgress")),
        has("SECRETARIAT") ? section("new-application", t("admissions.new"), applicationForm()) : null,
      ],
      async refresh() {
        const [applications, ballots, seats] = await Promise.all([
          api("/api/membership-applications?limit=200"),
          // An applicant's representative reads its own application (and its documents), not the Committee's ballots.
          has("MEMBER_REPRESENTATIVE") && !has("SECRETARIAT") ? [] : api("/api/ballots?status=OPEN&limit=200"),
          api("/api/committee/seats").catch(() => [])]);
        const seatName = seat => (seats.find(s => s.seat === seat) || {}).organisationName || seat;
        const open = await Promise.all(ballots.map(b => api("/api/ballots/" + b.ballotId)));
        fill("ballots", open.length ? open.map(b => ballotCard(b, ballotTitle(b, applications), seatName))
          : h("p", { class: "empty" }, t("none")));
        fill("applications", table(t("admissions.inProgress"),
          ["col.organisation", "col.kind", "col.country", "col.region", "col.status", "col.submitted", "col.actions",
            "col.documents"],
          applications.map(a => [link.application(a.applicationId, a.organisationName), label(a.kind), a.country || "—",
            label(a.region), badge(a.status), h("time", { datetime: a.submittedAt }, date(a.submittedAt)),
            applicationActions(a), documentsOf(a)])));
      },
    },

    committee: {
      readModels: ["committee", "ballots"],
      skeleton: () => [
        h("h1", {}, t("committee.title")),
        section("seats", t("committee.seats")),
        section("meetings", t("committee.meetings")),
        section("all-ballots", t("committee.ballots")),
        section("decisions", t("committee.decisions")),
      ],
      async refresh() {
        const [seats, meetings, ballots, decisions, disputed, applications] = await Promise.all([
          api("/api/committee/seats"), api("/api/meetings"), api("/api/ballots?limit=200"),
          api("/api/committee/decisions"), disagreements(), api("/api/membership-applications?limit=200").catch(() => [])]);
        fill("seats", table(t("committee.seats"), ["col.organisation", "col.seat", "col.office", "col.delegate"],
          seats.filter(s => !s.retired).map(s => [link.member(s.memberId, s.organisationName || s.seat),
            link.seat(s.seat, s.seat), label(s.office), s.delegate ? t("details.appointed") : t("details.vacant")])));
        const alsoTakingPart = m => h("ul", { class: "plain" }, (m.participants || []).map(p => h("li", {},
          label(p.role), ": ", h("span", { lang: "en" }, p.who),
          ` (${p.number === null ? t("participants.asRequested") : number(p.number)})`)));
        fill("meetings", table(t("committee.meetings"),
          ["col.title", "col.dates", "col.format", "col.location", "col.present", "col.alsoTakingPart"],
          meetings.map(m => [h("span", { id: "meeting-" + m.meetingId },
            link.meeting(m.meetingId, named(m.meetingId, "title", m.title)), " ",
            disagreementMark(disputed, m.meetingId)),
            m.status === "CANCELLED"
              ? h("span", {}, h("s", {}, h("time", { datetime: m.startsOn }, date(m.startsOn))), " ", badge(m.status))
              : h("time", { datetime: m.startsOn }, date(m.startsOn)),
            label(m.format), m.location || "—", number(m.present.length), alsoTakingPart(m)])));
        fill("all-ballots", table(t("committee.ballots"),
          ["col.title", "col.status", "col.outcome", "details.opened", "col.closes", "col.tally"],
          ballots.map(b => [h("span", { id: "ballot-" + b.ballotId },
            link.ballot(b.ballotId, ballotTitle(b, applications, meetings)),
            b.status === "OPEN" || !auditReader() ? null : [" · ", decisionPage(b.ballotId, t("audit.explain"))]),
            badge(b.status),
            b.outcome ? badge(b.outcome) : "—", h("time", { datetime: b.openedAt }, date(b.openedAt)),
            b.closesAt ? h("time", { datetime: b.closesAt }, date(b.closesAt)) : "—",
            `${t("tally.yes")} ${b.tally.yes} · ${t("tally.no")} ${b.tally.no} · ${t("tally.abstain")} ${b.tally.abstain}`])));
        const statementOf = d => d.statement[{ en: "ENGLISH", fr: "FRENCH", es: "SPANISH" }[state.lang]]
          || d.statement.ENGLISH || "—";
        fill("decisions", table(t("committee.decisions"),
          ["col.title", "col.outcome", "col.reason", "col.tally", "col.decided", "col.recorded", "col.statement"],
          decisions.map(d => [h("span", { id: "decision-" + d.ballotId },
            link.ballot(d.ballotId, ballotTitle(d, applications, meetings)),
            auditReader() ? [" · ", decisionPage(d.ballotId, t("audit.explain"))] : null), badge(d.outcome),
            label(d.reason),
            `${t("tally.yes")} ${d.tally.yes} · ${t("tally.no")} ${d.tally.no} · ${t("tally.abstain")} ${d.tally.abstain}`,
            h("time", { datetime: d.effectiveOn || d.closedAt }, date(d.effectiveOn || d.closedAt)),
            h("time", { datetime: d.closedAt }, date(d.closedAt)), statementOf(d)])));
        scrollToAnchor();
      },
    },

    roadmap: {
      readModels: ["forum"],
      skeleton: () => [
        h("h1", {}, t("roadmap.title")),
        h("div", { class: "grid" },
          section("mou", t("roadmap.mou")), section("loc", t("roadmap.loc")), section("theme", t("roadmap.theme"))),
        section("milestones", t("roadmap.glance")),
      ],
      async refresh() {
        const edition = await gsef2020();
        if (!edition) return fill("milestones", h("p", { class: "empty" }, t("none")));
        const agreement = edition.hostAgreement || {};
        fill("mou", h("p", {}, badge(agreement.status || "PLANNED")),
          h("p", {}, (agreement.parties || []).join(", ")), agreement.signedOn ? h("p", {}, date(agreement.signedOn)) : null);
        const loc = edition.localOrganizingCommittee || {};
        fill("loc", h("p", {}, loc.launchedOn ? t("roadmap.launched", { date: date(loc.launchedOn) }) : t("roadmap.notYet")),
          h("ul", { class: "plain" }, (loc.members || []).map(m => h("li", {}, m))));
        fill("theme", h("p", {}, edition.theme || t("roadmap.notYet")), edition.themeStatus ? badge(edition.themeStatus) : null);
        fill("milestones", h("p", { "data-testid": "late-milestones" }, t("roadmap.lateCount", { count: edition.lateMilestones })),
          table(t("roadmap.glance"), ["col.milestone", "col.owner", "col.due", "col.status", "col.progress"],
            milestoneRows(edition.roadmap, edition.editionId)));
      },
    },

    objectives: {
      readModels: ["objectives", "members", "activities"],
      skeleton: () => [h("h1", {}, t("nav.objectives")), h("div", { "data-content": "as-of" }), section("status", t("objectives.status")),
        h("div", { id: "plans" }), section("sources", t("sources.title")), section("program", t("program.title"))],
      async refresh() {
        const every = new URLSearchParams(location.search).get("plans") === "all";
        const asked = new URLSearchParams(state.asOf ? { asOf: state.asOf } : {});
        if (every) asked.set("plans", "all");
        const [plans, disputed] = await Promise.all([api("/api/objectives" + (asked.size ? "?" + asked : "")), disagreements()]);
        fill("as-of", asOfControl(planEndOf(plans)), plansControl(every));
        fill("status", judged(plans), statusBars(indicatorsOf(plans)));
        fill("sources", disagreementList(disputed));
        const year = plans.length ? plans[plans.length - 1].year : new Date().getFullYear();
        const activities = await all(`/api/activities?year=${year}&sort=from`);
        const when = a => {
          const text = a.monthOnly
            ? new Intl.DateTimeFormat(state.lang, { month: "long", year: "numeric", timeZone: "UTC" })
              .format(new Date(a.from + "T00:00:00Z"))
            : (a.from === a.to ? date(a.from) : `${date(a.from)} – ${date(a.to)}`);
          return a.toBeConfirmed ? `${text} (${t("program.tbc")})` : text;
        };
        fill("program", h("p", {}, t("program.year", { year })), table(t("program.title"),
          ["col.dates", "col.title", "col.kind", "col.location", "col.status", "col.participants"],
          activities.map(a => [h("span", { "data-sort": a.from }, when(a)),
            h("span", {}, link.activity(a.activityId, named(a.activityId, "title", a.title)), " ",
            disagreementMark(disputed, a.activityId)),
            label(a.kind), a.location || "—", badge(a.status),
            a.participants === null ? "—" : number(a.participants)])));
        const indicatorRow = (plan, i) => [
          h("span", {}, link.indicator(plan.planId, i.code, named(plan.planId, "indicator:" + i.code, i.name)), h("br"),
            Charts.progress(i.actual, i.target,
              `${plain(plan.planId, "indicator:" + i.code, i.name)}: ${number(i.actual)} / ${number(i.target)}`, i.expected)),
          number(i.baseline), number(i.target), number(i.actual), number(i.expected), h("time", { datetime: i.deadline }, date(i.deadline)), badge(i.status),
          i.shortfall > 0 ? number(i.shortfall) : "—"];
        const objectiveBlock = (plan, objective) => h("div", {},
          h("h4", {}, objective.code + " ", named(plan.planId, "objective:" + objective.code, objective.title)),
          table(plain(plan.planId, "objective:" + objective.code, objective.title), ["col.indicator", "col.baseline",
            "col.target", "col.actual", "col.expected", "col.deadline", "col.status", "col.shortfall"],
          objective.indicators.map(i => indicatorRow(plan, i))));
        const directionBlock = (plan, direction) => h("div", { class: "direction" },
          h("h3", {}, direction.code + ". ", named(plan.planId, "direction:" + direction.code, direction.title)),
          direction.objectives.map(objective => objectiveBlock(plan, objective)));
        document.getElementById("plans").replaceChildren(...plans.map(plan =>
          section("plan-" + plan.year, t("objectives.title", { year: plan.year }),
            Charts.progressLegend(t("legend.actual"), t("legend.expected", { date: date(plan.judgedOn) })),
            plan.directions.map(direction => directionBlock(plan, direction)))));
      },
    },
  };

  // Documents of a record (documents.js): panels mounted in the views, and the dossier as a ballot recorded it.
  const documents = window.GsefDocuments({
    h, t, api, date, state, has, say,
    async token() {
      if (!state.token || Date.now() > state.expires) await session();
      return state.token;
    },
  });
  // One panel per application and language, kept across refreshes of the view, so that an open panel or an upload
  // under way survives another user's change to the list.
  const applicationDocuments = new Map();
  function documentsOf(application) {
    const key = application.applicationId + " " + state.lang;
    if (!applicationDocuments.has(key)) {
      applicationDocuments.set(key, h("details", { class: "documents-of",
        "data-documents-of": application.applicationId, ontoggle: event => {
          const details = event.currentTarget;
          if (details.open && !details.dataset.loaded) {
            details.dataset.loaded = "1";
            details.appendChild(documents.panel("APPLICATION", application.applicationId));
          }
        } }, h("summary", {}, t("documents.title"),
        h("span", { class: "visually-hidden" }, " · " + application.organisationName))));
    }
    return applicationDocuments.get(key);
  }

  const viewTools = {
    h, t, api, all, label, badge, date, section, fill, table, state, has,
    act,
    say,
    documents,
    confirm: confirmAction,
    refresh: () => refresh(),
    go,
    async token() {
      if (!state.token || Date.now() > state.expires) await session();
      return state.token;
    },
  };
  Object.assign(views, window.GsefAudit(viewTools), window.GsefOrganisation(viewTools));
  // The Secretariat's work (work.js): its view, and its forms per record for the detail pages to mount.
  const work = window.GsefWork(viewTools);
  Object.assign(views, work.views);

  const details = window.GsefDetails({
    h, t, api, all, label, badge, date, section, fill, table, state, has, act, say, named, number, work, documents,
    confirm: confirmAction,
    auditReader,
    refresh: () => refresh(),
    go,
  });
  Object.assign(views, details.views);
  const link = details.link;

  // ---- admissions: ballots, votes, the Secretariat's actions -----------------------------------------------------
  function ballotCard(ballot, title, seatName) {
    const voted = ballot.votes.map(v => v.seat);
    const waiting = ballot.electorate.filter(seat => !voted.includes(seat));
    const mine = state.me && state.me.seat;
    const myVote = ballot.votes.find(v => v.seat === mine);
    const canVote = has("DELEGATE") && mine && ballot.electorate.includes(mine) && !ballot.recused.includes(mine);
    return h("article", { class: "ballot", "data-ballot": ballot.ballotId },
      h("h3", {}, link.ballot(ballot.ballotId, title)),
      h("p", {}, badge(ballot.status), " ", ballot.closesAt ? `${t("col.closes")}: ${date(ballot.closesAt)}` : ""),
      details.tallyBar(ballot),
      h("p", { class: "tally" },
        h("span", {}, t("tally.yes") + " ", h("strong", { "data-testid": "tally-yes" }, ballot.tally.yes)), " · ",
        h("span", {}, t("tally.no") + " ", h("strong", { "data-testid": "tally-no" }, ballot.tally.no)), " · ",
        h("span", {}, t("tally.abstain") + " ", h("strong", { "data-testid": "tally-abstain" }, ballot.tally.abstain))),
      h("p", { class: "muted" }, t("tally.voted", { seats: voted.map(seatName).join(", ") || "—" })),
      h("p", { class: "muted" }, t("tally.waiting", { seats: waiting.map(seatName).join(", ") || "—" })),
      myVote ? h("p", { class: "mine" }, t("vote.yours", { choice: label(myVote.choice) })) : null,
      canVote ? h("div", { class: "actions" }, ["YES", "NO", "ABSTAIN"].map(choice =>
        h("button", { type: "button", class: choice === "YES" ? "primary" : "", "data-vote": choice,
          onclick: () => vote(ballot, mine, choice) }, t("vote." + choice.toLowerCase())))) : null,
      has("SECRETARIAT") || has("CHAIR") ? h("div", { class: "actions" }, h("button", { type: "button", "data-close": ballot.ballotId,
        onclick: () => closeBallot(ballot) }, t("action.close"))) : null);
  }

  async function vote(ballot, seat, choice) {
    const sure = await confirmAction(t("vote.confirmTitle"),
      t("vote.confirmText", { choice: label(choice), seat, ballot: ballot.title }));
    if (!sure) return;
    await act(async () => {
      await api(`/api/ballots/${ballot.ballotId}/votes`, { method: "POST", body: { seat, choice } });
      say(t("vote.recorded"), "ok");
    });
  }

  async function closeBallot(ballot) {
    if (await confirmAction(t("confirm.closeTitle"), t("confirm.closeText", { ballot: ballot.title }))) {
      await act(() => api(`/api/ballots/${ballot.ballotId}/closing`, { method: "POST" }));
    }
  }

  function applicationActions(application) {
    const path = "/api/membership-applications/" + application.applicationId;
    const buttons = [];
    if (has("SECRETARIAT") && application.status === "SUBMITTED") {
      buttons.push(h("button", { type: "button", "data-review": application.applicationId, onclick: async () => {
        if (await confirmAction(t("work.reviewTitle"), t("work.reviewText", { name: application.organisationName }))) {
          await act(() => api(path + "/review", { method: "POST" }));
        }
      } }, t("action.review")));
    }
    if ((has("SECRETARIAT") || has("CHAIR")) && (application.status === "REVIEWED" || application.status === "DEFERRED")) {
      // The procedure, the meeting and the deadline are chosen in the form work.js gives, opened here in place; the
      // form asks first when sent.
      const place = h("div", { class: "work", "data-committee-form": application.applicationId });
      buttons.push(h("button", { type: "button", "data-committee": application.applicationId, "aria-expanded": "false",
        onclick: async event => {
          const button = event.currentTarget;
          if (place.firstChild) {
            place.replaceChildren();
            button.setAttribute("aria-expanded", "false");
            return;
          }
          await work.load();
          place.replaceChildren(work.committeeForm(application));
          button.setAttribute("aria-expanded", "true");
          const first = place.querySelector("select, input");
          if (first) first.focus();
        } }, t("action.toCommittee")), place);
    }
    return buttons.length ? h("div", { class: "actions" }, buttons) : "—";
  }

  const LANGUAGE_CODES = { ENGLISH: "en", FRENCH: "fr", SPANISH: "es" };

  /** A delegate with a seat sees, on the overview, the ballots awaiting the seat's vote. */
  const awaitsVotes = () => !isPublic && has("DELEGATE") && Boolean(state.me.seat);

  /** The language notifications are written in, and for each kind whether it comes by e-mail too. */
  function preferencesForm(settings) {
    const form = h("form", { class: "form", id: "preferences-form", onsubmit: async event => {
      event.preventDefault();
      const data = new FormData(form);
      const email = {};
      Object.keys(settings.email).forEach(kind => { email[kind] = data.get("email-" + kind) === "on"; });
      await act(async () => {
        await api("/api/notifications/preferences", { method: "PUT", body: { language: data.get("language"), email } });
        await refresh();
      });
    } },
      h("div", { class: "field" }, h("label", { for: "pref-language" }, t("notifications.language")),
        h("select", { id: "pref-language", name: "language" }, ["ENGLISH", "FRENCH", "SPANISH"].map(value =>
          h("option", { value, selected: value === settings.language }, label(value))))),
      h("fieldset", {}, h("legend", {}, t("notifications.byEmail")),
        Object.entries(settings.email).map(([kind, on]) => h("div", { class: "check" },
          h("input", { type: "checkbox", id: "email-" + kind, name: "email-" + kind, checked: on }),
          h("label", { for: "email-" + kind }, t("notifications.kind." + kind))))),
      h("button", { type: "submit", class: "primary" }, t("notifications.save")));
    return form;
  }

  function applicationForm() {
    const field = (name, key, input) => h("div", { class: "field" }, h("label", { for: "app-" + name }, t(key)), input);
    const select = (name, values) => h("select", { id: "app-" + name, name, required: true },
      values.map(value => h("option", { value }, label(value))));
    const form = h("form", { class: "form", id: "application-form", onsubmit: async event => {
      event.preventDefault();
      const data = Object.fromEntries(new FormData(form).entries());
      data.country = data.country.trim().toUpperCase();
      await act(async () => {
        await api("/api/membership-applications", { method: "POST", body: data });
        form.reset();
      });
    } },
      field("organisationName", "col.organisation", h("input", { id: "app-organisationName", name: "organisationName", required: true, maxlength: 200, autocomplete: "organization" })),
      field("kind", "col.kind", select("kind", ["LOCAL_GOVERNMENT", "LOCAL_SSE_NETWORK", "NATIONAL_SSE_NETWORK", "INTERNATIONAL_OR_REGIONAL_NETWORK"])),
      field("country", "col.country", h("input", { id: "app-country", name: "country", required: true, pattern: "[A-Za-z]{2}", maxlength: 2, size: 3 })),
      field("region", "col.region", select("region", ["AFRICA", "ASIA_PACIFIC", "EUROPE", "LATIN_AMERICA_AND_CARIBBEAN", "NORTH_AMERICA"])),
      field("city", "col.city", h("input", { id: "app-city", name: "city", maxlength: 120 })),
      field("preferredLanguage", "col.language", select("preferredLanguage", ["ENGLISH", "FRENCH", "SPANISH"])),
      h("button", { type: "submit", class: "primary" }, t("action.submit")));
    return form;
  }

  // ---- running ---------------------------------------------------------------------------------------------------
  // One refresh at a time; a change announced while one runs gets a fresh one right after it, never lost.
  let refreshing = null;
  let again = false;
  async function refresh() {
    if (refreshing) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      try {
        await loadTranslations();
        await views[state.view].refresh();
        if (isPublic) return;
        const models = await api("/api/read-models");
        const lag = Math.max(0, ...models.map(m => m.lag));
        document.getElementById("freshness").textContent = lag > 0
          ? t("behind", { lag: number(lag) }) : t("fresh", { position: number(models[0] ? models[0].head : 0) });
      } catch (error) {
        say(t("error", { detail: error.message }), "error");
      } finally {
        main.setAttribute("aria-busy", "false");
        main.dataset.loaded = String(Date.now());
        refreshing = null;
      }
      if (again) {
        again = false;
        await refresh();
      }
    })();
    return refreshing;
  }

  // Goes to a view by its path, as a link of the navigation does.
  function go(path) {
    history.pushState({}, "", path);
    state.view = viewOf(location.pathname);
    render();
    main.focus();
  }

  function render() {
    sorts.clear();
    translateStatic();
    document.querySelectorAll("#nav a").forEach(link => {
      if (link.dataset.view === state.view) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    });
    if (!isPublic && !offered(state.view)) {
      main.replaceChildren(h("h1", {}, t("nav." + state.view)),
        h("p", { class: "empty", "data-testid": "not-for-role" }, t("shell.notForRole")));
      main.setAttribute("aria-busy", "false");
      main.dataset.loaded = String(Date.now());
      return Promise.resolve();
    }
    main.setAttribute("aria-busy", "true");
    main.replaceChildren(...views[state.view].skeleton().flat().filter(Boolean));
    return refresh();
  }

  function listen() {
    const source = new EventSource("/live");
    let pending = null;
    source.addEventListener("change", event => {
      const changed = JSON.parse(event.data).readModels;
      if (!isPublic && !offered(state.view)) return;
      if (!changed.some(model => views[state.view].readModels.includes(model))) return;
      clearTimeout(pending);
      pending = setTimeout(async () => {
        await refresh();
        const what = JSON.parse(event.data).readModels.join(", ");
        document.getElementById("live").dataset.changed = what;
      }, 50);
    });
  }

  document.getElementById("language").addEventListener("change", event => {
    state.lang = event.target.value;
    localStorage.setItem("gsef.language", state.lang);
    render();
  });
  document.getElementById("nav").addEventListener("click", event => {
    const link = event.target.closest("a[data-view]");
    if (!link || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    history.pushState({}, "", link.getAttribute("href"));
    state.view = link.dataset.view;
    render();
    main.focus();
  });
  // Links between views inside the pages (an entity to its history, a ballot to its decision) stay in the page.
  document.addEventListener("click", event => {
    const link = event.target.closest("a[data-route]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go(link.getAttribute("href"));
  });
  window.addEventListener("popstate", () => { state.view = viewOf(location.pathname); render(); });

  // The menu shows the views the role may read; a view reached by its address that the role may not read says so.
  // Views offered by address but not listed in the menu to every role they are offered to.
  const IN_MENU = { work: () => has("SECRETARIAT") || has("CHAIR") };
  function showNavigation() {
    document.querySelectorAll("#nav a[data-view]").forEach(link => {
      const view = link.dataset.view;
      link.hidden = !offered(view) || (IN_MENU[view] ? !IN_MENU[view]() : false);
    });
  }

  // The auditors' and operators' workspace, on their overview: its views, one click away.
  function workspaceLinks() {
    return h("ul", { class: "plain", "data-testid": "workspace" },
      ["audit-trail", "audit-verification", "audit-registers", "audit-operations", "audit-notifications"].map(view =>
        h("li", {}, h("a", { href: "/" + view.replace("-", "/"), "data-route": "" },
          t("nav." + view)))));
  }

  if (isPublic) {
    // No session: no navigation to the signed-in views, no sign-out; a way to sign in instead.
    document.getElementById("nav").hidden = true;
    document.getElementById("logout").hidden = true;
    const signIn = document.getElementById("sign-in");
    signIn.hidden = false;
    render();
    listen();
  } else {
    session().then(() => { showNavigation(); render(); listen(); }).catch(() => {});
  }
})();
