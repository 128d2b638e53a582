package org.gsef.governance.command.membership;

import java.util.UUID;
import org.gsef.governance.command.membership.OrganisationRegistry.Registration;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.membership.Organisation;

/**
 * The refusals of "one organisation, one membership" and of sponsors. A refusal that names a record carries its
 * identifier as a property of the problem too.
 */
final class RegistryRefusals {

    static final String EXISTING_RECORD_ID = "existingRecordId";
    static final String EXISTING_RECORD_KIND = "existingRecordKind";
    static final String SPONSOR_MEMBER_ID = "sponsorMemberId";

    private RegistryRefusals() {}

    /** The organisation is already a member, or already has an application in progress. */
    static RuleViolation alreadyRegistered(Organisation organisation, Registration existing) {
        Refusal code = existing.kind() == OrganisationRegistry.RecordKind.MEMBER
                ? Refusal.ORGANISATION_ALREADY_MEMBER
                : Refusal.ORGANISATION_APPLICATION_IN_PROGRESS;
        return named(
                new RuleViolation(
                        code,
                        organisation.name() + " is already registered as " + existing,
                        organisation.name(),
                        existing.recordId().toString()),
                existing);
    }

    /** The statement of distinctness names a record other than the one the organisation shares its key with. */
    static RuleViolation distinctFromAnotherRecord(UUID named, Registration existing) {
        return named(
                new RuleViolation(
                        Refusal.DISTINCT_FROM_ANOTHER_RECORD,
                        "the statement names " + named + ", the organisation shares its key with " + existing,
                        named.toString(),
                        existing.recordId().toString()),
                existing);
    }

    /** The statement of distinctness names a record, but no member or application shares the organisation's key. */
    static RuleViolation distinctFromNoSimilarRecord(UUID named) {
        return new RuleViolation(
                Refusal.DISTINCT_FROM_NO_SIMILAR_RECORD,
                "the statement names " + named + ", but no record shares the organisation's key",
                named.toString());
    }

    static RuleViolation sponsorNotActiveMember(UUID sponsor) {
        return new RuleViolation(
                        Refusal.SPONSOR_NOT_ACTIVE_MEMBER, sponsor + " is not an active member", sponsor.toString())
                .with(SPONSOR_MEMBER_ID, sponsor);
    }

    static RuleViolation distinctnessBySecretariatOnly() {
        return new RuleViolation(
                Refusal.DISTINCTNESS_BY_SECRETARIAT_ONLY,
                "only the Secretariat states that an organisation is distinct");
    }

    private static RuleViolation named(RuleViolation violation, Registration existing) {
        return violation.with(EXISTING_RECORD_ID, existing.recordId()).with(EXISTING_RECORD_KIND, existing.kind());
    }
}
