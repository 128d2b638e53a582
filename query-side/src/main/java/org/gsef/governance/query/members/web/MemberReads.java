package org.gsef.governance.query.members.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.history.MemberRegisterHistory;
import org.gsef.governance.query.members.MemberProjection;
import org.gsef.governance.query.members.MemberQueries;
import org.gsef.governance.query.members.MemberQueries.Breakdown;
import org.gsef.governance.query.members.MemberQueries.PublicMember;
import org.gsef.governance.query.members.MemberView;
import org.gsef.governance.query.readmodel.Recomputed;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member register, and the membership count it gives, by region. */
@RestController
class MemberReads {

    /** The counts read the member register's read model, and its history for the unnamed members. */
    private static final Set<String> READS = Set.of(MemberProjection.PROCESSOR);

    private final MemberQueries members;
    private final MemberRegisterHistory history;
    private final Recomputed recomputed;
    private final Clock clock;

    MemberReads(MemberQueries members, MemberRegisterHistory history, Recomputed recomputed, Clock clock) {
        this.members = members;
        this.recomputed = recomputed;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/api/members")
    List<MemberView> list(
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String sort) {
        ReadAccess.governanceReader();
        return members.page(status, offset, ReadAccess.page(offset, limit), sort);
    }

    /**
     * The active members, for anyone: a network's member list is public. It names organisations only; how a member
     * came in (application, ballot, import source) and why a status changed stay with the governance readers.
     */
    @GetMapping("/api/public/members")
    List<PublicMember> publicList() {
        return members.activeMembers();
    }

    @GetMapping("/api/members/{memberId}")
    ResponseEntity<MemberView> get(@PathVariable UUID memberId) {
        ReadAccess.governanceReader();
        MemberView member = members.find(memberId).orElseThrow(() -> new NotFound("member " + memberId));
        return ResponseEntity.ok().eTag("\"" + member.version() + "\"").body(member);
    }

    /** One point of the membership's growth: active members at the end of a month. */
    record GrowthPoint(LocalDate on, long active) {}

    /**
     * Active members at the end of each month from {@code from} to {@code to} (default: the current year so far), by
     * the effective dates of admissions, suspensions and departures: how the membership grew against its target.
     */
    @GetMapping("/api/members/growth")
    List<GrowthPoint> growth(
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
        ReadAccess.governanceReader();
        return growthFrom(from, to);
    }

    /** The same growth, for anyone: how the network grows against its target is public. */
    @GetMapping("/api/public/members/growth")
    List<GrowthPoint> publicGrowth(
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
        return growthFrom(from, to);
    }

    private List<GrowthPoint> growthFrom(YearMonth from, YearMonth to) {
        return recomputed.get(
                Arrays.asList("member growth", from, to, LocalDate.now(clock)),
                true,
                Set.of(),
                () -> computeGrowth(from, to));
    }

    private List<GrowthPoint> computeGrowth(YearMonth from, YearMonth to) {
        YearMonth last = to != null ? to : YearMonth.now(clock);
        YearMonth first = from != null ? from : YearMonth.of(last.getYear(), 1);
        if (first.isAfter(last) || first.plusYears(10).isBefore(last)) {
            throw new IllegalArgumentException("from must come before to, at most ten years apart");
        }
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            days.add(month.atEndOfMonth());
        }
        return history.activeMembers(clock.instant(), days).entrySet().stream()
                .map(point -> new GrowthPoint(point.getKey(), point.getValue()))
                .toList();
    }

    /**
     * Active members: in all (the opening balance's unnamed members included), by region ({@code NONE} for international networks without one), by kind and by country
     * ({@code NONE} for networks without one).
     */
    @GetMapping("/api/members/count")
    Map<String, Object> count(@RequestParam(required = false) LocalDate asOf) {
        ReadAccess.governanceReader();
        return counted(asOf);
    }

    /** The same counts, for anyone: they name no member. */
    @GetMapping("/api/public/members/count")
    Map<String, Object> publicCount(@RequestParam(required = false) LocalDate asOf) {
        return counted(asOf);
    }

    private Map<String, Object> counted(LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        return recomputed.get(
                Arrays.asList("member counts", asOf, today),
                true,
                READS,
                () -> asOf == null ? counts() : countsOn(asOf));
    }

    /** The counts as of a day, by the effective dates of admissions, imports, suspensions and departures. */
    private Map<String, Object> countsOn(LocalDate day) {
        MemberRegisterHistory.MemberRegister register = history.memberRegister(clock.instant(), day);
        List<MemberRegisterHistory.RegisteredMember> active = register.members().stream()
                .filter(member -> member.status() == MemberStatus.ACTIVE)
                .toList();
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byCountry = new TreeMap<>();
        active.forEach(member -> {
            byKind.merge(member.kind(), 1L, Long::sum);
            byCountry.merge(member.country() == null ? MemberRegisterHistory.NONE : member.country(), 1L, Long::sum);
        });
        return Map.of(
                "asOf",
                day,
                "active",
                register.active(),
                "named",
                register.active() - register.unnamed(),
                "unnamed",
                register.unnamed(),
                "byRegion",
                register.byRegion(),
                "byKind",
                byKind,
                "byCountry",
                byCountry);
    }

    /**
     * {@code active} counts the members of the register's opening balance it does not name ({@code unnamed}); the
     * breakdowns count the named members only, whose region, kind and country are known.
     */
    private Map<String, Object> counts() {
        Map<String, Long> byRegion = members.activeBy(Breakdown.REGION);
        long named = byRegion.values().stream().mapToLong(Long::longValue).sum();
        long unnamed =
                history.memberRegister(clock.instant(), LocalDate.now(clock)).unnamed();
        return Map.of(
                "active",
                named + unnamed,
                "named",
                named,
                "unnamed",
                unnamed,
                "byRegion",
                byRegion,
                "byKind",
                members.activeBy(Breakdown.KIND),
                "byCountry",
                members.activeBy(Breakdown.COUNTRY));
    }
}
