package org.gsef.governance.query.members.web;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.members.MemberView;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member register, and the membership count it gives, by region. */
@RestController
@RequestMapping("/api/members")
class MemberReads {

    private final JdbcClient jdbc;

    MemberReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    List<MemberView> list(
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ReadAccess.governanceReader();
        return jdbc.sql("SELECT * FROM member_view WHERE (:status IS NULL OR status = :status)"
                        + " ORDER BY organisation_name, member_id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("offset", offset)
                .param("limit", ReadAccess.page(offset, limit))
                .query(MemberView.class)
                .list();
    }

    @GetMapping("/{memberId}")
    ResponseEntity<MemberView> get(@PathVariable UUID memberId) {
        ReadAccess.governanceReader();
        MemberView member = jdbc.sql("SELECT * FROM member_view WHERE member_id = :id")
                .param("id", memberId)
                .query(MemberView.class)
                .optional()
                .orElseThrow(() -> new NotFound("member " + memberId));
        return ResponseEntity.ok().eTag("\"" + member.version() + "\"").body(member);
    }

    /** Active members: in all, and by region ({@code NONE} for international networks without one). */
    @GetMapping("/count")
    Map<String, Object> count() {
        ReadAccess.governanceReader();
        Map<String, Long> byRegion = new TreeMap<>();
        jdbc.sql("SELECT COALESCE(region, 'NONE') AS region, count(*) AS members FROM member_view"
                        + " WHERE status = 'ACTIVE' GROUP BY COALESCE(region, 'NONE')")
                .query((rs, row) -> byRegion.put(rs.getString("region"), rs.getLong("members")))
                .list();
        return Map.of(
                "active", byRegion.values().stream().mapToLong(Long::longValue).sum(), "byRegion", byRegion);
    }
}
