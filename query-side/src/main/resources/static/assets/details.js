// Detail pages (issue #18): an application, a ballot (the delegate's ballot page), a meeting, a member, a seat, a
// milestone, an indicator and an activity, each linked from the lists that show it and to its history in the auditors'
// workspace; the member directory; one search box across members, applications, ballots and activities. Views in the
// shape app.js expects (readModels, skeleton, refresh), built with its helpers.
"use strict";
window.GsefDetails = function (app) {
  const { h, t, api, all, label, badge, date, section, fill, table, state, has, act, say, named } = app;
  const Charts = window.GsefCharts;

  // ---- addresses -------------------------------------------------------------------------------------------------
  const part = index => decodeURIComponent(location.pathname.split("/")[index] || "");
  const route = (href, text, attributes) => h("a", Object.assign({ href, "data-route": "" }, attributes || {}), text);
  const link = {
    application: (id, text) => (id ? route("/applications/" + id, text || id, { "data-application": id }) : "—"),
    ballot: (id, text) => (id ? route("/ballots/" + id, text || id, { "data-ballot-link": id }) : "—"),
    meeting: (id, text) => (id ? route("/meetings/" + id, text || id, { "data-meeting": id }) : "—"),
    member: (id, text) => (id ? route("/members/" + id, text || id, { "data-member": id }) : text || "—"),
    seat: (seat, text) => (seat ? route("/seats/" + encodeURIComponent(seat), text || seat, { "data-seat": seat }) : "—"),
    activity: (id, text) => (id ? route("/activities/" + id, text || id, { "data-activity": id }) : "—"),
    milestone: (edition, milestone, text) => route(
      "/milestones/" + edition + "/" + encodeURIComponent(milestone), text, { "data-milestone": milestone }),
    indicator: (plan, code, text) => route(
      "/indicators/" + plan + "/" + encodeURIComponent(code), text, { "data-indicator": code }),
  };

  /** The history of the record in the auditors' workspace, for the readers allowed to open it. */
  const historyOf = id => (app.auditReader()
    ? h("p", { class: "history" }, route("/audit/entities/" + encodeURIComponent(id), t("details.history"),
      { "data-entity": id }))
    : null);

  /** A day or an instant on the page, with its machine-readable value (tables sort by it). */
  const when = value => (value ? h("time", { datetime: value }, date(value)) : "—");

  /** A list of what a record holds: label, value. */
  const facts = rows => h("dl", { class: "state facts" }, rows.filter(Boolean).flatMap(([key, value]) =>
    [h("dt", {}, t(key)), h("dd", {}, value === null || value === undefined || value === "" ? "—" : value)]));

  /** What a refused read says on the page: the role may not read it, or there is no such record. */
  function refused(id, error) {
    fill(id, h("p", { class: "empty", role: "alert", "data-testid": "refused" },
      error.status === 403 ? t("details.forbidden") : error.status === 404 ? t("details.notFound") : error.message));
  }

  /**
   * A slot where the Secretariat's command forms (assets/work.js) mount on a detail page, once the seats, meetings and
   * members its forms list are read; empty for a role that may give none of the record's commands.
   */
  function workSlot(name, record) {
    const work = app.work;
    // A delegate's own command here, its seat's proxy, has its form on the page already.
    if (!work || typeof work[name] !== "function" || !["SECRETARIAT", "CHAIR"].some(has)) return null;
    const slot = h("div", { class: "work", "data-work": name });
    work.load()
      .then(() => {
        const actions = work[name](record);
        if (actions) slot.replaceChildren(actions);
      })
      .catch(() => {});
    return slot;
  }

  // ---- documents --------------------------------------------------------------------------------------------------
  // A record's documents (documents.js): one panel per record and language, kept across refreshes of the page so that
  // an upload under way survives another user's change to the record.
  const documentPanels = new Map();
  function documentsOf(kind, id, part) {
    if (!app.documents) return null;
    const key = [kind, id, part || "", state.lang].join(" ");
    if (!documentPanels.has(key)) {
      documentPanels.set(key, h("div", { class: "documents-of", "data-documents-of": id },
        h("h3", {}, t("documents.title")), app.documents.panel(kind, id, part)));
    }
    return documentPanels.get(key);
  }

  // ---- seats by their organisation -------------------------------------------------------------------------------
  // Seats and delegates are shown by the name of the organisation that holds the seat, never by an account's name.
  async function seatNames() {
    const seats = await api("/api/committee/seats").catch(() => []);
    const names = {};
    seats.forEach(s => { names[s.seat] = s.organisationName || s.seat; });
    return { seats, name: seat => names[seat] || seat };
  }

  const seatList = (seats, names) => (seats.length
    ? h("ul", { class: "plain inline" }, seats.map(seat => h("li", {}, link.seat(seat, names.name(seat)))))
    : "—");

  // ---- the tally bar ---------------------------------------------------------------------------------------------
  const SVG = "http://www.w3.org/2000/svg";
  const svg = (name, attributes, text) => {
    const node = document.createElementNS(SVG, name);
    Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /**
   * The tally as one bar as wide as the electorate (one yes out of twelve seats fills a twelfth of it): yes, no and
   * abstentions from the left, the seats that have not voted after them; a mark where the quorum is reached (seats that
   * must take part) and a mark where the yes votes carry the majority with the no votes cast so far.
   */
  function tallyBar(ballot) {
    const marks = ballot.marks || { entitled: ballot.electorate.length, quorum: 0, yesNeeded: 1 };
    const seats = Math.max(1, marks.entitled);
    const width = 600, height = 44, left = 4, inner = width - 2 * left;
    const x = count => left + inner * Math.min(count, seats) / seats;
    const tally = ballot.tally;
    const waiting = Math.max(0, marks.entitled - tally.yes - tally.no - tally.abstain);
    const summary = t("tally.summary", { yes: tally.yes, no: tally.no, abstain: tally.abstain, waiting,
      seats: marks.entitled, quorum: marks.quorum, needed: marks.yesNeeded });
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart tally-bar", role: "img",
      "aria-label": summary, "data-testid": "tally-bar", "data-seats": marks.entitled });
    chart.appendChild(svg("title", {}, summary));
    let from = 0;
    [["yes", tally.yes], ["no", tally.no], ["abstain", tally.abstain], ["waiting", waiting]].forEach(([kind, count]) => {
      if (count > 0) {
        chart.appendChild(svg("rect", { x: x(from), y: 12, width: x(from + count) - x(from), height: 20,
          class: "tally-" + kind, "data-kind": kind, "data-count": count }));
      }
      from += count;
    });
    chart.appendChild(svg("rect", { x: left, y: 12, width: inner, height: 20, class: "tally-frame" }));
    const mark = (count, kind, y1, y2) => {
      if (count <= 0 || count > seats) return;
      chart.appendChild(svg("line", { x1: x(count), x2: x(count), y1, y2, class: "mark-" + kind,
        "data-mark": kind, "data-at": count }));
    };
    mark(marks.quorum, "quorum", 2, 42);
    mark(marks.yesNeeded, "majority", 6, 38);
    const key = (kind, text) => h("li", {}, h("span", { class: "swatch " + kind, "aria-hidden": "true" }), " ", text);
    return h("figure", { class: "tally-figure" }, chart,
      h("figcaption", {}, h("ul", { class: "legend", "data-testid": "tally-legend" },
        key("tally-yes", t("tally.yes") + ": " + tally.yes),
        key("tally-no", t("tally.no") + ": " + tally.no),
        key("tally-abstain", t("tally.abstain") + ": " + tally.abstain),
        key("tally-waiting", t("tally.notVoted") + ": " + waiting),
        marks.quorum > 0 ? key("mark-quorum", t("tally.quorumMark", { count: marks.quorum, seats: marks.entitled })) : null,
        key("mark-majority", marks.yesNeeded > marks.entitled
          ? t("tally.majorityOut", { count: marks.yesNeeded })
          : t("tally.majorityMark", { count: marks.yesNeeded, rule: t("rule.majority." + ballot.rule.majority) })))));
  }

  // ---- voting ----------------------------------------------------------------------------------------------------
  /**
   * Whether a form the reader is filling in (or whose refusal it reads) is to be kept through a live update: yes while
   * the record it was made from is the same, so that an update elsewhere never wipes what the reader typed.
   */
  const keep = (id, formState) => {
    const form = document.getElementById(id);
    return Boolean(form && form.dataset.dirty && form.dataset.state === formState);
  };
  const dirty = event => { event.currentTarget.dataset.dirty = "1"; };
  const proxyState = (meeting, mine) => [meeting ? meeting.status : "", meeting && meeting.proxies ? meeting.proxies[mine] || "" : ""].join("/");

  /** What the vote form was made from: while it is the same, a form being filled in is kept as the reader left it. */
  const voteState = (ballot, mine) => {
    const vote = ballot.votes.find(v => v.seat === mine);
    return [ballot.status, vote ? vote.choice : "", vote ? vote.changes : "", ballot.recused.includes(mine)].join("/");
  };

  function voteForm(ballot, mine, names) {
    const myVote = ballot.votes.find(v => v.seat === mine);
    const problem = h("p", { class: "problem", role: "alert", id: "vote-problem" });
    const choices = ["YES", "NO", "ABSTAIN"].map(choice => h("div", { class: "check" },
      h("input", { type: "radio", name: "choice", value: choice, id: "choice-" + choice, required: true,
        checked: myVote && myVote.choice === choice }),
      h("label", { for: "choice-" + choice }, t("vote." + choice.toLowerCase()))));
    const form = h("form", { class: "form vote-form", id: "vote-form", "data-state": voteState(ballot, mine),
      oninput: dirty, onchange: dirty, onsubmit: async event => {
      event.preventDefault();
      const data = new FormData(form);
      const choice = data.get("choice");
      const reason = String(data.get("reason") || "").trim();
      if (myVote && !reason) {
        problem.textContent = t("vote.reasonForChange");
        return;
      }
      const sure = await app.confirm(t(myVote ? "vote.changeTitle" : "vote.confirmTitle"),
        t("vote.confirmText", { choice: label(choice), seat: names.name(mine), ballot: ballot.title }));
      if (!sure) return;
      problem.textContent = "";
      try {
        await api(`/api/ballots/${ballot.ballotId}/votes`, { method: "POST", body: { seat: mine, choice, reason: reason || null } });
        delete form.dataset.dirty;
        say(t("vote.recorded"), "ok");
      } catch (error) {
        problem.textContent = t("error", { detail: error.message });
        say(t("error", { detail: error.message }), "error");
      }
    } },
      h("fieldset", {}, h("legend", {}, myVote ? t("vote.change", { choice: label(myVote.choice) }) : t("vote.choose",
        { seat: names.name(mine) })), choices),
      h("div", { class: "field" }, h("label", { for: "vote-reason" }, t(myVote ? "vote.reasonRequired" : "vote.reason")),
        h("textarea", { id: "vote-reason", name: "reason", rows: 2, maxlength: 1000 })),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "vote-submit" },
        t(myVote ? "vote.changeSubmit" : "vote.submit"))),
      problem);
    return form;
  }

  /** The delegate gives the seat's proxy for a meeting to another voting seat (only the seat's delegate may). */
  function proxyForm(meetingId, mine, seats, meeting) {
    const given = meeting && meeting.proxies ? meeting.proxies[mine] : null;
    const problem = h("p", { class: "problem", role: "alert", id: "proxy-problem" });
    const form = h("form", { class: "form", id: "proxy-form", "data-state": proxyState(meeting, mine),
      oninput: dirty, onchange: dirty, onsubmit: async event => {
      event.preventDefault();
      form.dataset.dirty = "1";
      const toSeat = new FormData(form).get("toSeat");
      const name = (seats.seats.find(s => s.seat === toSeat) || {}).organisationName || toSeat;
      if (!(await app.confirm(t("proxy.confirmTitle"), t("proxy.confirmText", { seat: name })))) return;
      problem.textContent = "";
      try {
        await api(`/api/meetings/${meetingId}/proxies`, { method: "POST", body: { fromSeat: mine, toSeat } });
        say(t("proxy.given", { seat: name }), "ok");
        delete form.dataset.dirty;
        await app.refresh();
      } catch (error) {
        problem.textContent = t("error", { detail: error.message });
      }
    } },
      given ? h("p", { "data-testid": "proxy-given" }, t("proxy.current", { seat: seats.name(given) })) : null,
      h("div", { class: "field" }, h("label", { for: "proxy-to" }, t("proxy.to")),
        h("select", { id: "proxy-to", name: "toSeat", required: true },
          seats.seats.filter(s => !s.retired && s.seat !== mine).map(s =>
            h("option", { value: s.seat, selected: s.seat === given }, s.organisationName || s.seat)))),
      h("div", { class: "actions" }, h("button", { type: "submit" }, t("proxy.give"))),
      problem);
    return form;
  }

  // ---- the dossier of an application -----------------------------------------------------------------------------
  async function sponsorOf(application) {
    if (!application.sponsorMemberId) return t("details.noSponsor");
    const sponsor = await api("/api/members/" + application.sponsorMemberId).catch(() => null);
    return link.member(application.sponsorMemberId, sponsor ? sponsor.organisationName : application.sponsorMemberId);
  }

  async function applicationFacts(application) {
    return facts([
      ["col.kind", label(application.kind)],
      ["col.country", application.country],
      ["col.region", label(application.region)],
      ["col.city", application.city],
      ["col.language", label(application.preferredLanguage)],
      ["col.status", badge(application.status)],
      ["col.submitted", when(application.submittedAt)],
      ["details.updated", when(application.updatedAt)],
      ["details.sponsor", h("span", { "data-testid": "sponsor" }, await sponsorOf(application))],
      ["details.note", h("span", { "data-testid": "review-note" }, application.note || t("details.noNote"))],
      application.contact ? ["details.contact", application.contact.erased ? t("details.erased")
        : `${application.contact.name || "—"} <${application.contact.email || "—"}>`] : null,
      application.ballotId ? ["details.ballot", link.ballot(application.ballotId, t("details.openBallot"))] : null,
      application.memberId ? ["details.member", link.member(application.memberId, application.organisationName)] : null,
    ]);
  }

  // ---- the views -------------------------------------------------------------------------------------------------
  const views = {
    application: {
      readModels: ["membership-applications", "ballots"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.application")), section("application", t("details.dossier")),
        h("div", { "data-content": "work" }), h("div", { "data-content": "documents" })],
      async refresh() {
        const id = part(2);
        try {
          const application = await api("/api/membership-applications/" + id);
          document.getElementById("detail-title").textContent = application.organisationName;
          fill("application", await applicationFacts(application), historyOf(id));
          fill("work", workSlot("applicationActions", application));
          fill("documents", documentsOf("APPLICATION", application.applicationId));
        } catch (error) {
          refused("application", error);
        }
      },
    },

    ballot: {
      readModels: ["ballots", "committee", "membership-applications"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.ballot")),
        section("ballot", t("details.ballot")), section("ballot-vote", t("details.yourVote")),
        section("ballot-dossier", t("details.dossier")), section("ballot-votes", t("details.votes")),
        h("div", { "data-content": "work" }), h("div", { "data-content": "documents" })],
      async refresh() {
        const id = part(2);
        let ballot;
        try {
          ballot = await api("/api/ballots/" + id);
        } catch (error) {
          refused("ballot", error);
          ["ballot-vote", "ballot-dossier", "ballot-votes"].forEach(slot => fill(slot));
          return;
        }
        const [names, application, meeting, conflicts] = await Promise.all([
          seatNames(),
          ballot.decisionType === "ADMISSION" && ballot.referenceId
            ? api("/api/membership-applications/" + ballot.referenceId).catch(() => null) : null,
          ballot.meetingId ? api("/api/meetings/" + ballot.meetingId).catch(() => null) : null,
          ballot.referenceId ? api("/api/committee/conflicts?referenceId=" + ballot.referenceId).catch(() => []) : []]);
        const title = application ? t("ballot.admissionTitle", { name: application.organisationName }) : ballot.title;
        document.getElementById("detail-title").textContent = title;
        const voted = ballot.votes.map(v => v.seat);
        const waiting = ballot.electorate.filter(seat => !voted.includes(seat) && !ballot.recused.includes(seat));
        fill("ballot",
          h("p", {}, badge(ballot.status), " ", ballot.outcome ? badge(ballot.outcome) : null),
          tallyBar(ballot),
          facts([
            ["details.procedure", t("procedure." + ballot.procedure)],
            ballot.meetingId ? ["details.meeting", link.meeting(ballot.meetingId, meeting ? meeting.title : ballot.meetingId)] : null,
            ["details.opened", when(ballot.openedAt)],
            ["col.closes", when(ballot.closesAt)],
            ballot.closedAt ? ["details.closed", when(ballot.closedAt)] : null,
            ["details.rule", ["quorum", "majority", "tie"].map(key => t("rule." + key + "." + ballot.rule[key])).join(" · ")],
            ["details.electorate", seatList(ballot.electorate, names)],
            ["details.waiting", seatList(waiting, names)],
            ["details.recused", h("span", {}, seatList(ballot.recused, names),
              conflicts.length ? h("ul", { class: "plain" }, conflicts.map(c => h("li", {},
                names.name(c.seat), ": ", c.reason || "—", " (", when(c.declaredAt), ")"))) : null)],
            ballot.refusedAttempts ? ["details.refusedAttempts", String(ballot.refusedAttempts)] : null,
          ]),
          historyOf(id),
          ballot.status !== "OPEN" && app.auditReader()
            ? h("p", {}, route("/audit/decisions/" + id, t("audit.explain"), { "data-decision": id })) : null);
        const mine = state.me && state.me.seat;
        const entitled = has("DELEGATE") && mine && ballot.electorate.includes(mine);
        const voteParts = [];
        if (!has("DELEGATE") || !mine) voteParts.push(h("p", { class: "empty" }, t("details.noVote")));
        else if (!entitled) voteParts.push(h("p", { class: "empty" }, t("details.notEntitled", { seat: names.name(mine) })));
        else if (ballot.recused.includes(mine)) voteParts.push(h("p", { class: "empty" }, t("details.recusedYou")));
        else {
          const myVote = ballot.votes.find(v => v.seat === mine);
          if (myVote) {
            voteParts.push(h("p", { class: "mine", "data-testid": "my-vote" }, t("vote.yours", { choice: label(myVote.choice) }),
              myVote.reason ? " — " + myVote.reason : "", myVote.changes ? " " + t("vote.changes", { count: myVote.changes }) : ""));
          }
          if (ballot.status === "OPEN") voteParts.push(voteForm(ballot, mine, names));
          else voteParts.push(h("p", { class: "empty" }, t("details.closedNoVote")));
          if (ballot.status === "OPEN" && ballot.meetingId) {
            voteParts.push(h("h3", {}, t("proxy.title")), proxyForm(ballot.meetingId, mine, names, meeting));
          }
        }
        // A live update while the delegate fills in the form leaves it alone unless the seat's vote itself changed.
        if (!keep("vote-form", voteState(ballot, mine)) && !keep("proxy-form", proxyState(meeting, mine))) {
          fill("ballot-vote", voteParts);
        }
        fill("ballot-dossier", application
          ? [h("p", {}, link.application(application.applicationId, t("details.applicationOf",
              { name: application.organisationName }))), await applicationFacts(application)]
          : h("p", { class: "empty" }, ballot.decisionType === "ADMISSION" ? t("details.forbidden") : t("details.noDossier")));
        fill("ballot-votes", table(t("details.votes"), ["col.seat", "details.choice", "col.reason", "details.castAt", "details.changes"],
          ballot.votes.map(v => [link.seat(v.seat, names.name(v.seat)), label(v.choice), v.reason || "—", when(v.castAt),
            String(v.changes)])));
        fill("work", workSlot("ballotActions", ballot));
        fill("documents", documentsOf("BALLOT", ballot.ballotId));
      },
    },

    meeting: {
      readModels: ["committee", "ballots"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.meeting")), section("meeting", t("details.meeting")),
        section("meeting-ballots", t("committee.ballots")), section("meeting-proxy", t("proxy.title")),
        h("div", { "data-content": "work" }), h("div", { "data-content": "documents" })],
      async refresh() {
        const id = part(2);
        let meeting;
        try {
          meeting = await api("/api/meetings/" + id);
        } catch (error) {
          refused("meeting", error);
          return;
        }
        const [names, ballots] = await Promise.all([seatNames(), api("/api/ballots?limit=200").catch(() => [])]);
        document.getElementById("detail-title").textContent = named(meeting.meetingId, "title", meeting.title);
        fill("meeting", facts([
          ["col.dates", meeting.endsOn && meeting.endsOn !== meeting.startsOn
            ? h("span", {}, when(meeting.startsOn), " – ", when(meeting.endsOn)) : when(meeting.startsOn)],
          ["col.status", badge(meeting.status)],
          meeting.statusReason ? ["col.reason", meeting.statusReason] : null,
          ["col.format", label(meeting.format)],
          ["col.location", meeting.location],
          ["details.agenda", meeting.agenda.length ? h("ol", {}, meeting.agenda.map(item => h("li", {}, item))) : "—"],
          ["col.present", seatList(meeting.present, names)],
          ["details.proxies", Object.keys(meeting.proxies).length ? h("ul", { class: "plain" },
            Object.entries(meeting.proxies).map(([from, to]) => h("li", {}, t("proxy.from", { from: names.name(from), to: names.name(to) }))))
            : "—"],
          ["details.minutes", meeting.minutes || "—"],
        ]), historyOf(id));
        fill("meeting-ballots", table(t("committee.ballots"), ["col.title", "col.status", "details.opened", "col.closes"],
          ballots.filter(b => b.meetingId === id).map(b => [link.ballot(b.ballotId, b.title), badge(b.status),
            when(b.openedAt), when(b.closesAt)])));
        const mine = state.me && state.me.seat;
        if (!keep("proxy-form", proxyState(meeting, mine))) {
          fill("meeting-proxy", has("DELEGATE") && mine && meeting.status !== "CANCELLED"
            ? proxyForm(id, mine, names, meeting) : h("p", { class: "empty" }, t("proxy.notYours")));
        }
        fill("work", workSlot("meetingActions", meeting));
        fill("documents", documentsOf("MEETING", meeting.meetingId));
      },
    },

    member: {
      readModels: ["members", "committee"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.member")), section("member", t("details.member")),
        h("div", { "data-content": "work" })],
      async refresh() {
        const id = part(2);
        try {
          const [member, names] = await Promise.all([api("/api/members/" + id), seatNames()]);
          document.getElementById("detail-title").textContent = member.organisationName;
          const seats = names.seats.filter(s => s.memberId === id);
          fill("member", facts([
            ["col.kind", label(member.kind)],
            ["col.country", member.country],
            ["col.region", label(member.region)],
            ["col.city", member.city],
            ["col.language", label(member.preferredLanguage)],
            ["col.status", badge(member.status)],
            ["details.joined", h("span", { "data-testid": "joined" }, when(member.admittedOn))],
            ["details.origin", t("details.origin." + member.origin)],
            member.source ? ["details.source", member.source] : null,
            member.applicationId ? ["details.application", link.application(member.applicationId, t("details.openApplication"))] : null,
            member.ballotId ? ["details.ballot", link.ballot(member.ballotId, t("details.openBallot"))] : null,
            member.statusReason ? ["col.reason", member.statusReason] : null,
            member.statusSince ? ["details.since", when(member.statusSince)] : null,
            ["details.seats", seats.length ? h("ul", { class: "plain" }, seats.map(s => h("li", {},
              link.seat(s.seat, s.seat), " · ", label(s.office)))) : "—"],
          ]), historyOf(id));
          fill("work", workSlot("memberActions", member));
        } catch (error) {
          refused("member", error);
        }
      },
    },

    seat: {
      readModels: ["committee"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.seat")), section("seat", t("details.seat")),
        h("div", { "data-content": "work" })],
      async refresh() {
        const seatId = part(2);
        try {
          const [seats, conflicts] = await Promise.all([api("/api/committee/seats"), api("/api/committee/conflicts")]);
          const seat = seats.find(s => s.seat === seatId);
          if (!seat) throw Object.assign(new Error(t("details.notFound")), { status: 404 });
          document.getElementById("detail-title").textContent = seat.organisationName || seat.seat;
          fill("seat", facts([
            ["col.seat", seat.seat],
            ["col.organisation", link.member(seat.memberId, seat.organisationName)],
            ["col.office", label(seat.office)],
            ["col.delegate", seat.delegate ? t("details.appointed") : t("details.vacant")],
            ["col.status", seat.retired ? t("details.retired") : t("details.inOffice")],
            ["details.conflicts", table(t("details.conflicts"), ["details.subject", "col.reason", "details.declared"],
              conflicts.filter(c => c.seat === seatId).map(c => [c.referenceId, c.reason || "—", when(c.declaredAt)]))],
          ]), historyOf(seatId));
          fill("work", workSlot("seatActions", seat));
        } catch (error) {
          refused("seat", error);
        }
      },
    },

    milestone: {
      readModels: ["forum"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.milestone")), section("milestone", t("details.milestone")),
        h("div", { "data-content": "documents" })],
      async refresh() {
        const [editionId, code] = [part(2), part(3)];
        try {
          const edition = await api("/api/forum/editions/" + editionId);
          const m = (edition.roadmap || []).find(item => item.milestone === code);
          if (!m) throw Object.assign(new Error(t("details.notFound")), { status: 404 });
          document.getElementById("detail-title").replaceChildren(named(editionId, "milestone:" + m.milestone, m.title));
          fill("milestone", facts([
            ["details.edition", edition.name],
            ["col.owner", m.owner],
            ["col.due", when(m.dueOn)],
            ["col.status", h("span", {}, badge(m.status), m.late ? h("span", { class: "badge late" }, t("roadmap.late")) : null)],
            ["col.progress", h("span", {}, Charts.progress(m.progress, 100, `${m.title}: ${m.progress}%`), " ", m.progress + " %")],
            m.note || m.reason ? ["col.reason", m.note || m.reason] : null,
          ]), historyOf(editionId));
          fill("documents", documentsOf("MILESTONE", editionId, m.milestone));
        } catch (error) {
          refused("milestone", error);
        }
      },
    },

    indicator: {
      readModels: ["objectives"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.indicator")), section("indicator", t("details.indicator")),
        h("div", { "data-content": "documents" })],
      async refresh() {
        const [planId, code] = [part(2), part(3)];
        try {
          const plans = await api("/api/objectives?plans=all");
          const plan = plans.find(p => p.planId === planId);
          let found = null;
          (plan ? plan.directions : []).forEach(d => d.objectives.forEach(o => o.indicators.forEach(i => {
            if (i.code === code) found = { objective: o, indicator: i };
          })));
          if (!found) throw Object.assign(new Error(t("details.notFound")), { status: 404 });
          const i = found.indicator;
          document.getElementById("detail-title").replaceChildren(named(planId, "indicator:" + i.code, i.name));
          fill("indicator", facts([
            ["details.objective", h("span", {}, found.objective.code + " ",
              named(planId, "objective:" + found.objective.code, found.objective.title))],
            ["details.plan", String(plan.year)],
            ["col.baseline", app.number(i.baseline)],
            ["col.target", app.number(i.target)],
            ["col.actual", app.number(i.actual)],
            ["col.expected", app.number(i.expected)],
            ["col.deadline", when(i.deadline)],
            ["col.status", badge(i.status)],
            ["col.progress", Charts.progress(i.actual, i.target, `${i.name}: ${i.actual} / ${i.target}`, i.expected)],
            i.region ? ["col.region", label(i.region)] : null,
          ]), historyOf(planId));
          // The evidence of the value reported last, when one was.
          fill("documents", i.reportedAsOf ? documentsOf("INDICATOR_VALUE", planId, i.code + "@" + i.reportedAsOf) : null);
        } catch (error) {
          refused("indicator", error);
        }
      },
    },

    activity: {
      readModels: ["activities"],
      skeleton: () => [h("h1", { id: "detail-title" }, t("nav.activity")), section("activity", t("details.activity")),
        h("div", { "data-content": "work" })],
      async refresh() {
        const id = part(2);
        try {
          const a = await api("/api/activities/" + id);
          document.getElementById("detail-title").replaceChildren(named(a.activityId, "title", a.title));
          fill("activity", facts([
            ["col.kind", label(a.kind)],
            ["col.dates", a.from === a.to ? when(a.from) : h("span", {}, when(a.from), " – ", when(a.to))],
            ["col.status", h("span", {}, badge(a.status), a.toBeConfirmed ? ` (${t("program.tbc")})` : null)],
            ["col.location", a.location],
            ["details.partners", (a.partners || []).join(", ")],
            ["col.participants", a.participants === null ? "—" : app.number(a.participants)],
            a.outcome ? ["details.outcome", a.outcome] : null,
            a.note ? ["details.note", a.note] : null,
          ]), historyOf(id));
          fill("work", workSlot("activityActions", a));
        } catch (error) {
          refused("activity", error);
        }
      },
    },

    // The member directory: by region, kind and country, with the day each joined.
    members: {
      readModels: ["members"],
      skeleton: () => [h("h1", {}, t("nav.members")), section("directory-filter", t("directory.filters")),
        section("directory", t("directory.title"))],
      async refresh() {
        const governance = has("SECRETARIAT") || has("CHAIR") || has("DELEGATE") || has("AUDITOR");
        let members = [];
        if (governance) {
          members = await all("/api/members?sort=organisationName");
        } else {
          members = (await api("/api/public/members")).map(m => Object.assign({ admittedOn: m.memberSince, status: "ACTIVE" }, m));
        }
        const query = new URLSearchParams(location.search);
        const wanted = { region: query.get("region") || "", kind: query.get("kind") || "", country: query.get("country") || "",
          status: query.get("status") || (governance ? "ACTIVE" : "") };
        const values = key => [...new Set(members.map(m => m[key]).filter(Boolean))].sort();
        const select = (key, labelOf) => h("div", { class: "field" },
          h("label", { for: "directory-" + key }, t("col." + key)),
          h("select", { id: "directory-" + key, name: key, onchange: event => {
            const url = new URL(location.href);
            if (event.target.value) url.searchParams.set(key, event.target.value);
            else url.searchParams.delete(key);
            window.history.replaceState({}, "", url);
            app.refresh();
          } }, h("option", { value: "" }, t("directory.all")),
          values(key).map(value => h("option", { value, selected: wanted[key] === value }, labelOf(value)))));
        fill("directory-filter", h("form", { class: "form", id: "directory-form", onsubmit: event => event.preventDefault() },
          select("region", label), select("kind", label), select("country", value => value),
          governance ? select("status", label) : null));
        const shown = members.filter(m => Object.entries(wanted).every(([key, value]) => !value || m[key] === value));
        fill("directory", h("p", { "data-testid": "directory-count" }, t("directory.count", { count: shown.length })),
          table(t("directory.title"), ["col.organisation", "col.kind", "col.country", "col.region", "col.city", "col.status",
            "details.joined"],
          shown.map(m => [governance ? link.member(m.memberId, m.organisationName) : m.organisationName, label(m.kind),
            m.country || "—", label(m.region), m.city || "—", badge(m.status), when(m.admittedOn)])));
      },
    },

    // One box across members, applications, ballots and activities; the server finds what the reader's role may read.
    search: {
      readModels: [],
      skeleton: () => {
        const input = h("input", { type: "search", id: "search-q", name: "q", minlength: 2, maxlength: 100, required: true,
          value: new URLSearchParams(location.search).get("q") || "" });
        return [h("h1", {}, t("nav.search")),
          h("form", { class: "form", id: "search-form", role: "search", onsubmit: event => {
            event.preventDefault();
            app.go("/search?q=" + encodeURIComponent(input.value.trim()));
          } }, h("div", { class: "field" }, h("label", { for: "search-q" }, t("search.label")), input),
          h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, t("search.go")))),
          section("search-results", t("search.results"))];
      },
      async refresh() {
        const q = (new URLSearchParams(location.search).get("q") || "").trim();
        if (q.length < 2) return fill("search-results", h("p", { class: "empty" }, t("search.hint")));
        const hits = await api("/api/search?q=" + encodeURIComponent(q));
        const target = hit => ({ MEMBER: link.member, APPLICATION: link.application, BALLOT: link.ballot,
          ACTIVITY: link.activity })[hit.kind](hit.id, hit.title);
        fill("search-results", hits.length
          ? table(t("search.results"), ["search.kind", "col.title", "col.status", "search.on"],
            hits.map(hit => [t("search.kind." + hit.kind), target(hit), badge(hit.status), when(hit.on)]))
          : h("p", { class: "empty", "data-testid": "no-hits" }, t("search.none", { q })));
      },
    },
  };

  return { views, link, tallyBar };
};

/** The detail views by their address; null for any other. Known before the views are made, as app.js starts. */
window.GsefDetails.viewOf = function (path) {
  if (path === "/members") return "members";
  if (path === "/search") return "search";
  const match = /^\/(applications|ballots|meetings|members|seats|activities)\/[^/]+$/.exec(path)
    || /^\/(milestones|indicators)\/[^/]+\/[^/]+$/.exec(path);
  return match ? { applications: "application", ballots: "ballot", meetings: "meeting", members: "member",
    seats: "seat", activities: "activity", milestones: "milestone", indicators: "indicator" }[match[1]] : null;
};
