package org.gsef.governance.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.kernel.membership.MemberEvent;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.RegisterCommand;
import org.gsef.governance.kernel.membership.RegisterEvent.OpeningBalanceRecorded;
import org.springframework.stereotype.Component;

/**
 * The member register as of any instant, and on any day by the effective dates its events give: the named members,
 * the opening balance and the members it does not name, computed from the events recorded up to that instant.
 */
@Component
public class MemberRegisterHistory {

    /** The category of members recorded without a region or a country (international networks, some imports). */
    public static final String NONE = "NONE";

    private static final String MEMBER = "Member";
    /** The aggregate type of the register's own events (its opening balance), as the event store names it. */
    private static final String REGISTER = "MemberRegister";

    private final RecordedEvents recorded;
    private Loaded loaded;

    public MemberRegisterHistory(RecordedEvents recorded) {
        this.recorded = recorded;
    }

    /** A member as the register had it. */
    public record RegisteredMember(
            UUID memberId,
            String organisationName,
            String kind,
            String country,
            String region,
            String city,
            LocalDate admittedOn,
            String origin,
            MemberStatus status,
            String statusReason,
            LocalDate statusSince) {}

    /**
     * @param on when given, the register on that day by the effective dates of admissions and status changes
     * @param active members active then: the named ones and those of the opening balance it does not name
     * @param byRegion named members active then, by region ({@code NONE} for networks without one)
     * @param unnamed members of the opening balance the register does not name (their region is not known)
     * @param openingBalance the opening balance recorded up to {@code asOf}, if any
     */
    public record MemberRegister(
            Instant asOf,
            LocalDate on,
            long active,
            Map<String, Long> byRegion,
            long unnamed,
            OpeningBalance openingBalance,
            List<RegisteredMember> members) {}

    /** The member register as the events recorded up to {@code asOf} make it, on the day {@code on} if given. */
    public MemberRegister memberRegister(Instant asOf, LocalDate on) {
        return register(memberEvents(asOf), openingBalance(asOf), asOf, on);
    }

    /** The opening balance of the register as recorded up to {@code asOf}: the latest one recorded. */
    public OpeningBalance openingBalance(Instant asOf) {
        OpeningBalance balance = null;
        for (DomainEventMessage<?> message : loaded().register()) {
            if (message.getTimestamp().isAfter(asOf)) {
                break;
            }
            if (message.getPayload() instanceof OpeningBalanceRecorded recorded) {
                balance = new OpeningBalance(recorded.asOf(), recorded.members(), recorded.source());
            }
        }
        return balance;
    }

    /** Active members on each of the days, by the effective dates the events recorded up to {@code asOf} give. */
    public Map<LocalDate, Long> activeMembers(Instant asOf, List<LocalDate> days) {
        List<List<DomainEventMessage<?>>> events = memberEvents(asOf);
        OpeningBalance balance = openingBalance(asOf);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        days.forEach(day -> counts.put(day, register(events, balance, asOf, day).active()));
        return counts;
    }

    /** Every member's events recorded up to {@code asOf}. */
    private List<List<DomainEventMessage<?>>> memberEvents(Instant asOf) {
        return loaded().members().stream()
                .map(events -> events.stream()
                        .takeWhile(event -> !event.getTimestamp().isAfter(asOf))
                        .toList())
                .filter(events -> !events.isEmpty())
                .toList();
    }

    /** Every member's events, and the register's own (its opening balances), as recorded so far. */
    private record Loaded(
            List<Long> extent, List<List<DomainEventMessage<?>>> members, List<DomainEventMessage<?>> register) {}

