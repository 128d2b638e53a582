package org.gsef.governance.kernel.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** The commands of a Global Social Economy Forum edition: its record, its preparation and its roadmap. */
public sealed interface ForumCommand {

    UUID editionId();

    /** A command to an existing edition, routed to it by its identifier. */
    sealed interface Targeted extends ForumCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return editionId().toString();
        }
    }

    /**
     * A past edition, imported as part of the record. The dates and the theme are null when the record does not give
     * them.
     */
    record RecordPastEdition(
            UUID editionId,
            String name,
            int year,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            String theme,
            String outcome)
            implements ForumCommand {
        public RecordPastEdition {
            Require.present(editionId, "editionId");
            name = Require.text(name, "name", 60).strip();
            if (year < 2013 || year > 2100) {
                throw new IllegalArgumentException("the edition's year is not plausible: " + year);
            }
            city = Require.text(city, "city", 120).strip();
            if (startsOn != null && startsOn.getYear() != year) {
                throw new IllegalArgumentException("the edition's start is not in its year");
            }
            theme = theme == null || theme.isBlank()
                    ? null
                    : Require.text(theme, "theme", 500).strip();
            outcome = outcome == null
                    ? null
                    : Require.text(outcome, "outcome", 4000).strip();
        }
    }

    /** Starts preparing an edition: its host city and, when known, its dates. */
    record PrepareEdition(
            UUID editionId, String name, String hostCity, String country, LocalDate startsOn, LocalDate endsOn)
            implements ForumCommand {
        public PrepareEdition {
            Require.present(editionId, "editionId");
            name = Require.text(name, "name", 60).strip();
            hostCity = Require.text(hostCity, "hostCity", 120).strip();
            if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
                throw new IllegalArgumentException("an edition cannot end before it starts");
            }
        }
    }

    /** The dates of the edition, once known or when they change. */
    record FixEditionDates(UUID editionId, LocalDate startsOn, LocalDate endsOn) implements Targeted {
        public FixEditionDates {
            Require.present(editionId, "editionId");
            Require.present(startsOn, "startsOn");
            endsOn = endsOn == null ? startsOn : endsOn;
            if (endsOn.isBefore(startsOn)) {
                throw new IllegalArgumentException("an edition cannot end before it starts");
            }
        }
    }

    record DraftHostAgreement(UUID editionId, List<String> parties) implements Targeted {
        public DraftHostAgreement {
            Require.present(editionId, "editionId");
            parties = names(parties);
        }
    }

    /** The host agreement (MOU) signed by named parties on a date. */
    record SignHostAgreement(UUID editionId, List<String> parties, LocalDate signedOn, String place)
            implements Targeted {
        public SignHostAgreement {
            Require.present(editionId, "editionId");
            parties = names(parties);
            Require.present(signedOn, "signedOn");
            place = Require.text(place, "place", 200).strip();
        }
    }

    /** The local organizing committee launched, with its member organisations. */
    record LaunchLocalOrganizingCommittee(UUID editionId, List<String> members, LocalDate launchedOn)
            implements Targeted {
        public LaunchLocalOrganizingCommittee {
            Require.present(editionId, "editionId");
            members = names(members);
            Require.present(launchedOn, "launchedOn");
        }
    }

    record ProposeTheme(UUID editionId, String theme) implements Targeted {
        public ProposeTheme {
            Require.present(editionId, "editionId");
            theme = Require.text(theme, "theme", 500).strip();
        }
    }

    /** The theme adopted by the Committee's ballot; sent by the governance process only. */
    record AdoptTheme(UUID editionId, UUID ballotId, String theme) implements Targeted {
        public AdoptTheme {
            Require.present(editionId, "editionId");
            Require.present(ballotId, "ballotId");
            theme = Require.text(theme, "theme", 2000).strip();
        }
    }

    record DefineOrganizingGovernance(UUID editionId, String description) implements Targeted {
        public DefineOrganizingGovernance {
            Require.present(editionId, "editionId");
            description = Require.text(description, "description", 10_000).strip();
        }
    }

    record RecordPreparatoryMeeting(UUID editionId, LocalDate heldFrom, LocalDate heldTo, String place, String summary)
            implements Targeted {
        public RecordPreparatoryMeeting {
            Require.present(editionId, "editionId");
            Require.present(heldFrom, "heldFrom");
            heldTo = heldTo == null ? heldFrom : heldTo;
            place = Require.text(place, "place", 200).strip();
            summary = Require.text(summary, "summary", 10_000).strip();
        }
    }

    /** A milestone of the preparation roadmap, with the organisation or role that owns it and its due date. */
    record PlanMilestone(UUID editionId, String milestone, String title, String owner, LocalDate dueOn)
            implements Targeted {
        public PlanMilestone {
            Require.present(editionId, "editionId");
            milestone = code(milestone);
            title = Require.text(title, "title", 300).strip();
            owner = Require.text(owner, "owner", 200).strip();
            Require.present(dueOn, "dueOn");
        }
    }

    /** Progress reported on a milestone, in percent; 100 completes it. */
    record ReportMilestoneProgress(UUID editionId, String milestone, int percent, String note, LocalDate reportedOn)
            implements Targeted {
        public ReportMilestoneProgress {
            Require.present(editionId, "editionId");
            milestone = code(milestone);
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("progress is a percentage from 0 to 100");
            }
            note = note == null ? null : Require.text(note, "note", 2000).strip();
            Require.present(reportedOn, "reportedOn");
        }
    }

    record FlagMilestoneAtRisk(UUID editionId, String milestone, String reason) implements Targeted {
        public FlagMilestoneAtRisk {
            Require.present(editionId, "editionId");
            milestone = code(milestone);
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    record RescheduleMilestone(UUID editionId, String milestone, LocalDate dueOn, String reason) implements Targeted {
        public RescheduleMilestone {
            Require.present(editionId, "editionId");
            milestone = code(milestone);
            Require.present(dueOn, "dueOn");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    record CancelMilestone(UUID editionId, String milestone, String reason) implements Targeted {
        public CancelMilestone {
            Require.present(editionId, "editionId");
            milestone = code(milestone);
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    private static List<String> names(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("at least one party is required");
        }
        return names.stream()
                .map(name -> Require.text(name, "party", 200).strip())
                .toList();
    }

    private static String code(String milestone) {
        String code = Require.text(milestone, "milestone", 60).strip();
        if (!code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a milestone code is lower-case letters, digits and dashes");
        }
        return code;
    }
}
