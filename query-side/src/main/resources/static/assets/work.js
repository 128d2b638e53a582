// The Secretariat's work from the pages (issue #18): every command the Secretariat, and the chair where the API lets
// it, gives on applications, meetings, ballots, the strategic plan, the forum's roadmap and the program of activities.
// Each form sends one command of the API; what the API refuses is said in the reader's language (the API's problem
// details carry the words), by the form that sent it. What cannot be undone asks first. The views follow the shape
// app.js expects (readModels, skeleton, refresh); the forms are exported one per record so that a detail page can
// mount them (after load()): applicationActions(application), meetingActions(meeting), ballotActions(ballot),
// indicatorActions(plan, indicator), milestoneActions(edition, milestone), activityActions(activity).
"use strict";
window.GsefWork = function (app) {
  const { h, t, api, all, label, badge, date, section, state, has } = app;

  const secretariat = () => has("SECRETARIAT");
  const chair = () => has("CHAIR");
  const today = () => new Date().toISOString().slice(0, 10);
  const pathPart = value => encodeURIComponent(value);

  // What the forms need besides their record: the seats, meetings and members, read once per refresh of the view. A
  // detail page that mounts a record's forms calls load() first.
  const context = { seats: [], meetings: [], members: [] };

  async function load() {
    const [seats, meetings, members] = await Promise.all([api("/api/committee/seats"), api("/api/meetings"),
      api("/api/members?limit=200").catch(() => [])]);
    Object.assign(context, { seats, meetings, members });
    return context;
  }

  // ---- one form per command --------------------------------------------------------------------------------------
  /**
   * A form that sends one command. fields: { name, key (the label's word), type (text, textarea, date,
   * datetime-local, number, select, email), options ([value, text] pairs), value, required, hint, hidden (shown when
   * the form needs it) }. send(data) calls the API; options.confirm(data), when given, names the title and text of the
   * question asked first; options.refused(error, form) sees what the API refused (error.body is its problem).
   */
  function commandForm(id, fields, submitKey, send, options) {
    const settings = options || {};
    const message = h("p", { class: "form-message", id: id + "-message", role: "status", "data-message": id });
    const input = field => {
      const attributes = { id: id + "-" + field.name, name: field.name, required: field.required || null,
        "aria-describedby": field.hint ? id + "-" + field.name + "-hint" : null };
      if (field.type === "textarea") return h("textarea", Object.assign({ rows: field.rows || 3 }, attributes), field.value || "");
      if (field.type === "select") {
        return h("select", attributes, (field.options || []).map(([value, text]) =>
          h("option", { value, selected: String(field.value) === String(value) }, text)));
      }
      return h("input", Object.assign({ type: field.type || "text", value: field.value === undefined ? null : field.value,
        min: field.min, max: field.max, step: field.step, maxlength: field.maxlength, autocomplete: field.autocomplete || "off" },
      attributes));
    };
    const form = h("form", { class: "form command", id, "data-command": id, onsubmit: async event => {
      event.preventDefault();
      const data = {};
      fields.forEach(field => {
        const element = form.elements[field.name];
        data[field.name] = element.value.trim();
      });
      if (settings.confirm) {
        const [title, text] = settings.confirm(data);
        if (!(await app.confirm(title, text))) return;
      }
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      message.className = "form-message";
      message.removeAttribute("role");
      try {
        await send(data);
        // What was sent is no longer being typed: neither this form nor, when a live update drew the record again
        // meanwhile, its new drawing (whose command then closes, as a record drawn after a command does) keeps it.
        const drawnAgain = document.getElementById(id);
        [form, drawnAgain].filter(Boolean).forEach(each =>
          each.querySelectorAll("[data-touched]").forEach(element => delete element.dataset.touched));
        if (drawnAgain && drawnAgain !== form && drawnAgain.closest("details[data-fold]")) {
          drawnAgain.closest("details[data-fold]").open = false;
        }
        message.textContent = t("done");
        message.className = "form-message ok";
        message.setAttribute("role", "status");
        app.say(t("done"), "ok");
        if (settings.reset) form.reset();
      } catch (error) {
        message.textContent = t("error", { detail: error.message });
        message.className = "form-message refusal";
        message.setAttribute("role", "alert");
        app.say(t("error", { detail: error.message }), "error");
        if (settings.refused) settings.refused(error, form);
      } finally {
        button.disabled = false;
      }
    } },
      fields.map(field => h("div", { class: "field", hidden: field.hidden || null, "data-field": field.name },
        h("label", { for: id + "-" + field.name }, t(field.key)), input(field),
        field.hint ? h("span", { class: "muted", id: id + "-" + field.name + "-hint" }, t(field.hint)) : null)),
      h("div", { class: "actions" }, h("button", { type: "submit", class: settings.primary === false ? "" : "primary" },
        t(submitKey))),
      message);
    return form;
  }

  /** A command tucked under its name until opened, so that a record's many forms stay readable. */
  const folded = (id, key, form) => h("details", { class: "command", "data-fold": id },
    h("summary", {}, t(key)), form);

  /** A command without fields, asked first when it cannot be undone. */
  function commandButton(id, key, send, confirm) {
    return commandForm(id, [], key, send, { confirm, primary: true });
  }

  const post = (path, body) => api(path, { method: "POST", body: body === undefined ? {} : body });
  const put = (path, body) => api(path, { method: "PUT", body });
  const reason = (required) => ({ name: "reason", key: "work.reason", type: "textarea", required: required !== false, rows: 2 });
  const instant = local => (local ? new Date(local).toISOString() : null);
  const localInput = instantValue => {
    const at = new Date(instantValue);
    return new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  };

  // ---- applications ----------------------------------------------------------------------------------------------
  const KINDS = ["LOCAL_GOVERNMENT", "LOCAL_SSE_NETWORK", "NATIONAL_SSE_NETWORK", "INTERNATIONAL_OR_REGIONAL_NETWORK"];
  const REGIONS = ["AFRICA", "ASIA_PACIFIC", "EUROPE", "LATIN_AMERICA_AND_CARIBBEAN", "NORTH_AMERICA"];
  const LANGUAGES = ["ENGLISH", "FRENCH", "SPANISH"];
  const choices = values => values.map(value => [value, label(value)]);

  /** The organisation's fields, a sponsor and a contact person, as SubmitRequest takes them. */
  function organisationFields(application) {
    const a = application || {};
    const contact = a.contact && !a.contact.erased ? a.contact : {};
    return [
      { name: "organisationName", key: "col.organisation", required: true, maxlength: 200, value: a.organisationName },
      { name: "kind", key: "col.kind", type: "select", options: choices(KINDS), value: a.kind },
      { name: "country", key: "col.country", required: true, maxlength: 2, value: a.country, hint: "work.countryHint" },
      { name: "region", key: "col.region", type: "select", options: choices(REGIONS), value: a.region },
      { name: "city", key: "col.city", maxlength: 120, value: a.city },
      { name: "preferredLanguage", key: "col.language", type: "select", options: choices(LANGUAGES), value: a.preferredLanguage },
      { name: "contactName", key: "work.contactName", maxlength: 200, value: contact.name, autocomplete: "name" },
      { name: "contactEmail", key: "work.contactEmail", type: "email", maxlength: 254, value: contact.email, autocomplete: "email" },
    ];
  }

  function submission(data) {
    const body = { organisationName: data.organisationName, kind: data.kind, country: data.country.toUpperCase(),
      region: data.region, city: data.city || null, preferredLanguage: data.preferredLanguage };
    if (data.contactName || data.contactEmail) body.contact = { name: data.contactName || null, email: data.contactEmail || null };
    if (data.sponsorMemberId) body.sponsorMemberId = data.sponsorMemberId;
    if (data.distinctnessStatement) {
      body.distinctFrom = data.distinctFrom || null;
      body.distinctnessStatement = data.distinctnessStatement;
    }
    return body;
  }

  /** Submits an application for an applicant, with its sponsor and contact person. */
  function applicationForm() {
    const sponsors = [["", t("work.noSponsor")]].concat(context.members
      .filter(m => m.status === "ACTIVE").map(m => [m.memberId, m.organisationName]));
    return commandForm("work-submit", organisationFields().concat([
      { name: "sponsorMemberId", key: "work.sponsor", type: "select", options: sponsors }], distinctnessFields()),
    "action.submit", data => post("/api/membership-applications", submission(data)),
    { reset: true, refused: offerDistinctness });
  }

  // When the registry refuses a second claim to a name (a member, or an application in progress, shares the name,
  // country and city), the Secretariat may state that the applicant is another organisation: the form then asks why.
  const distinctnessFields = () => [
    { name: "distinctFrom", key: "work.distinctFrom", hidden: true, maxlength: 36 },
    { name: "distinctnessStatement", key: "work.distinctnessStatement", type: "textarea", hidden: true,
      hint: "work.distinctnessHint" }];

  function offerDistinctness(error, form) {
    const existing = error.body && error.body.existingRecordId;
    if (!existing || !secretariat()) return;
    form.elements.distinctFrom.value = existing;
    form.elements.distinctFrom.readOnly = true;
    form.querySelectorAll("[data-field=distinctFrom], [data-field=distinctnessStatement]").forEach(field => {
      field.hidden = false;
    });
    form.elements.distinctnessStatement.required = true;
    form.elements.distinctnessStatement.focus();
  }

  /** The Secretariat's commands on one application, by the state it is in. */
  function applicationActions(application) {
    const id = application.applicationId;
    const path = "/api/membership-applications/" + id;
    const name = application.organisationName;
    const forms = [];
    if (!secretariat() && !chair()) return h("div", { class: "work-actions" });
    const status = application.status;
    if (secretariat() && status === "SUBMITTED") {
      forms.push(commandButton("review-" + id, "action.review", () => post(path + "/review"),
        () => [t("work.reviewTitle"), t("work.reviewText", { name })]));
      forms.push(folded("return-" + id, "work.return", commandForm("return-" + id, [reason()], "work.return",
        data => post(path + "/return", { reason: data.reason }))));
    }
    if (status === "RETURNED_FOR_INFORMATION" && (secretariat() || has("MEMBER_REPRESENTATIVE"))) {
      forms.push(folded("resubmit-" + id, "work.resubmit", commandForm("resubmit-" + id,
        organisationFields(application).concat(secretariat() ? distinctnessFields() : []),
        "work.resubmit", data => post(path + "/resubmission", submission(data)), { refused: offerDistinctness })));
    }
    if (status === "REVIEWED" || status === "DEFERRED") {
      forms.push(folded("committee-" + id, "action.toCommittee", committeeForm(application)));
    }
    if (secretariat() && ["SUBMITTED", "RETURNED_FOR_INFORMATION", "REVIEWED", "DEFERRED"].includes(status)) {
      forms.push(folded("withdraw-" + id, "work.withdraw", commandForm("withdraw-" + id, [reason()], "work.withdraw",
        data => post(path + "/withdrawal", { reason: data.reason }),
        { confirm: () => [t("work.withdrawTitle"), t("work.withdrawText", { name })] })));
    }
    if (secretariat() && !(application.contact && application.contact.erased)) {
      forms.push(folded("erase-" + id, "work.erase", commandForm("erase-" + id, [reason()], "work.erase",
        data => post(path + "/contact/erasure", { reason: data.reason }),
        { confirm: () => [t("work.eraseTitle"), t("work.eraseText", { name })] })));
    }
    return h("div", { class: "work-actions", "data-application-actions": id }, forms);
  }

  /** Puts the application to the Committee: at a meeting to come, or by written procedure until a deadline. */
  function committeeForm(application) {
    const id = "committee-" + application.applicationId;
    const meetings = context.meetings.filter(m => m.status !== "CANCELLED" && !m.minutesApprovedBy);
    const written = localInput(Date.now() + 14 * 24 * 3600 * 1000);
    return commandForm(id, [
      { name: "procedure", key: "work.procedure", type: "select", options: choices(["AT_MEETING", "WRITTEN"]),
        value: meetings.length ? "AT_MEETING" : "WRITTEN" },
      { name: "meetingId", key: "work.meeting", type: "select",
        options: [["", t("work.noMeeting")]].concat(meetings.map(m => [m.meetingId, `${m.title} (${date(m.startsOn)})`])) },
      { name: "closesAt", key: "work.closesAt", type: "datetime-local", value: written, hint: "work.closesAtHint" },
    ], "action.toCommittee", data => post("/api/membership-applications/" + application.applicationId + "/ballot", {
      procedure: data.procedure,
      meetingId: data.procedure === "AT_MEETING" ? data.meetingId || null : null,
      closesAt: data.procedure === "WRITTEN" ? instant(data.closesAt) : null,
      title: t("ballot.admissionTitle", { name: application.organisationName }),
    }), { confirm: data => [t("confirm.toCommitteeTitle"), data.procedure === "AT_MEETING"
      ? t("work.atMeetingText", { name: application.organisationName,
        meeting: (context.meetings.find(m => m.meetingId === data.meetingId) || { title: "—" }).title })
      : t("work.writtenText", { name: application.organisationName, date: data.closesAt.replace("T", " ") })] });
  }

  function applicationCard(application) {
    const contact = application.contact;
    return h("article", { class: "record", id: "application-" + application.applicationId,
      "data-application": application.applicationId, "data-name": application.organisationName },
    h("h3", {}, application.organisationName),
    h("p", {}, badge(application.status), " ", t("work.submittedOn", { date: date(application.submittedAt) }),
      application.note ? [" · ", h("span", { class: "muted" }, application.note)] : null),
    contact ? h("p", { class: "muted" }, contact.erased ? t("work.contactErased")
      : t("work.contact", { name: contact.name || "—", email: contact.email || "—" })) : null,
    application.ballotId ? h("p", {}, h("a", { href: "#ballot-" + application.ballotId }, t("work.itsBallot"))) : null,
    applicationActions(application));
  }

  // ---- meetings --------------------------------------------------------------------------------------------------
  function meetingForm() {
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    return commandForm("work-meeting", [
      { name: "title", key: "col.title", required: true, maxlength: 200 },
      { name: "startsOn", key: "work.startsOn", type: "date", required: true, value: tomorrow },
      { name: "endsOn", key: "work.endsOn", type: "date", required: true, value: tomorrow },
      { name: "format", key: "col.format", type: "select", options: choices(["ONLINE", "IN_PERSON"]) },
      { name: "location", key: "col.location", maxlength: 200, required: true },
      { name: "agenda", key: "work.agenda", type: "textarea", hint: "work.agendaHint" },
    ], "work.schedule", data => post("/api/meetings", { title: data.title, startsOn: data.startsOn,
      endsOn: data.endsOn, format: data.format, location: data.location, agenda: lines(data.agenda) }),
    { reset: true });
  }

  const lines = text => text.split("\n").map(line => line.trim()).filter(Boolean);
  const votingSeats = () => context.seats.filter(s => !s.retired);

  /** The Secretariat's commands on one meeting, and a delegate's proxy for it. */
  function meetingActions(meeting) {
    const id = meeting.meetingId;
    const path = "/api/meetings/" + id;
    const forms = [];
    const cancelled = meeting.status === "CANCELLED";
    if (secretariat() && !cancelled) {
      forms.push(folded("agenda-" + id, "work.publishAgenda", commandForm("agenda-" + id, [
        { name: "agenda", key: "work.agenda", type: "textarea", rows: 4, value: (meeting.agenda || []).join("\n"),
          hint: "work.agendaHint", required: true }],
      "work.publishAgenda", data => put(path + "/agenda", { agenda: lines(data.agenda) }))));
      forms.push(folded("attendance-" + id, "work.attendance", attendanceForm(meeting)));
      forms.push(folded("minutes-" + id, "work.minutes", commandForm("minutes-" + id, [
        { name: "minutes", key: "work.minutes", type: "textarea", rows: 5, value: meeting.minutes || "", required: true }],
      "work.recordMinutes", data => put(path + "/minutes", { minutes: data.minutes }))));
      forms.push(folded("reschedule-" + id, "work.rescheduleMeeting", commandForm("reschedule-" + id, [
        { name: "startsOn", key: "work.startsOn", type: "date", required: true, value: meeting.startsOn },
        { name: "endsOn", key: "work.endsOn", type: "date", required: true, value: meeting.endsOn },
        reason()], "work.rescheduleMeeting",
      data => post(path + "/rescheduling", { startsOn: data.startsOn, endsOn: data.endsOn, reason: data.reason }))));
      forms.push(folded("cancel-meeting-" + id, "work.cancelMeeting", commandForm("cancel-meeting-" + id, [reason()],
        "work.cancelMeeting", data => post(path + "/cancellation", { reason: data.reason }),
        { confirm: () => [t("work.cancelMeetingTitle"), t("work.cancelMeetingText", { meeting: meeting.title })] })));
    }
    const mine = state.me && state.me.seat;
    if (has("DELEGATE") && mine && !cancelled) {
      const others = votingSeats().filter(s => s.seat !== mine).map(s => [s.seat, s.seat + " · " + s.organisationName]);
      forms.push(folded("proxy-" + id, "work.giveProxy", commandForm("proxy-" + id, [
        { name: "toSeat", key: "work.toSeat", type: "select", options: others }], "work.giveProxy",
      data => post(path + "/proxies", { fromSeat: mine, toSeat: data.toSeat }),
      { confirm: data => [t("work.proxyTitle"), t("work.proxyText", { from: mine, to: data.toSeat, meeting: meeting.title })] })));
    }
    return h("div", { class: "work-actions", "data-meeting-actions": id }, forms);
  }

  /** One box per seat in office; the seats whose box changed are recorded present or absent. */
  function attendanceForm(meeting) {
    const id = "attendance-" + meeting.meetingId;
    const present = new Set(meeting.present || []);
    const message = h("p", { class: "form-message", role: "status", "data-message": id });
    const form = h("form", { class: "form command", id, "data-command": id, onsubmit: async event => {
      event.preventDefault();
      const changed = votingSeats().filter(s => form.elements["seat-" + s.seat].checked !== present.has(s.seat));
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      try {
        for (const seat of changed) {
          await put(`/api/meetings/${meeting.meetingId}/attendance/${pathPart(seat.seat)}`,
            { present: form.elements["seat-" + seat.seat].checked });
          if (form.elements["seat-" + seat.seat].checked) present.add(seat.seat);
          else present.delete(seat.seat);
        }
        message.textContent = t("done");
        message.className = "form-message ok";
        message.setAttribute("role", "status");
      } catch (error) {
        message.textContent = t("error", { detail: error.message });
        message.className = "form-message refusal";
        message.setAttribute("role", "alert");
      } finally {
        button.disabled = false;
      }
    } },
    h("fieldset", {}, h("legend", {}, t("work.presentSeats")),
      votingSeats().map(s => h("div", { class: "check" },
        h("input", { type: "checkbox", id: id + "-" + s.seat, name: "seat-" + s.seat, checked: present.has(s.seat) }),
        h("label", { for: id + "-" + s.seat }, s.seat + " · " + s.organisationName)))),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, t("work.recordAttendance"))),
    message);
    return form;
  }

  function meetingCard(meeting) {
    const proxies = Object.entries(meeting.proxies || {});
    return h("article", { class: "record", id: "meeting-" + meeting.meetingId, "data-meeting": meeting.meetingId,
      "data-title": meeting.title },
    h("h3", {}, meeting.title),
    h("p", {}, badge(meeting.status), " ", meeting.startsOn === meeting.endsOn ? date(meeting.startsOn)
      : `${date(meeting.startsOn)} – ${date(meeting.endsOn)}`, " · ", label(meeting.format),
    meeting.location ? " · " + meeting.location : null),
    meeting.statusReason ? h("p", { class: "muted" }, meeting.statusReason) : null,
    h("h4", {}, t("work.agenda")), (meeting.agenda || []).length
      ? h("ol", { "data-agenda": meeting.meetingId }, meeting.agenda.map(item => h("li", {}, item)))
      : h("p", { class: "empty" }, t("none")),
    meeting.agendaPublishedAt ? h("p", { class: "muted" }, t("work.agendaPublished", { date: date(meeting.agendaPublishedAt) })) : null,
    h("p", { "data-present": meeting.meetingId }, t("work.present", { seats: (meeting.present || []).join(", ") || "—" })),
    h("p", { "data-proxies": meeting.meetingId }, t("work.proxies", { proxies: proxies.length
      ? proxies.map(([from, to]) => t("work.proxy", { from, to })).join("; ") : "—" })),
    meeting.minutes ? [h("h4", {}, t("work.minutes")), h("p", { class: "minutes", "data-minutes": meeting.meetingId }, meeting.minutes)] : null,
    meetingActions(meeting));
  }

  // ---- ballots ---------------------------------------------------------------------------------------------------
  /** Closing, extending and cancelling an open ballot; the chair's statement of a closed one. */
  function ballotActions(ballot) {
    const id = ballot.ballotId;
    const path = "/api/ballots/" + id;
    const forms = [];
    if ((secretariat() || chair()) && ballot.status === "OPEN") {
      forms.push(commandButton("close-" + id, "action.close", () => post(path + "/closing"),
        () => [t("confirm.closeTitle"), t("confirm.closeText", { ballot: ballot.title })]));
      forms.push(folded("close-as-" + id, "work.closeAs", commandForm("close-as-" + id, [
        { name: "effectiveOn", key: "work.effectiveOn", type: "date", hint: "work.effectiveOnHint" }].concat(chair()
        ? [{ name: "castingVote", key: "work.castingVote", type: "select", hint: "work.castingVoteHint",
          options: [["", t("work.noCastingVote")]].concat(choices(["YES", "NO"])) }] : []),
      "action.close", data => post(path + "/closing", { castingVote: data.castingVote || null,
        effectiveOn: data.effectiveOn || null }),
      { confirm: () => [t("confirm.closeTitle"), t("confirm.closeText", { ballot: ballot.title })] })));
      if (ballot.closesAt) {
        forms.push(folded("extend-" + id, "work.extend", commandForm("extend-" + id, [
          { name: "closesAt", key: "work.closesAt", type: "datetime-local", required: true,
            value: localInput(new Date(ballot.closesAt).getTime() + 7 * 24 * 3600 * 1000) }, reason()],
        "work.extend", data => post(path + "/deadline-extensions", { closesAt: instant(data.closesAt), reason: data.reason }))));
      }
      forms.push(folded("cancel-ballot-" + id, "work.cancelBallot", commandForm("cancel-ballot-" + id, [reason()],
        "work.cancelBallot", data => post(path + "/cancellation", { reason: data.reason }),
        { confirm: () => [t("work.cancelBallotTitle"), t("work.cancelBallotText", { ballot: ballot.title })] })));
    }
    if (chair() && ballot.status === "CLOSED") {
      const statement = ballot.statement || {};
      forms.push(folded("statement-" + id, "work.statement", commandForm("statement-" + id, [
        { name: "en", key: "work.statementEn", type: "textarea", value: statement.ENGLISH || "" },
        { name: "fr", key: "work.statementFr", type: "textarea", value: statement.FRENCH || "" },
        { name: "es", key: "work.statementEs", type: "textarea", value: statement.SPANISH || "" }],
      "work.statement", data => put(path + "/statement", data))));
    }
    return h("div", { class: "work-actions", "data-ballot-actions": id }, forms);
  }

  function ballotCard(ballot) {
    const meeting = context.meetings.find(m => m.meetingId === ballot.meetingId);
    return h("article", { class: "record", id: "ballot-" + ballot.ballotId, "data-ballot": ballot.ballotId,
      "data-title": ballot.title },
    h("h3", {}, ballot.title),
    h("p", {}, badge(ballot.status), ballot.outcome ? [" ", h("span", { "data-outcome": ballot.ballotId }, badge(ballot.outcome))] : null,
      " · ", label(ballot.procedure), meeting ? " · " + meeting.title : null,
      ballot.closesAt ? " · " + t("work.closes", { date: date(ballot.closesAt) }) : null),
    h("p", { "data-tally": ballot.ballotId }, `${t("tally.yes")} ${ballot.tally.yes} · ${t("tally.no")} ${ballot.tally.no} · `
      + `${t("tally.abstain")} ${ballot.tally.abstain}`),
    ballotActions(ballot));
  }

  // ---- the plan, the roadmap, the program ------------------------------------------------------------------------
  /** A value of an indicator the Secretariat reports, with its evidence. */
  function indicatorActions(plan, indicator) {
    const id = `indicator-${plan.planId}-${indicator.code}`.replace(/[^A-Za-z0-9-]/g, "-");
    if (!secretariat()) return h("div", { class: "work-actions" });
    return h("div", { class: "work-actions" }, folded(id, "work.reportValue", commandForm(id, [
      { name: "value", key: "work.value", type: "number", step: "any", required: true },
      { name: "asOf", key: "work.asOf", type: "date", required: true, value: today() },
      { name: "evidence", key: "work.evidence", type: "textarea", required: true }],
    "work.reportValue", data => post(`/api/strategic-plans/${plan.planId}/indicators/${pathPart(indicator.code)}/values`,
      { value: Number(data.value), asOf: data.asOf, evidence: data.evidence }), { reset: true })));
  }

  /** Progress, risk and new due date of a milestone of the forum's roadmap. */
  function milestoneActions(edition, milestone) {
    const id = `milestone-${edition.editionId}-${milestone.milestone}`.replace(/[^A-Za-z0-9-]/g, "-");
    const path = `/api/forum/editions/${edition.editionId}/milestones/${pathPart(milestone.milestone)}`;
    if (!secretariat() || milestone.status === "DONE" || milestone.status === "CANCELLED") {
      return h("div", { class: "work-actions" });
    }
    return h("div", { class: "work-actions" },
      folded(id + "-progress", "work.progress", commandForm(id + "-progress", [
        { name: "percent", key: "work.percent", type: "number", min: 0, max: 100, required: true, value: milestone.progress },
        { name: "note", key: "work.note", type: "textarea" },
        { name: "reportedOn", key: "work.reportedOn", type: "date", value: today() }],
      "work.progress", data => post(path + "/progress",
        { percent: Number(data.percent), note: data.note || null, reportedOn: data.reportedOn || null }))),
      folded(id + "-risk", "work.risk", commandForm(id + "-risk", [reason()], "work.risk",
        data => post(path + "/risk", { reason: data.reason }))),
      folded(id + "-move", "work.moveMilestone", commandForm(id + "-move", [
        { name: "dueOn", key: "col.due", type: "date", required: true, value: milestone.dueOn }, reason()],
      "work.moveMilestone", data => post(path + "/rescheduling", { dueOn: data.dueOn, reason: data.reason }))),
      folded(id + "-cancel", "work.cancelMilestone", commandForm(id + "-cancel", [reason()], "work.cancelMilestone",
        data => post(path + "/cancellation", { reason: data.reason }),
        { confirm: () => [t("work.cancelMilestone"), t("work.cancelMilestoneText", { milestone: milestone.title })] })));
  }

  /** Confirming, moving, recording as held or cancelling an activity of the program. */
  function activityActions(activity) {
    const id = "activity-" + activity.activityId;
    const path = "/api/activities/" + activity.activityId;
    if (!secretariat() || activity.status === "HELD" || activity.status === "CANCELLED") {
      return h("div", { class: "work-actions" });
    }
    const dates = [
      { name: "from", key: "work.from", type: "date", required: true, value: activity.from },
      { name: "to", key: "work.to", type: "date", required: true, value: activity.to }];
    const datesOf = data => ({ from: data.from, to: data.to, monthOnly: false, toBeConfirmed: false });
    return h("div", { class: "work-actions" },
      folded(id + "-confirm", "work.confirmActivity", commandForm(id + "-confirm", dates.concat([
        { name: "location", key: "col.location", value: activity.location }]), "work.confirmActivity",
      data => post(path + "/confirmation", { dates: datesOf(data), location: data.location || null }))),
      folded(id + "-move", "work.moveActivity", commandForm(id + "-move", dates.concat([reason()]), "work.moveActivity",
        data => post(path + "/rescheduling", { dates: datesOf(data), reason: data.reason }))),
      folded(id + "-held", "work.held", commandForm(id + "-held", [
        { name: "participants", key: "col.participants", type: "number", min: 0 },
        { name: "outcome", key: "work.outcome", type: "textarea" }], "work.held",
      data => post(path + "/held", { participants: data.participants === "" ? null : Number(data.participants),
        outcome: data.outcome || null }),
      { confirm: () => [t("work.heldTitle"), t("work.heldText", { activity: activity.title })] })),
      folded(id + "-cancel", "work.cancelActivity", commandForm(id + "-cancel", [reason()], "work.cancelActivity",
        data => post(path + "/cancellation", { reason: data.reason }),
        { confirm: () => [t("work.cancelActivityTitle"), t("work.cancelActivityText", { activity: activity.title })] })));
  }

  // ---- the Committee's seats, delegates, conflicts and advisors --------------------------------------------------
  const OFFICES = ["CHAIR", "CO_CHAIR", "VICE_CHAIR", "INTERNATIONAL_NETWORK", "REGIONAL_NETWORK"];
  const activeMembers = () => context.members.filter(m => m.status === "ACTIVE")
    .map(m => [m.memberId, m.organisationName]);
  const effectiveOn = () => ({ name: "effectiveOn", key: "work.effectiveOn", type: "date", hint: "work.effectiveOnHint" });
  // A member's suspension, reinstatement or departure names the day it takes effect (the API requires it).
  const memberEffectiveOn = () => ({ name: "effectiveOn", key: "work.effectiveOn", type: "date", required: true, value: today() });

  /** Establishes a seat of the Committee, held by a member in an office (or by an organisation named, not yet a member). */
  function seatForm() {
    return commandForm("work-seat", [
      { name: "seat", key: "col.seat", required: true, maxlength: 60, hint: "work.seatHint" },
      { name: "memberId", key: "work.holder", type: "select", options: [["", t("work.notMember")]].concat(activeMembers()) },
      { name: "organisationName", key: "col.organisation", maxlength: 200, hint: "work.holderHint" },
      { name: "office", key: "col.office", type: "select", options: choices(OFFICES) },
      effectiveOn()],
    "work.establishSeat", data => {
      const member = context.members.find(m => m.memberId === data.memberId);
      return post("/api/committee/seats", { seat: data.seat, memberId: data.memberId || null,
        organisationName: member ? member.organisationName : data.organisationName || null, office: data.office,
        effectiveOn: data.effectiveOn || null });
    }, { reset: true });
  }

  /** The Secretariat's commands on one seat: appoint its delegate, declare a conflict of interest, retire it. */
  function seatActions(seat) {
    const id = "seat-" + String(seat.seat).replace(/[^A-Za-z0-9-]/g, "-");
    const path = "/api/committee/seats/" + pathPart(seat.seat);
    if (!secretariat() || seat.retired) return h("div", { class: "work-actions" });
    return h("div", { class: "work-actions", "data-seat-actions": seat.seat },
      folded(id + "-delegate", "work.appoint", commandForm(id + "-delegate", [
        { name: "delegateUserId", key: "work.delegateAccount", required: true, maxlength: 120, hint: "work.delegateHint" },
        effectiveOn()], "work.appoint",
      data => put(path + "/delegate", { delegateUserId: data.delegateUserId, effectiveOn: data.effectiveOn || null }),
      { reset: true })),
      folded(id + "-conflict", "work.conflict", conflictForm(id + "-conflict", seat.seat)),
      folded(id + "-retire", "work.retireSeat", commandForm(id + "-retire", [reason(), effectiveOn()], "work.retireSeat",
        data => post(path + "/retirement", { reason: data.reason, effectiveOn: data.effectiveOn || null }),
        { confirm: () => [t("work.retireTitle"), t("work.retireText", { seat: seat.seat })] })));
  }

  /** A seat's conflict of interest on a subject (an application, or another record named by its identifier). */
  function conflictForm(id, seat, subjects) {
    const fields = [];
    if (!seat) fields.push({ name: "seat", key: "col.seat", type: "select",
      options: votingSeats().map(s => [s.seat, `${s.seat} · ${s.organisationName || ""}`]) });
    fields.push({ name: "referenceId", key: "work.subject", required: true, maxlength: 36, hint: "work.subjectHint",
      type: subjects && subjects.length ? "select" : "text", options: subjects });
    fields.push(reason());
    return commandForm(id, fields, "work.conflict", data => post("/api/committee/conflicts",
      { seat: seat || data.seat, referenceId: data.referenceId, reason: data.reason }),
    { confirm: data => [t("work.conflictTitle"), t("work.conflictText", { seat: seat || data.seat })], reset: true });
  }

  /** Erases an advisor's name at their request. */
  function advisorForm(advisors) {
    return commandForm("work-advisor-erasure", [
      { name: "advisorId", key: "work.advisorId", type: "select", required: true,
        options: advisors.filter(a => !a.erased).map(a => [a.advisorId, `${a.name} (${a.appointedIn})`]) }, reason()],
    "work.eraseAdvisor", data => post("/api/committee/advisors/" + pathPart(data.advisorId) + "/erasure",
      { reason: data.reason }),
    { confirm: () => [t("work.eraseAdvisorTitle"), t("work.eraseAdvisorText")], reset: true });
  }

  // ---- members ---------------------------------------------------------------------------------------------------
  const CHANGES = { suspend: "suspension", reinstate: "reinstatement", leave: "departure" };

  /** Suspending, reinstating a member, or recording its departure: each asks first. */
  function memberActions(member) {
    const id = "member-" + member.memberId;
    if (!secretariat() || member.status === "LEFT") return h("div", { class: "work-actions" });
    const change = kind => folded(`${id}-${kind}`, "work.member." + kind, commandForm(`${id}-${kind}`,
      [reason(), memberEffectiveOn()], "work.member." + kind,
      data => post(`/api/members/${member.memberId}/${CHANGES[kind]}`, { reason: data.reason, effectiveOn: data.effectiveOn || null }),
      { confirm: () => [t("work.member." + kind), t("work.memberText." + kind, { name: member.organisationName })] }));
    return h("div", { class: "work-actions", "data-member-actions": member.memberId },
      member.status === "SUSPENDED" ? change("reinstate") : change("suspend"), change("leave"));
  }

  /** One form for a member's standing on /work, where the list of members is long. */
  function standingForm() {
    const members = context.members.filter(m => m.status !== "LEFT")
      .map(m => [m.memberId, `${m.organisationName} (${label(m.status)})`]);
    return commandForm("work-standing", [
      { name: "memberId", key: "col.organisation", type: "select", options: members },
      { name: "change", key: "work.change", type: "select", options: Object.keys(CHANGES).map(k => [k, t("work.member." + k)]) },
      reason(), memberEffectiveOn()],
    "work.recordChange", data => post(`/api/members/${data.memberId}/${CHANGES[data.change]}`,
      { reason: data.reason, effectiveOn: data.effectiveOn || null }),
    { confirm: data => [t("work.member." + data.change), t("work.memberText." + data.change,
      { name: (context.members.find(m => m.memberId === data.memberId) || {}).organisationName || "—" })], reset: true });
  }

  /** A member admitted before the platform, from the records the Secretariat keeps. */
  function importForm() {
    return commandForm("work-import", organisationFields().slice(0, 6).concat([
      { name: "admittedOn", key: "details.joined", type: "date", required: true },
      { name: "source", key: "details.source", required: true, maxlength: 200, hint: "work.sourceHint" }]),
    "work.import", data => post("/api/members/imports", { organisationName: data.organisationName, kind: data.kind,
      country: data.country.toUpperCase(), region: data.region, city: data.city || null,
      preferredLanguage: data.preferredLanguage, admittedOn: data.admittedOn, source: data.source }), { reset: true });
  }

  /** How many members the register counted on a day before its first recorded member. */
  function openingBalanceForm() {
    return commandForm("work-opening-balance", [
      { name: "asOf", key: "work.asOf", type: "date", required: true },
      { name: "members", key: "work.memberCount", type: "number", min: 0, required: true },
      { name: "source", key: "details.source", required: true, maxlength: 200, hint: "work.sourceHint" }],
    "work.openingBalance", data => post("/api/members/opening-balance",
      { asOf: data.asOf, members: Number(data.members), source: data.source }),
    { confirm: data => [t("work.openingBalance"), t("work.openingBalanceText", { count: data.members, date: data.asOf })] });
  }

  // ---- the forum's editions --------------------------------------------------------------------------------------
  const list = text => text.split(/[\n,]/).map(item => item.trim()).filter(Boolean);

  /** Prepares a new edition of the forum. */
  function editionForm() {
    return commandForm("work-edition", [
      { name: "name", key: "col.title", required: true, maxlength: 60 },
      { name: "hostCity", key: "col.city", required: true, maxlength: 120 },
      { name: "country", key: "col.country", required: true, maxlength: 2, hint: "work.countryHint" },
      { name: "startsOn", key: "work.startsOn", type: "date" },
      { name: "endsOn", key: "work.endsOn", type: "date" }],
    "work.prepareEdition", data => post("/api/forum/editions", { name: data.name, hostCity: data.hostCity,
      country: data.country.toUpperCase(), startsOn: data.startsOn || null, endsOn: data.endsOn || null }), { reset: true });
  }

  /** The steps of an edition's preparation: dates, host agreement, organizing committee, theme, governance, meetings, milestones. */
  function editionActions(edition) {
    const id = "edition-" + edition.editionId;
    const path = "/api/forum/editions/" + edition.editionId;
    if (!secretariat() && !chair()) return h("div", { class: "work-actions" });
    const step = (name, key, fields, send, options) => folded(`${id}-${name}`, key,
      commandForm(`${id}-${name}`, fields, key, send, options));
    const parties = { name: "parties", key: "work.parties", type: "textarea", required: true, hint: "work.listHint" };
    const forms = [];
    if (secretariat()) {
      forms.push(step("dates", "work.editionDates", [
        { name: "startsOn", key: "work.startsOn", type: "date", required: true, value: edition.startsOn },
        { name: "endsOn", key: "work.endsOn", type: "date", required: true, value: edition.endsOn }],
      data => post(path + "/dates", { startsOn: data.startsOn, endsOn: data.endsOn })));
      forms.push(step("draft", "work.draftAgreement", [parties],
        data => post(path + "/host-agreement/draft", { parties: list(data.parties) })));
      forms.push(step("signature", "work.signAgreement", [parties,
        { name: "signedOn", key: "work.signedOn", type: "date", required: true, value: today() },
        { name: "place", key: "col.location", required: true, maxlength: 120 }],
      data => post(path + "/host-agreement/signature", { parties: list(data.parties), signedOn: data.signedOn, place: data.place }),
      { confirm: () => [t("work.signAgreement"), t("work.signText", { edition: edition.name })] }));
      forms.push(step("loc", "work.launchLoc", [
        { name: "members", key: "work.locMembers", type: "textarea", required: true, hint: "work.listHint" },
        { name: "launchedOn", key: "work.launchedOn", type: "date", required: true, value: today() }],
      data => post(path + "/local-organizing-committee", { members: list(data.members), launchedOn: data.launchedOn })));
    }
    forms.push(step("theme", "work.proposeTheme", [{ name: "theme", key: "work.theme", required: true, maxlength: 300 }],
      data => post(path + "/theme", { theme: data.theme })));
    forms.push(step("theme-ballot", "work.themeBallot", [
      { name: "theme", key: "work.theme", required: true, maxlength: 300, value: edition.theme },
      { name: "procedure", key: "work.procedure", type: "select", options: choices(["WRITTEN", "AT_MEETING"]) },
      { name: "meetingId", key: "work.meeting", type: "select", options: [["", t("work.noMeeting")]].concat(context.meetings
        .filter(m => m.status !== "CANCELLED" && !m.minutesApprovedBy).map(m => [m.meetingId, `${m.title} (${date(m.startsOn)})`])) },
      { name: "closesAt", key: "work.closesAt", type: "datetime-local", value: localInput(Date.now() + 14 * 24 * 3600 * 1000),
        hint: "work.closesAtHint" }],
    data => post(path + "/theme/ballot", { theme: data.theme, procedure: data.procedure,
      meetingId: data.procedure === "AT_MEETING" ? data.meetingId || null : null,
      closesAt: data.procedure === "WRITTEN" ? instant(data.closesAt) : null }),
    { confirm: data => [t("confirm.toCommitteeTitle"), t("work.themeBallotText", { theme: data.theme })] }));
    if (secretariat()) {
      forms.push(step("governance", "work.governance", [
        { name: "description", key: "work.description", type: "textarea", required: true }],
      data => post(path + "/organizing-governance", { description: data.description })));
      forms.push(step("preparatory", "work.preparatory", [
        { name: "heldFrom", key: "work.from", type: "date", required: true },
        { name: "heldTo", key: "work.to", type: "date", required: true },
        { name: "place", key: "col.location", required: true, maxlength: 120 },
        { name: "summary", key: "work.summary", type: "textarea" }],
      data => post(path + "/preparatory-meetings", { heldFrom: data.heldFrom, heldTo: data.heldTo, place: data.place,
        summary: data.summary || null })));
      forms.push(step("milestone", "work.planMilestone", [
        { name: "milestone", key: "work.milestoneCode", required: true, maxlength: 60, hint: "work.milestoneCodeHint" },
        { name: "title", key: "col.title", required: true, maxlength: 200 },
        { name: "owner", key: "col.owner", required: true, maxlength: 120 },
        { name: "dueOn", key: "col.due", type: "date", required: true }],
      data => post(path + "/milestones", { milestone: data.milestone, title: data.title, owner: data.owner, dueOn: data.dueOn }),
      { reset: true }));
    }
    return h("div", { class: "work-actions", "data-edition-actions": edition.editionId }, forms);
  }

  // ---- the program -----------------------------------------------------------------------------------------------
  const ACTIVITY_KINDS = ["STATUTORY_MEETING", "POLICY_DIALOGUE", "CAPACITY_BUILDING", "TRAINING", "RESEARCH_MILESTONE",
    "YOUTH_EVENT", "NETWORK_AND_ADVOCACY", "FORUM"];

  /** Schedules an activity of the program, its dates to be confirmed or not. */
  function activityForm() {
    return commandForm("work-activity", [
      { name: "kind", key: "col.kind", type: "select", options: choices(ACTIVITY_KINDS) },
      { name: "title", key: "col.title", required: true, maxlength: 200 },
      { name: "from", key: "work.from", type: "date", required: true },
      { name: "to", key: "work.to", type: "date", required: true },
      { name: "toBeConfirmed", key: "program.tbc", type: "select", options: [["false", t("work.no")], ["true", t("work.yes")]] },
      { name: "location", key: "col.location", maxlength: 200 },
      { name: "partners", key: "work.partners", type: "textarea", hint: "work.listHint" }],
    "work.scheduleActivity", data => post("/api/activities", { kind: data.kind, title: data.title,
      dates: { from: data.from, to: data.to, monthOnly: false, toBeConfirmed: data.toBeConfirmed === "true" },
      location: data.location || null, partners: list(data.partners) }), { reset: true });
  }

  // ---- the strategic plan ----------------------------------------------------------------------------------------
  /**
   * A plan written as lines: "# D1 A direction", "## O1 An objective" under it, and under that its indicators as
   * "- code; name; unit; baseline; target; starts on; deadline" with, for an indicator derived from the record, its
   * metric (and region) after. Returns the directions, or throws an error naming the line that does not read.
   */
  function parsePlan(text) {
    const directions = [];
    text.split("\n").map(line => line.trim()).forEach((line, index) => {
      if (!line) return;
      const wrong = () => new Error(t("work.planLine", { line: index + 1 }));
      const heading = line.match(/^(#{1,2})\s*(\S+)\s+(.+)$/);
      if (heading && heading[1] === "#") {
        directions.push({ code: heading[2], title: heading[3], objectives: [] });
      } else if (heading) {
        const direction = directions[directions.length - 1];
        if (!direction) throw wrong();
        direction.objectives.push({ code: heading[2], title: heading[3], indicators: [] });
      } else if (line.startsWith("-")) {
        const direction = directions[directions.length - 1];
        const objective = direction && direction.objectives[direction.objectives.length - 1];
        const parts = line.slice(1).split(";").map(part => part.trim());
        if (!objective || parts.length < 7 || isNaN(Number(parts[3])) || isNaN(Number(parts[4]))) throw wrong();
        objective.indicators.push({ code: parts[0], name: parts[1], unit: parts[2], baseline: Number(parts[3]),
          target: Number(parts[4]), startsOn: parts[5], deadline: parts[6], metric: parts[7] || null, region: parts[8] || null });
      } else {
        throw wrong();
      }
    });
    return directions;
  }

  /** Adopts a strategic plan: its year, directions, objectives and indicators. */
  function planForm() {
    return commandForm("work-plan", [
      { name: "year", key: "work.planYear", type: "number", min: 2013, max: 2100, required: true, value: new Date().getFullYear() },
      { name: "plan", key: "work.plan", type: "textarea", rows: 8, required: true, hint: "work.planHint" }],
    "work.adoptPlan", data => post("/api/strategic-plans", { year: Number(data.year), directions: parsePlan(data.plan) }),
    { confirm: data => [t("work.adoptPlan"), t("work.adoptPlanText", { year: data.year })] });
  }

  // ---- keeping what is being typed -------------------------------------------------------------------------------
  // The view is refreshed whenever a read model it shows moves on. A record whose data did not change keeps its node,
  // so what someone is typing in its forms survives another record's change; a changed record is drawn again, and what
  // had been typed or chosen in it and the commands being filled in are carried over.
  const drawn = new Map();
  function keep(key, data, build) {
    const json = JSON.stringify([data, state.lang, state.me && state.me.roles]);
    const known = drawn.get(key);
    if (known && known.json === json) return known.node;
    const node = build(data);
    if (known) carryOver(known.node, node);
    drawn.set(key, { json, node });
    return node;
  }

  // The fields the reader changed, as the browser reports it (typing, choosing; a form's reset forgets them): only
  // those are carried to a record's new drawing, so that a field nobody touched shows the new data.
  ["input", "change"].forEach(type => document.addEventListener(type, event => {
    if (event.target.matches && event.target.matches("input, select, textarea")) event.target.dataset.touched = "true";
  }, true));
  document.addEventListener("reset", event => {
    [...(event.target.elements || [])].forEach(element => delete element.dataset.touched);
  }, true);

  /**
   * Field by field (by id), what the reader changed in a record's old drawing, and the entry a list showed, into its
   * new one where the new one still has the field (and the list still has the entry).
   */
  function carryOver(from, to) {
    const within = (node, selector) => [node, ...node.querySelectorAll(selector)].filter(n => n.matches(selector));
    within(from, "input[id], select[id], textarea[id]").forEach(field => {
      // A list whose choice was only its first entry (nothing chosen by the data) keeps the entry shown, not the
      // position: a new first entry must not take the place of the one the reader saw chosen.
      const shownOnly = field.tagName === "SELECT" && !field.querySelector("option[selected]");
      if ((!field.dataset.touched && !shownOnly) || field.type === "file") return;
      const twin = within(to, "input[id], select[id], textarea[id]").find(f => f.id === field.id);
      if (!twin || twin.tagName !== field.tagName || twin.type !== field.type) return;
      if (field.type === "checkbox" || field.type === "radio") {
        twin.checked = field.checked;
      } else if (field.tagName === "SELECT" && ![...twin.options].some(option => option.value === field.value)) {
        return;
      } else {
        twin.value = field.value;
      }
      if (field.dataset.touched) twin.dataset.touched = "true";
    });
    // A command stays open when something was being typed in it; one just sent (its fields forgotten) closes.
    within(from, "details[data-fold][open]").filter(details => details.querySelector("[data-touched]")).forEach(details => {
      const twin = within(to, "details[data-fold]").find(d => d.dataset.fold === details.dataset.fold);
      if (twin) twin.open = true;
    });
  }

  function place(id, nodes) {
    const target = document.querySelector(`[data-content="${id}"]`);
    if (!target) return;
    const list = nodes.flat().filter(Boolean);
    const same = list.length === target.children.length && list.every((node, index) => target.children[index] === node);
    if (!same) target.replaceChildren(...list);
  }

  const empty = () => h("p", { class: "empty" }, t("none"));

  // ---- the view --------------------------------------------------------------------------------------------------
  const views = {
    work: {
      readModels: ["membership-applications", "ballots", "committee", "members", "objectives", "forum", "activities"],
      skeleton: () => {
        drawn.clear();
        return [
          h("h1", {}, t("nav.work")),
          h("p", { class: "muted" }, t("work.intro")),
          section("work-applications", t("work.applications")),
          secretariat() ? section("work-new-application", t("admissions.new")) : null,
          section("work-meetings", t("committee.meetings")),
          secretariat() || chair() ? section("work-new-meeting", t("work.schedule")) : null,
          section("work-ballots", t("committee.ballots")),
          secretariat() ? section("work-committee", t("work.committee")) : null,
          secretariat() ? section("work-members", t("work.members")) : null,
          secretariat() || chair() ? section("work-editions", t("work.editions")) : null,
          secretariat() ? section("work-indicators", t("work.indicators")) : null,
          secretariat() ? section("work-plan-adoption", t("work.adoptPlan")) : null,
          secretariat() ? section("work-milestones", t("work.milestones")) : null,
          secretariat() ? section("work-activities", t("program.title")) : null,
          secretariat() ? section("work-new-activity", t("work.scheduleActivity")) : null,
        ];
      },
      async refresh() {
        const [applications, ballots, { seats, meetings, members }] = await Promise.all([
          api("/api/membership-applications?limit=200"), api("/api/ballots?limit=200"), load()]);
        const contextKey = [seats, meetings.map(m => [m.meetingId, m.title, m.status]), members.length];
        // The Secretariat reads the contact person on each application's own address.
        const detailed = secretariat()
          ? await Promise.all(applications.map(a => api("/api/membership-applications/" + a.applicationId).catch(() => a)))
          : applications;
        const current = detailed.filter(a => !["WITHDRAWN"].includes(a.status));
        place("work-applications", current.length
          ? current.map(a => keep("application-" + a.applicationId, [a, contextKey], () => applicationCard(a))) : [empty()]);
        if (secretariat()) place("work-new-application", [keep("submit", members.map(m => m.memberId), applicationForm)]);
        const shown = meetings.filter(m => m.status !== "CANCELLED" || m.startsOn >= today());
        place("work-meetings", shown.length
          ? shown.map(m => keep("meeting-" + m.meetingId, [m, seats], () => meetingCard(m))) : [empty()]);
        if (secretariat() || chair()) place("work-new-meeting", [keep("schedule", [], meetingForm)]);
        const recent = ballots.filter(b => b.status === "OPEN" || b.status === "CLOSED")
          .sort((a, b) => String(b.openedAt).localeCompare(String(a.openedAt))).slice(0, 20);
        place("work-ballots", recent.length
          ? recent.map(b => keep("ballot-" + b.ballotId, [b, contextKey], () => ballotCard(b))) : [empty()]);
        const editions = await all("/api/forum/editions").catch(() => []);
        const preparing = editions.filter(e => e.stage !== "PAST");
        place("work-editions", preparing.map(e => keep("edition-" + e.editionId, [e, contextKey], () =>
          h("article", { class: "record", id: "edition-" + e.editionId, "data-edition": e.editionId },
            h("h3", {}, e.name), h("p", {}, label(e.stage), e.startsOn ? " · " + date(e.startsOn) : null),
            editionActions(e)))).concat(secretariat() ? [h("h3", {}, t("work.prepareEdition")),
          keep("edition-form", [], editionForm)] : []));
        if (!secretariat()) return;
        const advisors = await api("/api/committee/advisors").catch(() => []);
        const inProgress = current.filter(a => !["ADMITTED", "REJECTED"].includes(a.status))
          .map(a => [a.applicationId, a.organisationName]);
        place("work-committee", votingSeats().map(s => keep("seat-" + s.seat, s, () =>
          h("article", { class: "record", id: "seat-" + s.seat, "data-seat": s.seat },
            h("h3", {}, `${s.seat} · ${s.organisationName || "—"}`),
            h("p", {}, label(s.office), " · ", s.delegate ? t("details.appointed") : t("details.vacant")),
            seatActions(s)))).concat([
          h("h3", {}, t("work.establishSeat")), keep("seat-form", contextKey, seatForm),
          h("h3", {}, t("work.conflict")), keep("conflict-form", [contextKey, inProgress],
            () => conflictForm("work-conflict", null, inProgress)),
          h("h3", {}, t("work.eraseAdvisor")), keep("advisor-form", advisors, () => advisorForm(advisors))]));
        place("work-members", [h("h3", {}, t("work.recordChange")), keep("standing", contextKey, standingForm),
          h("h3", {}, t("work.import")), keep("import", [], importForm),
          h("h3", {}, t("work.openingBalance")), keep("opening-balance", [], openingBalanceForm)]);
        place("work-new-activity", [keep("activity-form", [], activityForm)]);
        place("work-plan-adoption", [keep("plan-form", [], planForm)]);
        const [plans, activities] = await Promise.all([
          api("/api/objectives").catch(() => []), all("/api/activities?status=PLANNED,CONFIRMED&sort=from").catch(() => [])]);
        const reported = [];
        plans.forEach(plan => plan.directions.forEach(direction => direction.objectives.forEach(objective =>
          objective.indicators.filter(i => i.source === "REPORTED").forEach(i => reported.push([plan, i])))));
        place("work-indicators", reported.length ? reported.map(([plan, i]) => keep("indicator-" + plan.planId + i.code,
          i, () => h("article", { class: "record" }, h("h3", {}, i.code + " · " + i.name),
            h("p", {}, t("work.indicatorNow", { actual: i.actual, target: i.target, date: date(i.reportedAsOf) })),
            i.evidence ? h("p", { class: "muted" }, i.evidence) : null, indicatorActions(plan, i)))) : [empty()]);
        const open = editions.filter(e => e.stage !== "PAST");
        const detailedEditions = await Promise.all(open.map(e => api("/api/forum/editions/" + e.editionId).catch(() => null)));
        const milestones = [];
        detailedEditions.filter(Boolean).forEach(e => (e.roadmap || []).forEach(m => milestones.push([e, m])));
        place("work-milestones", milestones.length ? milestones.map(([e, m]) => keep(`milestone-${e.editionId}-${m.milestone}`,
          m, () => h("article", { class: "record" }, h("h3", {}, e.name + " · " + m.title),
            h("p", {}, badge(m.status), " ", t("work.due", { date: date(m.dueOn) }), " · ", m.progress + " %",
              m.late ? [" ", h("span", { class: "badge late" }, t("roadmap.late"))] : null),
            m.note ? h("p", { class: "muted" }, m.note) : null, milestoneActions(e, m)))) : [empty()]);
        place("work-activities", activities.length ? activities.map(a => keep("activity-" + a.activityId, a, () =>
          h("article", { class: "record" }, h("h3", {}, a.title),
            h("p", {}, badge(a.status), " ", a.from === a.to ? date(a.from) : `${date(a.from)} – ${date(a.to)}`,
              a.toBeConfirmed ? " (" + t("program.tbc") + ")" : null, a.location ? " · " + a.location : null),
            activityActions(a)))) : [empty()]);
        if (location.hash) {
          const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          if (target && !target.dataset.shown) {
            target.dataset.shown = "1";
            target.scrollIntoView({ block: "center" });
          }
        }
      },
    },
  };

  return { views, load, applicationActions, committeeForm, meetingActions, ballotActions, indicatorActions,
    milestoneActions, activityActions, seatActions, memberActions, editionActions };
};