    /**
     * The members' and the register's events, read from the store again only when one of them was recorded since the
     * last read (every member's in one query: ten thousand members read one by one took some twenty seconds, and the
     * dashboards asking meanwhile waited), not for every day a dashboard asks about.
     */
    private synchronized Loaded loaded() {
        List<Long> extent = new ArrayList<>(recorded.extentOfType(MEMBER));
        extent.addAll(recorded.extentOfType(REGISTER));
        if (loaded == null || !extent.equals(loaded.extent())) {
            loaded = new Loaded(
                    extent,
                    recorded.eventsOfType(MEMBER),
                    recorded.eventsOf(RegisterCommand.MEMBER_REGISTER, Instant.MAX));
        }
        return loaded;
    }

    private static MemberRegister register(
            List<List<DomainEventMessage<?>>> events, OpeningBalance balance, Instant asOf, LocalDate on) {
        MemberRegister named = named(events, asOf, on);
        if (balance == null) {
            return named;
        }
        LocalDate day = on != null ? on : LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        long unnamed = balance.unnamed(named(events, asOf, balance.asOf()).active(), day);
        return new MemberRegister(
                asOf, on, named.active() + unnamed, named.byRegion(), unnamed, balance, named.members());
    }

    /** The register of named members only. */
    private static MemberRegister named(List<List<DomainEventMessage<?>>> events, Instant asOf, LocalDate on) {
        List<RegisteredMember> members = new ArrayList<>();
        for (List<DomainEventMessage<?>> history : events) {
            RegisteredMember member = null;
            for (DomainEventMessage<?> message : history) {
                member = switch ((MemberEvent) message.getPayload()) {
                    case MemberEvent.MemberAdmitted admitted ->
                        registered(admitted.memberId(), admitted.organisation(), admitted.admittedOn(), "ADMISSION");
                    case MemberEvent.MemberImported imported ->
                        registered(imported.memberId(), imported.organisation(), imported.admittedOn(), "IMPORT");
                    case MemberEvent.MemberSuspended suspended ->
                        status(member, MemberStatus.SUSPENDED, suspended.reason(), suspended.effectiveOn(), on);
                    case MemberEvent.MemberReinstated reinstated ->
                        status(member, MemberStatus.ACTIVE, reinstated.reason(), reinstated.effectiveOn(), on);
                    case MemberEvent.MemberLeft left ->
                        status(member, MemberStatus.LEFT, left.reason(), left.effectiveOn(), on);
                };
            }
            if (member != null
                    && (on == null
                            || member.admittedOn() == null
                            || !member.admittedOn().isAfter(on))) {
                members.add(member);
            }
        }
        members.sort(
                Comparator.comparing(RegisteredMember::organisationName).thenComparing(RegisteredMember::memberId));
        Map<String, Long> byRegion = new TreeMap<>();
        members.stream()
                .filter(member -> member.status() == MemberStatus.ACTIVE)
                .forEach(member -> byRegion.merge(member.region() == null ? NONE : member.region(), 1L, Long::sum));
        long active = byRegion.values().stream().mapToLong(Long::longValue).sum();
        return new MemberRegister(asOf, on, active, byRegion, 0, null, members);
    }

    private static RegisteredMember registered(
            UUID id, Organisation organisation, LocalDate admittedOn, String origin) {
        return new RegisteredMember(
                id,
                organisation.name(),
                organisation.kind().name(),
                organisation.country(),
                organisation.region() == null ? null : organisation.region().name(),
                organisation.city(),
                admittedOn,
                origin,
                MemberStatus.ACTIVE,
                null,
                admittedOn);
    }

    /** A status change, unless it takes effect after the day asked for. */
    private static RegisteredMember status(
            RegisteredMember member, MemberStatus status, String reason, LocalDate effectiveOn, LocalDate on) {
        if (member == null || (on != null && effectiveOn != null && effectiveOn.isAfter(on))) {
            return member;
        }
        return new RegisteredMember(
                member.memberId(),
                member.organisationName(),
                member.kind(),
                member.country(),
                member.region(),
                member.city(),
                member.admittedOn(),
                member.origin(),
                status,
                reason,
                effectiveOn);
    }
}
