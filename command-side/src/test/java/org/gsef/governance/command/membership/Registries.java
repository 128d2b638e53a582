package org.gsef.governance.command.membership;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.instanceOf;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.membership.ApplicationEvent;
import org.gsef.governance.kernel.membership.MemberEvent;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Organisation registries for tests: each on a fresh in-memory H2 database migrated as the embedded run is. */
final class Registries {

    private Registries() {}

    static OrganisationRegistry fresh() {
        DataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:registry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration/h2")
                .load()
                .migrate();
        return new OrganisationRegistry(JdbcClient.create(database), false);
    }

    /** Puts events on record, as the registry follows them when their commands are handled. */
    static OrganisationRegistry given(OrganisationRegistry registry, Object... events) {
        for (Object event : events) {
            switch (event) {
                case ApplicationEvent application -> registry.on(application);
                case MemberEvent member -> registry.on(member);
                default -> throw new IllegalArgumentException("not a membership event: " + event);
            }
        }
        return registry;
    }

    /** A refusal with that code, naming those properties. */
    static Matcher<Object> refusal(Refusal code, Map<String, Object> properties) {
        return allOf(instanceOf(RuleViolation.class), new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                RuleViolation violation = (RuleViolation) item;
                return violation.refusal() == code
                        && properties.entrySet().stream()
                                .allMatch(expected -> expected.getValue()
                                        .equals(violation.properties().get(expected.getKey())));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal " + code + " with " + properties);
            }
        });
    }
}
