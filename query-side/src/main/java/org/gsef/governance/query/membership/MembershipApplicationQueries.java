package org.gsef.governance.query.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.FindMembershipApplication;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.kernel.privacy.ContactPerson;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.gsef.governance.query.membership.MembershipApplicationView.Contact;
import org.gsef.governance.query.readmodel.Sorting;
import org.gsef.governance.query.readmodel.TitleSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers queries about membership applications from the read model. */
@Component
public class MembershipApplicationQueries {

    private static final String COLUMNS = """
            application_id, organisation_name, kind, country, region, city, preferred_language, sponsor_member_id,
            channel, status, note, ballot_id, member_id, submitted_at, updated_at, version, contact_subject,
            contact_ciphertext""";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    public MembershipApplicationQueries(JdbcClient jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The application, without its contact person. */
    @QueryHandler
    public MembershipApplicationView find(FindMembershipApplication query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM membership_application_view WHERE application_id = :id")
                .param("id", query.applicationId())
                .query((rs, row) -> view(rs, false))
                .optional()
                .orElse(null);
    }

    /** The application with its contact person unsealed, for those allowed to see it. */
    public MembershipApplicationView findWithContact(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM membership_application_view WHERE application_id = :id")
                .param("id", applicationId)
                .query((rs, row) -> view(rs, true))
                .optional()
                .orElse(null);
    }

    /** The fields applications can be sorted by, with their columns. */
    private static final Map<String, String> SORTABLE = Map.of(
            "submittedAt", "submitted_at",
            "updatedAt", "updated_at",
            "organisationName", "organisation_name",
            "country", "country",
            "region", "region",
            "status", "status");

    /** The applications in the order asked ({@link Sorting}), the most recently submitted first by default. */
    public List<MembershipApplicationView> list(ApplicationStatus status, int offset, int limit, String sort) {
        String order = Sorting.orderBy(sort, SORTABLE, "submitted_at DESC", "application_id");
        return jdbc.sql("SELECT " + COLUMNS + " FROM membership_application_view"
                        + " WHERE (:status IS NULL OR status = :status)"
                        + " ORDER BY " + order + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> view(rs, false))
                .list();
    }

    /** The organisation each of the given applications names. */
    public Map<UUID, String> organisationNames(Collection<UUID> applicationIds) {
        Map<UUID, String> names = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT application_id, organisation_name FROM membership_application_view"
                        + " WHERE application_id IN (:ids)")
                .param("ids", applicationIds)
                .query((rs, row) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return names;
    }

    /** The applications counted by status; a status without any is absent. */
    public Map<ApplicationStatus, Long> countByStatus() {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        jdbc.sql("SELECT status, count(*) FROM membership_application_view GROUP BY status")
                .query((rs, row) -> counts.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    private MembershipApplicationView view(ResultSet rs, boolean withContact) throws SQLException {
        UUID subject = rs.getObject("contact_subject", UUID.class);
        Contact contact = null;
        if (withContact && subject != null) {
            contact = vault.unseal(new SealedPersonalData(subject, rs.getString("contact_ciphertext")))
                    .map(ContactPerson::fromSealedForm)
                    .map(person -> new Contact(person.name(), person.email(), false))
                    .orElse(Contact.ERASED);
        }
        String region = rs.getString("region");
        return new MembershipApplicationView(
                rs.getObject("application_id", UUID.class),
                rs.getString("organisation_name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("country"),
                region == null ? null : Region.valueOf(region),
                rs.getString("city"),
                OfficialLanguage.valueOf(rs.getString("preferred_language")),
                rs.getObject("sponsor_member_id", UUID.class),
                SubmissionChannel.valueOf(rs.getString("channel")),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getObject("ballot_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"),
                contact);
    }

    /** Applications whose organisation's name holds the words; only the application {@code only} when given. */
    public List<TitleSearch.Found> search(String pattern, UUID only) {
        return TitleSearch.find(
                jdbc,
                "membership_application_view",
                "application_id",
                "organisation_name",
                "submitted_at",
                pattern,
                only);
    }
}
