// The auditors' workspace (issue #17): the trail, an entity's history, a decision explained, the chain verified, and a
// delegate's vote receipts. Views in the shape app.js expects (readModels, skeleton, refresh), built with its helpers.
"use strict";
window.GsefAudit = function (app) {
  const { h, t, api, label, badge, section, fill, table, state, has } = app;

  const EVENT_TYPES = ["ActivityCancelled", "ActivityConfirmed", "ActivityHeld", "ActivityRescheduled",
    "ActivityScheduled", "AdvisorNameErased", "AdvisorRecorded", "ApplicationAdmitted", "ApplicationBallotCancelled",
    "ApplicationContactErased", "ApplicationDeferred", "ApplicationPutToCommittee", "ApplicationRejected",
    "ApplicationReturnedForInformation", "ApplicationReviewCompleted", "AttendanceRecorded", "BallotCancelled",
    "BallotClosed", "BallotDeadlineExtended", "BallotOpened", "CommitteeDecisionRecorded", "ConflictOfInterestDeclared",
    "DecisionStatementRecorded", "DelegateAppointed", "EditionDatesFixed", "EditionPreparationStarted",
    "HostAgreementDrafted", "HostAgreementSigned", "IndicatorValueReported", "LocalOrganizingCommitteeLaunched",
    "MeetingAgendaPublished", "MeetingCancelled", "MeetingRescheduled", "MeetingScheduled", "MemberAdmitted", "MemberImported", "MemberLeft", "MemberReinstated", "MemberSuspended",
    "MembershipApplicationResubmitted", "MembershipApplicationSubmitted", "MembershipApplicationWithdrawn",
    "MilestoneCancelled", "MilestoneCompleted", "MilestoneFlaggedAtRisk", "MilestonePlanned",
    "MilestoneProgressReported", "MilestoneRescheduled", "MinutesApproved", "MinutesRecorded",
    "OrganisationDistinctnessStated", "OrganizingGovernanceDefined", "PastEditionRecorded",
    "PreparatoryMeetingRecorded", "ProxyGiven", "SeatEstablished", "SeatRetired", "StandingRuleAdopted",
    "StandingRuleChangeProposed", "StandingRulesRecorded", "BallotDossierRecorded", "DocumentVersionAttached", "StrategicPlanAdopted", "ThemeAdopted", "ThemeProposed",
    "VoteCast", "VoteChanged", "VoteRefused"];
  const ENTITY_TYPES = ["MembershipApplication", "Member", "Ballot", "Meeting", "Committee", "StrategicPlan",
    "Activity", "ForumEdition", "Document"];
  const ROLES = ["SECRETARIAT", "CHAIR", "DELEGATE", "AUDITOR", "OPERATOR", "MEMBER_REPRESENTATIVE", "PROCESS"];
  // The instant an event says it took effect, when it says one; otherwise when it was recorded.
  const EFFECTIVE = ["effectiveOn", "admittedOn", "heldOn", "signedOn", "at", "openedAt", "submittedAt",
    "admittedAt", "putAt", "rejectedAt", "withdrawnAt", "deferredAt", "returnedAt", "reviewedAt", "reportedAt"];

  // ---- words and links -------------------------------------------------------------------------------------------
  const instant = value => value
    ? new Intl.DateTimeFormat(state.lang, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })
      .format(new Date(value.length === 10 ? value + "T00:00:00Z" : value)) + (value.length === 10 ? "" : " UTC")
    : "—";
  // A day (an ISO date) in the reader's language, without a time.
  const day = value => value
    ? new Intl.DateTimeFormat(state.lang, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value + "T00:00:00Z"))
    : "—";
  const route = (href, text, attributes) => h("a", Object.assign({ href, "data-route": "" }, attributes || {}), text);
  const entityLink = (id, text) => id
    ? route("/audit/entities/" + encodeURIComponent(id), text || id, { "data-entity": id }) : "—";
  const decisionLink = (id, text) => route("/audit/decisions/" + encodeURIComponent(id), text || t("audit.explain"),
    { "data-decision": id });
  const content = entry => (typeof entry.content === "string" ? JSON.parse(entry.content) : entry.content) || {};
  const nameOf = c => (c.organisation && c.organisation.name) || (c.subject && c.subject.title) || c.title || c.name
    || c.theme || c.milestone || "";
  const refusalText = code => (code && t("refusal." + code) !== "refusal." + code ? t("refusal." + code) : code || "—");
  const reasonText = reason => (reason && label(reason) !== "enum." + reason ? label(reason) : reason || "—");
  const typeName = type => (t("evname." + type) === "evname." + type ? type : t("evname." + type));

  /**
   * The documents before the Committee as the ballot recorded them: the last recording before its closing (with the
   * last vote), each document at the exact version and fingerprint recorded then.
   */
  function dossierDocuments(recorded, closed) {
    const before = recorded.filter(r => !closed || r.at <= closed.at);
    const last = before[before.length - 1];
    return h("div", { id: "decision-documents" },
      h("h3", {}, t("decision.dossierDocuments")),
      last ? h("p", { class: "muted" }, last.seat
        ? t("decision.dossierAtVote", { seat: last.seat, at: instant(last.at) })
        : t("decision.dossierAtOpening", { at: instant(last.at) })) : null,
      app.documents.asRecorded(last ? last.documents : []));
  }

  /** What happened, in a sentence of the reader's language. */
  function sentence(entry) {
    const c = content(entry);
    const values = {
      name: nameOf(c), seat: c.seat || "—", choice: label(c.choice), previous: label(c.previous),
      outcome: label(c.outcome), reason: entry.eventType === "VoteRefused" ? refusalText(c.reason) : reasonText(c.reason),
      value: c.value === undefined ? "—" : c.value, progress: c.progress === undefined ? "—" : c.progress,
      type: entry.eventType, version: c.version === undefined ? "—" : c.version,
      count: Array.isArray(c.documents) ? c.documents.length : "—",
    };
    const key = "ev." + entry.eventType;
    return t(t(key) === key ? "ev.other" : key, values);
  }

  function effective(entry) {
    const c = content(entry);
    const key = EFFECTIVE.find(name => typeof c[name] === "string");
    return key ? c[key] : entry.occurredAt;
  }

  function actor(entry) {
    if (!entry.actorId) return t("audit.system");
    const roles = String(entry.actorRoles || "").replace(/[[\]\s]/g, "").split(",").filter(Boolean);
    return [entry.actorId, roles.map(role => t("role." + role)).join(", "),
      entry.actorSeat ? t("seat", { seat: entry.actorSeat }) : null].filter(Boolean).join(" · ");
  }

  async function download(path, fallbackName) {
    const response = await fetch(path, { headers: { Authorization: "Bearer " + (await app.token()),
      "Accept-Language": state.lang } });
    if (!response.ok) throw new Error(response.statusText);
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    const url = URL.createObjectURL(await response.blob());
    const link = h("a", { href: url, download: match ? match[1] : fallbackName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---- the trail -------------------------------------------------------------------------------------------------
  const FILTERS = ["entity", "entityType", "eventType", "actor", "role", "seat", "text", "from", "to", "order"];

  function trailForm() {
    const query = new URLSearchParams(location.search);
    const field = (name, input) => h("div", { class: "field" },
      h("label", { for: "trail-" + name }, t("audit.filter." + name)), input);
    const text = (name, attributes) => h("input", Object.assign({ id: "trail-" + name, name,
      value: query.get(name) || "" }, attributes || {}));
    const select = (name, values, labelOf) => h("select", { id: "trail-" + name, name },
      h("option", { value: "" }, t("audit.any")),
      values.map(value => h("option", { value, selected: query.get(name) === value }, labelOf(value))));
    const local = name => (query.get(name) || "").replace(/Z$/, "").slice(0, 16);
    const form = h("form", { class: "form", id: "trail-form", onsubmit: event => {
      event.preventDefault();
      const wanted = new URLSearchParams();
      new FormData(form).forEach((value, name) => {
        if (!value) return;
        wanted.set(name, name === "from" || name === "to" ? new Date(value + "Z").toISOString() : value);
      });
      app.go("/audit/trail" + (wanted.toString() ? "?" + wanted : ""));
    } },
      field("text", text("text", { type: "search" })),
      field("entity", text("entity")),
      field("entityType", select("entityType", ENTITY_TYPES, type => t("entity." + type))),
      field("eventType", select("eventType", EVENT_TYPES, typeName)),
      field("actor", text("actor", { autocomplete: "off" })),
      field("role", select("role", ROLES, role => t("role." + role))),
      field("seat", text("seat")),
      field("from", h("input", { id: "trail-from", name: "from", type: "datetime-local", value: local("from") })),
      field("to", h("input", { id: "trail-to", name: "to", type: "datetime-local", value: local("to") })),
      field("order", h("select", { id: "trail-order", name: "order" },
        h("option", { value: "newest", selected: query.get("order") !== "oldest" }, t("audit.newest")),
        h("option", { value: "oldest", selected: query.get("order") === "oldest" }, t("audit.oldest")))),
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "primary" }, t("audit.apply")),
        h("button", { type: "button", onclick: () => app.go("/audit/trail") }, t("audit.clear"))));
    return form;
  }

  function trailRow(entry) {
    return h("tr", { "data-position": entry.position },
      h("td", {}, String(entry.position)),
      h("td", { class: "what" }, h("span", { class: "sentence" }, sentence(entry)),
        h("br"), h("span", { class: "muted" }, typeName(entry.eventType))),
      h("td", {}, entry.entityId ? entityLink(entry.entityId, t("entity." + entry.entityType) + " " + short(entry.entityId)) : "—",
        entry.entityType === "Ballot" ? [h("br"), decisionLink(entry.entityId)] : null),
      h("td", {}, actor(entry)),
      h("td", {}, instant(entry.occurredAt)),
      h("td", {}, instant(effective(entry))));
  }

  const short = id => (id && id.length > 13 ? id.slice(0, 8) + "…" : id || "");

  async function trailPage(cursor) {
    const query = new URLSearchParams(location.search);
    const wanted = new URLSearchParams();
    FILTERS.forEach(name => { if (query.get(name)) wanted.set(name, query.get(name)); });
    const newest = query.get("order") !== "oldest";
    wanted.set("order", newest ? "newest" : "oldest");
    if (cursor) wanted.set(newest ? "before" : "after", cursor);
    wanted.set("limit", "50");
    return api("/api/audit/trail?" + wanted);
  }

  function trailTable(page) {
    const body = h("tbody", {}, page.entries.map(trailRow));
    const more = h("button", { type: "button", id: "trail-more", hidden: page.next === null, onclick: async () => {
      const next = await trailPage(more.dataset.next);
      next.entries.forEach(entry => body.appendChild(trailRow(entry)));
      more.dataset.next = next.next === null ? "" : next.next;
      more.hidden = next.next === null;
    } }, t("audit.more"));
    more.dataset.next = page.next === null ? "" : page.next;
    if (!page.entries.length) return h("p", { class: "empty", id: "trail-empty" }, t("none"));
    return [h("div", { class: "scroll" }, h("table", { id: "trail" },
      h("caption", { class: "visually-hidden" }, t("audit.trail")),
      h("thead", {}, h("tr", {}, ["audit.col.position", "audit.col.what", "audit.col.entity", "audit.col.who",
        "audit.col.recorded", "audit.col.effective"].map(column => h("th", { scope: "col" }, t(column))))),
      body)), h("div", { class: "actions" }, more)];
  }

  async function readingsTable() {
    const readings = await api("/api/audit/readings?limit=20");
    return table(t("audit.readings"), ["audit.col.when", "audit.col.who", "audit.col.activity", "audit.col.subject"],
      readings.map(r => [instant(r.readAt), r.reader + (r.roles ? " · " + r.roles.split(",").map(role =>
        t("role." + role)).join(", ") : ""), t("reading." + r.activity), r.subject || "—"]));
  }

  // ---- an entity's history ---------------------------------------------------------------------------------------
  const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  function valueNode(key, value) {
    if (value === null || value === undefined) return "—";
    if (typeof value === "string" && ID.test(value)) {
      return h("span", {}, entityLink(value, value), /ballot/i.test(key) ? [" ", decisionLink(value)] : null);
    }
    if (Array.isArray(value)) return value.length ? value.map(v => typeof v === "object" ? JSON.stringify(v) : String(v)).join(", ") : "—";
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  function stateList(stateObject) {
    return h("dl", { class: "state" }, Object.entries(stateObject).flatMap(([key, value]) =>
      [h("dt", {}, key), h("dd", {}, valueNode(key, value))]));
  }

  function merge(previous, next) {
    return Object.assign({}, previous, next);
  }

  // ---- a decision explained --------------------------------------------------------------------------------------
  function ruleText(rule) {
    if (!rule) return "—";
    return [t("rule.quorum." + rule.quorum), t("rule.majority." + rule.majority), t("rule.tie." + rule.tie)].join(" · ");
  }

  function countSteps(opened, closed, votes) {
    const steps = [];
    steps.push(t("count.electorate", { count: closed.electorateSize }));
    steps.push(t("count.quorum", { required: closed.quorumRequired, reached: closed.quorumReached,
      met: closed.quorumReached >= closed.quorumRequired ? t("count.met") : t("count.notMet") }));
    steps.push(t("count.tally", { yes: closed.tally.yes, no: closed.tally.no, abstain: closed.tally.abstain }));
    steps.push(t("count.majority", { rule: t("rule.majority." + closed.rule.majority) }));
    if (closed.castingVote) steps.push(t("count.casting", { choice: label(closed.castingVote) }));
    steps.push(t("count.result", { reason: label(closed.reason), outcome: label(closed.outcome) }));
    steps.push(t("count.closedBy", { by: t("closedBy." + closed.closedBy), at: instant(closed.at) }));
    return h("ol", { id: "count-steps" }, steps.map(step => h("li", {}, step)));
  }

  // ---- views -----------------------------------------------------------------------------------------------------
  const views = {
    "audit-trail": {
      readModels: [],
      skeleton: () => [
        h("h1", {}, t("audit.trail")),
        auditNav("trail"),
        section("trail-filter", t("audit.filters"), trailForm()),
        section("trail-results", t("audit.events")),
        section("trail-readings", t("audit.readings")),
      ],
      async refresh() {
        fill("trail-results", trailTable(await trailPage(null)));
        fill("trail-readings", await readingsTable());
      },
    },

    "audit-entity": {
      readModels: [],
      skeleton: () => {
        const id = decodeURIComponent(location.pathname.slice("/audit/entities/".length));
        const asOf = new URLSearchParams(location.search).get("asOf");
        return [
          h("h1", {}, t("audit.entity"), " ", h("span", { class: "id", id: "entity-id" }, id)),
          auditNav(),
          section("entity-asof", t("audit.asOfTitle"),
            h("form", { class: "form", id: "asof-form", onsubmit: event => {
              event.preventDefault();
              const value = document.getElementById("asof").value;
              app.go(location.pathname + (value ? "?asOf=" + new Date(value + "Z").toISOString() : ""));
            } },
              h("div", { class: "field" }, h("label", { for: "asof" }, t("audit.asOf")),
                h("input", { id: "asof", type: "datetime-local", step: 1,
                  value: asOf ? asOf.replace(/Z$/, "").slice(0, 19) : "" })),
              h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, t("audit.show"))))),
          ID.test(id) ? h("p", { class: "no-print" }, route("/audit/notifications?subject=" + encodeURIComponent(id),
            t("auditNotif.ofEntity"), { id: "entity-notifications" })) : null,
          section("entity-state", t("audit.state")),
          section("entity-timeline", t("audit.timeline")),
        ];
      },
      async refresh() {
        const id = decodeURIComponent(location.pathname.slice("/audit/entities/".length));
        const asOf = new URLSearchParams(location.search).get("asOf");
        const path = "/api/audit/entities/" + encodeURIComponent(id);
        // The state, now or as of the instant, from the API (which replays the entity however long its history).
        try {
          const then = await api(path + (asOf ? "?asOf=" + encodeURIComponent(asOf) : ""));
          fill("entity-state", h("p", {}, asOf
            ? t("audit.stateAsOf", { at: instant(asOf), version: then.version + 1 })
            : t("audit.stateNow", { count: then.version + 1 })),
            stateList(typeof then.state === "string" ? JSON.parse(then.state) : then.state));
        } catch (error) {
          fill("entity-state", h("p", { class: "empty" },
            error.status === 404 ? (asOf ? t("audit.notYet", { at: instant(asOf) }) : t("none")) : error.message));
        }
        // The timeline a page at a time, oldest first, each step with the state after it.
        let current = {};
        const list = h("ol", { class: "timeline", id: "timeline" });
        const step = entry => {
          current = merge(current, content(entry));
          return h("li", { "data-position": entry.position },
            h("p", {}, h("strong", { class: "sentence" }, sentence(entry))),
            h("p", { class: "muted" }, t("audit.stepMeta", { who: actor(entry), recorded: instant(entry.occurredAt),
              effective: instant(effective(entry)), position: entry.position })),
            h("details", {}, h("summary", {}, t("audit.stateAfter")), stateList(current)));
        };
        const page = after => api(path + "/timeline?limit=200&after=" + after);
        const first = await page(0);
        first.entries.forEach(entry => list.appendChild(step(entry)));
        const more = h("button", { type: "button", id: "timeline-more", hidden: first.next === null, onclick: async () => {
          const next = await page(more.dataset.next);
          next.entries.forEach(entry => list.appendChild(step(entry)));
          more.dataset.next = next.next === null ? "" : next.next;
          more.hidden = next.next === null;
        } }, t("audit.moreSteps"));
        more.dataset.next = first.next === null ? "" : first.next;
        const opening = first.entries[0];
        if (opening) {
          document.getElementById("entity-id").textContent =
            t("entity." + opening.entityType) + " " + (nameOf(content(opening)) || id);
        }
        fill("entity-timeline", opening && opening.entityType === "Ballot" ? h("p", {}, decisionLink(id, t("audit.explain"))) : null,
          opening ? list : h("p", { class: "empty" }, t("none")), h("div", { class: "actions" }, more));
      },
    },

    "audit-decision": {
      readModels: [],
      skeleton: () => [
        h("h1", { id: "decision-title" }, t("decision.title")),
        auditNav(),
        h("div", { class: "actions no-print" },
          h("button", { type: "button", onclick: () => window.print() }, t("decision.print")),
          h("button", { type: "button", id: "decision-export", onclick: () => app.act(() => download(
            "/api/audit/decisions/" + encodeURIComponent(ballotIdOfPath()) + "?download=true",
            "gsef-decision.json")) }, t("decision.export")),
          h("button", { type: "button", id: "decision-export-pdf", onclick: () => app.act(() => download(
            "/api/audit/decisions/" + encodeURIComponent(ballotIdOfPath()) + "/pdf",
            "gsef-decision.pdf")) }, t("decision.exportPdf"))),
        section("decision-outcome", t("decision.outcome")),
        section("decision-subject", t("decision.subject")),
        section("decision-rule", t("decision.rule")),
        section("decision-electorate", t("decision.electorate")),
        section("decision-votes", t("decision.votes")),
        section("decision-refused", t("decision.refused")),
        section("decision-count", t("decision.count")),
        section("decision-chain", t("decision.chain")),
      ],
      async refresh() {
        const id = ballotIdOfPath();
        const record = await api("/api/audit/decisions/" + encodeURIComponent(id));
        const of = type => record.ballot.filter(r => r.event.eventType === type);
        const openedEntry = of("BallotOpened")[0];
        const opened = openedEntry ? content(openedEntry.event) : {};
        const closedEntry = of("BallotClosed")[0];
        const closed = closedEntry ? content(closedEntry.event) : null;
        const statements = of("DecisionStatementRecorded").map(r => content(r.event));
        const statement = statements.length ? statements[statements.length - 1].statement : null;
        const language = { en: "ENGLISH", fr: "FRENCH", es: "SPANISH" }[state.lang];
        document.getElementById("decision-title").textContent = t("decision.titleOf", { title: nameOf(opened) || id });
        fill("decision-outcome", closed
          ? [h("p", { class: "figure", id: "decision-outcome-value" }, badge(closed.outcome), " ", label(closed.reason)),
             h("p", {}, t("decision.closedAt", { at: instant(closed.at) })),
             statement ? h("blockquote", { id: "decision-statement" }, statement[language] || statement.ENGLISH) : null]
          : h("p", {}, t("decision.notClosed")));
        fill("decision-subject",
          h("p", {}, label(opened.subject && opened.subject.type), " · ", opened.subject
            ? entityLink(opened.subject.referenceId, nameOf(opened)) : "—"),
          h("ol", { class: "timeline", id: "dossier" }, record.dossier.map(r => h("li", {},
            h("strong", {}, sentence(r.event)), " ", h("span", { class: "muted" }, instant(r.event.occurredAt) + " · " + actor(r.event))))),
          dossierDocuments(of("BallotDossierRecorded").map(r => content(r.event)), closed));
        const origin = record.ruleOrigin.find(r => r.event.eventType === "BallotClosed");
        fill("decision-rule",
          h("p", { id: "decision-rule-text" }, ruleText(opened.rule)),
          h("p", { id: "decision-rule-origin" }, opened.ruleAdoptedBy
            ? [t("decision.ruleAdoptedBy") + " ", decisionLink(opened.ruleAdoptedBy,
                origin ? nameOf(content(origin.event)) : opened.ruleAdoptedBy)]
            : t("decision.initialRules")),
          h("p", {}, t("decision.procedure", { procedure: t("procedure." + opened.procedure) }),
            opened.meetingId ? [" · ", entityLink(opened.meetingId, t("entity.Meeting"))] : null));
        const proxies = Object.entries(opened.proxies || {});
        fill("decision-electorate", h("dl", { class: "state" },
          h("dt", {}, t("decision.entitled")), h("dd", { id: "decision-entitled" }, (opened.electorate || []).join(", ") || "—"),
          h("dt", {}, t("decision.present")), h("dd", {}, (opened.present || []).join(", ") || t("decision.written")),
          h("dt", {}, t("decision.proxies")), h("dd", {}, proxies.length
            ? proxies.map(([seat, holder]) => t("decision.proxy", { seat, holder })).join("; ") : "—"),
          h("dt", {}, t("decision.recused")), h("dd", { id: "decision-recused" }, (opened.recused || []).join(", ") || "—")));
        const votes = record.ballot.filter(r => r.event.eventType === "VoteCast" || r.event.eventType === "VoteChanged");
        fill("decision-votes", table(t("decision.votes"), ["audit.col.when", "col.seat", "audit.col.what", "audit.col.who", "col.reason"],
          votes.map(r => { const c = content(r.event); return [instant(c.at || r.event.occurredAt), c.seat, sentence(r.event),
            c.castBy && c.castBy !== c.seat ? t("decision.byProxy", { holder: c.castBy }) + " · " + actor(r.event) : actor(r.event),
            c.reason || "—"]; })));
        fill("decision-refused", table(t("decision.refused"), ["audit.col.when", "col.seat", "col.reason", "audit.col.who"],
          of("VoteRefused").map(r => { const c = content(r.event); return [instant(c.at), c.seat, refusalText(c.reason),
            c.attemptedBy ? t("seat", { seat: c.attemptedBy }) : actor(r.event)]; })));
        fill("decision-count", closed ? countSteps(opened, closed, votes) : h("p", {}, t("decision.notClosed")));
        const rows = record.ballot.concat(record.dossier, record.ruleOrigin);
        fill("decision-chain",
          h("p", {}, record.coveredBy
            ? t("decision.coveredBy", { seq: record.coveredBy.chainSeq, at: instant(record.coveredBy.takenAt) })
            : t("decision.notCovered")),
          h("p", {}, t("decision.howToCheck")),
          table(t("decision.chain"), ["audit.col.position", "audit.col.what", "audit.col.link", "audit.col.chainHash"],
            rows.map(r => [String(r.event.position), sentence(r.event), r.link ? String(r.link.chainSeq) : "—",
              h("code", { class: "hash" }, r.link ? r.link.chainHash : "—")])));
      },
    },

    // Registers as of a day (the member register by effective dates; the Committee and the plan as recorded by the
    // end of that day), and what changed in them between two days.
    "audit-registers": {
      readModels: [],
      skeleton: () => {
        const query = new URLSearchParams(location.search);
        const dateField = (name, value) => h("div", { class: "field" },
          h("label", { for: "registers-" + name }, t("registers.field." + name)),
          h("input", { id: "registers-" + name, name, type: "date", value: value || "" }));
        const form = h("form", { class: "form", id: "registers-form", onsubmit: event => {
          event.preventDefault();
          const wanted = new URLSearchParams();
          new FormData(form).forEach((value, name) => { if (value) wanted.set(name, value); });
          app.go("/audit/registers" + (wanted.toString() ? "?" + wanted : ""));
        } },
          dateField("on", query.get("on") || new Date().toISOString().slice(0, 10)),
          dateField("from", query.get("from")), dateField("to", query.get("to")),
          h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, t("audit.apply"))));
        return [
          h("h1", {}, t("registers.title")),
          auditNav("registers"),
          h("p", {}, t("registers.explain")),
          form,
          section("registers-changes", t("registers.changes")),
          section("registers-members", t("registers.members")),
          section("registers-committee", t("registers.committee")),
          section("registers-roadmap", t("registers.roadmap")),
          section("registers-plan", t("registers.plan")),
        ];
      },
      async refresh() {
        const query = new URLSearchParams(location.search);
        const asked = query.get("on") || "";
        const on = /^\d{4}-\d{2}-\d{2}$/.test(asked) && !isNaN(Date.parse(asked)) ? asked
          : new Date().toISOString().slice(0, 10);
        const endOfDay = new Date(on + "T23:59:59.999Z").toISOString();
        const from = query.get("from");
        const to = query.get("to");
        const [register, committee, plans, changes, roadmaps] = await Promise.all([
          api("/api/audit/member-register?on=" + encodeURIComponent(on)),
          api("/api/audit/committee?on=" + encodeURIComponent(on)),
          api("/api/audit/objectives?asOf=" + encodeURIComponent(endOfDay)),
          from && to ? api("/api/audit/changes?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to))
            : Promise.resolve(null),
          api("/api/audit/roadmap?on=" + encodeURIComponent(on))]);
        fill("registers-changes", changes === null
          ? h("p", { class: "empty" }, t("registers.chooseDates"))
          : [h("p", { id: "changes-summary" }, t("registers.changesBetween", { from: day(from), to: day(to),
              count: changes.length })),
            h("div", { id: "changes-table" }, table(t("registers.changes"),
              ["registers.col.day", "audit.col.what", "audit.col.entity", "registers.col.detail", "audit.col.recorded"],
              changes.map(c => [day(c.on),
                h("span", { "data-change": c.change }, typeName(c.change)),
                h("span", {}, c.subject || "—", " ", entityLink(c.entityId, short(c.entityId))),
                h("span", {}, c.detail || "", c.ballotId ? [" ", decisionLink(c.ballotId)] : null),
                instant(c.recordedAt)])))]);
        fill("registers-members",
          h("p", { id: "register-summary" }, t("registers.active", { day: day(on), active: register.active,
            named: register.members.length, unnamed: register.unnamed })),
          h("div", { id: "register-table" }, table(t("registers.members"),
            ["registers.col.member", "registers.col.place", "registers.col.admitted", "registers.col.status"],
            register.members.map(m => [entityLink(m.memberId, m.organisationName),
              [m.city, m.country].filter(Boolean).join(", ") || "—", day(m.admittedOn),
              h("span", { "data-status": m.status }, label(m.status), m.statusSince ? " · " + day(m.statusSince) : "",
                m.statusReason ? " · " + m.statusReason : "")]))));
        fill("registers-committee",
          h("h3", {}, t("registers.seats")),
          h("div", { id: "committee-seats" }, table(t("registers.seats"),
            ["registers.col.seat", "registers.col.member", "registers.col.delegate", "registers.col.since"],
            committee.seats.map(s => [s.seat, s.memberId ? entityLink(s.memberId, s.organisationName) : s.organisationName,
              s.delegateUserId || "—",
              s.retiredOn ? t("registers.retired", { at: day(s.retiredOn), reason: s.retiredReason || "—" })
                : day(s.delegateOn || s.establishedOn)]))),
          h("h3", {}, t("registers.rules")),
          h("div", { id: "committee-rules" }, table(t("registers.rules"),
            ["registers.col.decisionType", "registers.col.rule", "registers.col.origin", "registers.col.since"],
            committee.standingRules.map(r => [label(r.type), leaves(r.rule),
              r.ballotId ? decisionLink(r.ballotId) : (r.source || "—"), instant(r.since)]))));
        fill("registers-roadmap", roadmaps.length ? roadmaps.map(roadmap => h("div", { "data-edition": roadmap.editionId },
          h("p", { class: "roadmap-summary" }, t("registers.roadmapSummary", { name: roadmap.name, city: roadmap.hostCity,
            day: day(on), late: roadmap.lateMilestones })),
          h("div", { id: "roadmap-milestones" }, table(t("registers.roadmap"),
            ["col.milestone", "col.owner", "col.due", "registers.col.status", "col.progress"],
            roadmap.milestones.map(m => [m.title, m.owner || "—", day(m.dueOn),
              h("span", { "data-milestone": m.milestone, "data-status": m.status, "data-late": String(m.late) },
                label(m.status), m.completedOn ? " · " + day(m.completedOn) : "", m.late ? " · " + t("roadmap.late") : ""),
              m.progress + " %"]))))) : h("p", { class: "empty" }, t("none")));
        const indicators = plans.flatMap(plan => plan.directions.flatMap(d => d.objectives.flatMap(o =>
          o.indicators.map(i => [String(plan.year), i.code + " " + i.name, String(i.actual) + " / " + String(i.target),
            label(i.status)]))));
        fill("registers-plan", h("div", { id: "plan-indicators" }, table(t("registers.plan"),
          ["registers.col.plan", "registers.col.indicator", "registers.col.value", "registers.col.status"], indicators)));
      },
    },

    "audit-verification": {
      readModels: [],
      skeleton: () => [
        h("h1", {}, t("verify.title")),
        auditNav("verification"),
        section("verify-run", t("verify.run"),
          h("p", {}, t("verify.explain")),
          h("div", { class: "actions" }, h("button", { type: "button", class: "primary", id: "verify-button",
            onclick: runVerification }, t("verify.start"))),
          h("div", { id: "verify-progress", role: "status", "aria-live": "polite" }),
          h("div", { id: "verify-result" })),
        section("verify-offline", t("verify.offline"),
          h("div", { class: "actions" },
            h("button", { type: "button", id: "bundle-download", onclick: () => app.act(() =>
              download("/api/audit/bundle", "gsef-audit-bundle.tsv")) }, t("verify.bundle")),
            h("a", { href: "/api/public/audit-key", download: "audit-key.pem", id: "key-download" }, t("verify.key"))),
          h("p", {}, t("verify.command")),
          h("pre", { id: "verify-command" }, "ops/verify-bundle gsef-audit-bundle-….tsv --public-key audit-key.pem")),
        section("verify-checkpoints", t("verify.checkpoints")),
      ],
      async refresh() {
        const checkpoints = await api("/api/audit/checkpoints");
        fill("verify-checkpoints", table(t("verify.checkpoints"),
          ["audit.col.link", "audit.col.position", "audit.col.chainHash", "audit.col.when"],
          checkpoints.map(c => [String(c.chainSeq), String(c.globalIndex), h("code", { class: "hash" }, c.chainHash),
            instant(c.takenAt)])));
      },
    },

    // Operations: the read models' position and lag, rebuilds with progress and comparison, dead letters with retry.
    "audit-operations": {
      readModels: [],
      skeleton: () => [
        h("h1", {}, t("ops.title")),
        auditNav("operations"),
        section("ops-read-models", t("ops.readModels")),
        section("ops-rebuilds", t("ops.rebuilds"),
          has("SECRETARIAT") ? h("div", { class: "actions" }, h("button", { type: "button", id: "rebuild-start",
            onclick: startRebuild }, t("ops.rebuildAll"))) : null,
          h("div", { id: "rebuild-list" })),
        section("ops-dead-letters", t("ops.deadLetters")),
        section("ops-mail", t("ops.mail")),
      ],
      async refresh() {
        const [models, rebuilds, counts] = await Promise.all([api("/api/read-models"),
          api("/api/read-models/rebuilds"), api("/api/dead-letters/counts")]);
        // A change to any read model refreshes this view: it shows them all.
        views["audit-operations"].readModels.splice(0, Infinity, ...models.map(m => m.readModel));
        fill("ops-read-models", table(t("ops.readModels"), ["ops.col.readModel", "ops.col.position", "ops.col.head",
          "ops.col.lag", "ops.col.state"], models.map(m => [m.readModel, m.position === null ? "—" : String(m.position),
          String(m.head), String(m.lag), m.caughtUp ? t("ops.caughtUp") : t("ops.behind")])));
        document.getElementById("rebuild-list").replaceChildren(rebuilds.length
          ? h("div", {}, rebuilds.map(rebuildCard)) : h("p", { class: "empty" }, t("none")));
        const waiting = Object.entries(counts);
        const letters = waiting.some(([, count]) => count > 0) ? await api("/api/dead-letters") : [];
        fill("ops-dead-letters",
          table(t("ops.deadLetters"), ["ops.col.readModel", "ops.col.waiting", "col.actions"], waiting.map(([processor, count]) => [
            processor, String(count), count > 0 && has("SECRETARIAT")
              ? h("button", { type: "button", "data-retry": processor, onclick: async () => {
                  let retry = null;
                  await app.act(async () => {
                    retry = await api("/api/dead-letters/retries", { method: "POST", body: { processor } });
                  });
                  if (retry) app.say(t("ops.retried", retry), "ok");
                  await app.refresh();
                } }, t("ops.retry"))
              : "—"])),
          letters.length ? table(t("ops.letters"), ["ops.col.readModel", "audit.col.position", "audit.col.what",
            "ops.col.cause", "audit.col.when"], letters.map(l => [l.processor, l.globalIndex === null ? "—" : String(l.globalIndex),
            typeName(l.eventType), (l.causeType || "") + (l.causeMessage ? ": " + l.causeMessage : ""), instant(l.enqueuedAt)])) : null);
        const undelivered = await api("/api/notifications/dead-letters");
        fill("ops-mail", h("p", {}, t("ops.mailExplain")),
          table(t("ops.mail"), ["ops.col.recipient", "ops.col.template", "ops.col.attempts", "ops.col.cause",
            "audit.col.when"], undelivered.map(l => [l.notification.recipient, l.notification.template,
            String(l.attempts), l.lastError || "—", instant(l.failedAt)])),
          undelivered.length && (has("OPERATOR") || has("SECRETARIAT"))
            ? h("button", { type: "button", id: "mail-retry", onclick: async () => {
                await app.act(() => api("/api/notifications/dead-letters/retries", { method: "POST" }));
                await app.refresh();
              } }, t("ops.mailRetry"))
            : null);
        if (rebuilds.some(r => r.status === "RUNNING")) {
          clearTimeout(views["audit-operations"].polling);
          views["audit-operations"].polling = setTimeout(() => {
            if (state.view === "audit-operations") app.refresh();
          }, 2000);
        }
      },
    },

    // Every notification decided (e-mails and inbox rows): to whom (an account or seat, or application:ID for a
    // contact person; never an address), which template, channel, status and times, linked to what it concerns; and
    // the events the notifications processor could not decide on.
    "audit-notifications": {
      readModels: [],
      skeleton: () => [
        h("h1", {}, t("auditNotif.title")),
        auditNav("notifications"),
        section("notif-list", t("auditNotif.list"), h("p", {}, t("auditNotif.explain"))),
        section("notif-failures", t("auditNotif.failures")),
      ],
      async refresh() {
        const subject = new URLSearchParams(location.search).get("subject");
        const wanted = new URLSearchParams({ channel: "ALL", limit: "200" });
        if (subject && ID.test(subject)) wanted.set("subject", subject);
        const [sent, failures] = await Promise.all([api("/api/notifications/outbox?" + wanted),
          api("/api/notifications/failures")]);
        const kind = template => {
          const key = "notifications.kind." + String(template).toUpperCase().replace(/-/g, "_");
          return h("span", { "data-template": template }, t(key) === key ? template : t(key));
        };
        fill("notif-list", h("p", {}, t("auditNotif.explain")),
          subject && ID.test(subject) ? h("p", { id: "notif-subject" }, t("auditNotif.about"), " ", entityLink(subject),
            " · ", route("/audit/notifications", t("audit.clear"))) : null,
          h("div", { id: "notif-table" }, table(t("auditNotif.list"), ["audit.col.when", "ops.col.recipient",
            "ops.col.template", "auditNotif.col.channel", "auditNotif.col.status", "auditNotif.col.sent",
            "audit.col.entity"], sent.map(n => [instant(n.createdAt), n.recipient, kind(n.template),
            t("auditNotif.channel." + n.channel),
            h("span", { "data-status": n.status }, t("auditNotif.status." + n.status),
              n.statusReason ? " · " + n.statusReason : "", n.lastError ? " · " + n.lastError : ""),
            n.sentAt ? instant(n.sentAt) : "—",
            n.subjectId && ID.test(n.subjectId) ? h("span", {}, entityLink(n.subjectId), " ",
              route("/audit/notifications?subject=" + encodeURIComponent(n.subjectId), t("auditNotif.all"),
                { "data-subject": n.subjectId })) : "—"]))));
        fill("notif-failures", table(t("auditNotif.failures"), ["audit.col.when", "auditNotif.col.event",
          "audit.col.what", "ops.col.cause"], failures.map(f => [instant(f.failedAt), h("code", {}, f.eventId),
          typeName(String(f.eventType).replace(/^.*[.$]/, "")), f.error])));
      },
    },

    receipts: {
      readModels: ["ballots"],
      skeleton: () => [h("h1", {}, t("receipts.title")), section("receipts", t("receipts.list"),
        h("p", {}, t("receipts.explain")))],
      async refresh() {
        const receipts = await api("/api/vote-receipts");
        fill("receipts", h("p", {}, t("receipts.explain")), table(t("receipts.list"),
          ["audit.col.recorded", "col.seat", "audit.col.what", "audit.col.position", "audit.col.link",
            "audit.col.chainHash", "receipts.checkpoint"],
          receipts.map(r => [instant(r.recordedAt), r.seat, typeName(r.eventType), String(r.position),
            r.chainSeq === null ? "—" : String(r.chainSeq), h("code", { class: "hash" }, r.chainHash || "—"),
            r.checkpointSeq === null ? t("receipts.pending") : t("receipts.covered", { seq: r.checkpointSeq,
              at: instant(r.checkpointTakenAt) })])));
      },
    },
  };

  function rebuildCard(rebuild) {
    const total = rebuild.eventsDone + rebuild.eventsRemaining;
    const comparison = rebuild.comparison;
    return h("article", { class: "rebuild", "data-rebuild": rebuild.rebuildId },
      h("h3", {}, rebuild.readModels.join(", ")),
      h("p", {}, badge(rebuild.status), " ", t("ops.started", { by: rebuild.requestedBy, at: instant(rebuild.startedAt) }),
        rebuild.finishedAt ? " · " + t("ops.finished", { at: instant(rebuild.finishedAt) }) : ""),
      h("p", {}, h("progress", { max: Math.max(total, 1), value: rebuild.eventsDone,
        "aria-label": t("ops.progress", { done: rebuild.eventsDone, total }) }), " ",
        t("ops.progress", { done: rebuild.eventsDone, total }),
        rebuild.secondsLeft !== null && rebuild.status === "RUNNING" ? " · " + t("ops.left", { seconds: rebuild.secondsLeft }) : ""),
      rebuild.failure ? h("p", { class: "error" }, rebuild.failure) : null,
      comparison ? h("p", { class: comparison.identical ? "verdict intact" : "verdict broken" },
        comparison.identical ? t("ops.identical") : t("ops.different")) : null,
      comparison && !comparison.identical ? table(t("ops.comparison"), ["ops.col.table", "ops.col.live", "ops.col.shadow",
        "ops.col.onlyLive", "ops.col.onlyShadow"], comparison.tables.map(c => [c.table, String(c.liveRows),
        String(c.shadowRows), String(c.onlyLive), String(c.onlyShadow)])) : null,
      rebuild.status === "COMPLETED" && has("SECRETARIAT") ? h("div", { class: "actions" }, h("button", { type: "button",
        "data-promote": rebuild.rebuildId, onclick: () => app.act(async () => {
          await api("/api/read-models/rebuilds/" + rebuild.rebuildId + "/promotion", { method: "POST" });
          await app.refresh();
        }) }, t("ops.promote"))) : null);
  }

  async function startRebuild() {
    await app.act(async () => {
      await api("/api/read-models/rebuilds", { method: "POST", body: {} });
      await app.refresh();
    });
  }

  function ballotIdOfPath() {
    return decodeURIComponent(location.pathname.slice("/audit/decisions/".length));
  }

  function auditNav(current) {
    const link = (href, key, name) => route(href, t(key), current === name ? { "aria-current": "page" } : {});
    return h("nav", { class: "subnav no-print", "aria-label": t("audit.workspace") },
      link("/audit/trail", "nav.audit-trail", "trail"), link("/audit/verification", "nav.audit-verification", "verification"),
      link("/audit/registers", "nav.audit-registers", "registers"),
      link("/audit/operations", "nav.audit-operations", "operations"),
      link("/audit/notifications", "nav.audit-notifications", "notifications"));
  }

  // Runs the verification as a stream of JSON lines: what there is to check, how far it has got, then the report.
  async function verifyWithProgress(onProgress) {
    const response = await fetch("/api/audit/verification/progress", { headers: {
      Authorization: "Bearer " + (await app.token()), Accept: "application/x-ndjson", "Accept-Language": state.lang } });
    if (!response.ok || !response.body) throw new Error(response.statusText || String(response.status));
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = "";
    let extent = { links: 0, events: 0 };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let newline;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        if (line.report) return line.report;
        if (line.stage) onProgress(line.stage, line.done, line.stage === "LINKS" ? extent.links : extent.events);
        else extent = line;
      }
    }
    throw new Error(t("verify.interrupted"));
  }

  // A rule's values in a line: its leaves, each with its name.
  function leaves(value, prefix) {
    if (value === null || typeof value !== "object") return (prefix ? prefix + ": " : "") + String(value);
    return Object.entries(value).filter(([, inner]) => inner !== null && inner !== undefined)
      .map(([key, inner]) => leaves(inner, key)).join(" · ");
  }

  // Every problem the verification found, each named with its position and event (the first hundred, and how many).
  function problemsFound(report) {
    const problems = report.problems || [];
    return [
      h("p", { id: "verify-count", "data-count": report.problemCount },
        t("verify.count", { count: report.problemCount, shown: problems.length })),
      h("div", { id: "verify-problems" }, table(t("verify.problems"),
        ["audit.col.position", "verify.col.kind", "verify.col.event", "audit.col.entity"],
        problems.map(p => [String(p.globalIndex),
          h("span", { "data-problem": p.problem, "data-event": p.eventIdentifier || "" }, t("verify.kind." + p.problem)),
          p.eventIdentifier ? h("code", {}, p.eventIdentifier) : "—",
          p.aggregateIdentifier ? entityLink(p.aggregateIdentifier) : "—"])))];
  }

  async function runVerification() {
    const button = document.getElementById("verify-button");
    const progress = document.getElementById("verify-progress");
    const result = document.getElementById("verify-result");
    button.disabled = true;
    result.replaceChildren();
    const bar = h("progress", { id: "verify-bar", max: 1, value: 0, "aria-label": t("verify.running") });
    const words = h("span", { id: "verify-step" }, t("verify.running"));
    progress.replaceChildren(bar, " ", words);
    const started = Date.now();
    try {
      const report = await verifyWithProgress((stage, done, total) => {
        bar.max = Math.max(total, 1);
        bar.value = Math.min(done, bar.max);
        words.textContent = t("verify.stage." + stage, { done, total });
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      bar.value = bar.max;
      words.textContent = t("verify.took", { seconds });
      result.replaceChildren(report.intact
        ? h("p", { class: "verdict intact", id: "verify-verdict", "data-intact": "true" },
            t("verify.intact", { links: report.links, events: report.events, checkpoints: report.checkpoints }))
        : h("p", { class: "verdict broken", id: "verify-verdict", "data-intact": "false",
            "data-problem": report.problem, "data-position": report.globalIndex },
            t("verify.broken." + report.problem, { position: report.globalIndex, event: report.eventIdentifier || "—",
              entity: report.aggregateIdentifier || "—" }), " ",
            report.aggregateIdentifier ? entityLink(report.aggregateIdentifier) : null),
        ...(report.intact ? [] : problemsFound(report)),
        ...(report.head ? [h("p", {}, t("verify.head"), " ", h("code", { class: "hash" }, report.head))] : []));
    } catch (error) {
      words.textContent = t("error", { detail: error.message });
    } finally {
      button.disabled = false;
    }
  }

  return views;
};
