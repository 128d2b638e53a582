package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fold a projection applies its events through, on the read-model tables the migrations make, on PostgreSQL and
 * on H2: a batch's rows written once and read back as applied, an event that fails undone without its batch, a batch
 * whose write fails retried event by event so that only the failing event is refused, and a rebuild's {@code COPY}
 * writing the same rows as the live statements.
 */
class FoldIT {

    static final FoldTable MEMBERS = FoldTable.of("member_view", "member_id");

    record Member(UUID id, String name, LocalDate admittedOn, long version) {}

    @Test
    void a_batch_is_written_once_and_reads_back_as_applied_on_postgresql() {
        a_batch_is_written_once_and_reads_back_as_applied(postgres());
    }

    @Test
    void a_batch_is_written_once_and_reads_back_as_applied_on_h2() {
        a_batch_is_written_once_and_reads_back_as_applied(h2());
    }

    private void a_batch_is_written_once_and_reads_back_as_applied(DataSource dataSource) {
        Fold fold = new Fold("members", dataSource, MEMBERS);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String awkward = "Coop \"Tab\"\there, line\nbreak and back\\slash";
        List<String> failures = batch(
                dataSource,
                fold,
                List.of(
                        batch -> admit(batch, new Member(first, "Ville de Nantes", LocalDate.of(2020, 3, 1), 0)),
                        batch -> admit(batch, new Member(second, awkward, null, 0)),
                        batch -> batch.find(MEMBERS, first)
                                .orElseThrow()
                                .set("status", "SUSPENDED")
                                .set("version", 1L)));

        assertThat(failures).isEmpty();
        Map<String, Object> row = member(dataSource, first);
        assertThat(row.get("status")).isEqualTo("SUSPENDED");
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(1);
        assertThat(member(dataSource, second).get("organisation_name")).isEqualTo(awkward);

        // A second batch loads the rows it touches, and an event handled twice leaves the same row.
        batch(
                dataSource,
                fold,
                List.of(batch -> batch.find(MEMBERS, first)
                        .filter(member -> member.number("version") < 1)
                        .ifPresent(member -> member.set("status", "ACTIVE"))));
        assertThat(member(dataSource, first).get("status")).isEqualTo("SUSPENDED");
    }

    @Test
    void an_event_that_fails_is_undone_and_the_rest_of_its_batch_kept() {
        DataSource dataSource = postgres();
        Fold fold = new Fold("members", dataSource, MEMBERS);
        UUID kept = UUID.randomUUID();
        UUID undone = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        List<String> failures = batch(
                dataSource,
                fold,
                List.of(
                        batch -> admit(batch, new Member(kept, "Kept", null, 0)),
                        batch -> {
                            batch.find(MEMBERS, kept).orElseThrow().set("organisation_name", "Half-changed");
                            admit(batch, new Member(undone, "Undone", null, 0));
                            throw new IllegalStateException("the projection failed on this event");
                        },
                        batch -> admit(batch, new Member(after, "After", null, 0))));

        assertThat(failures).containsExactly("the projection failed on this event");
        assertThat(member(dataSource, kept).get("organisation_name")).isEqualTo("Kept");
        assertThat(member(dataSource, undone)).isNull();
        assertThat(member(dataSource, after).get("organisation_name")).isEqualTo("After");
    }

    @Test
    void a_batch_whose_write_fails_is_taken_again_event_by_event_and_only_the_bad_one_refused() {
        DataSource dataSource = postgres();
        JdbcClient.create(dataSource).sql("""
                CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.organisation_name LIKE 'Poison%' THEN
                        RAISE EXCEPTION 'refused by the fault injected into the test: %', NEW.organisation_name;
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER refuse_poison BEFORE INSERT OR UPDATE ON member_view
                    FOR EACH ROW EXECUTE FUNCTION refuse_poison()""").update();
        Fold fold = new Fold("members", dataSource, MEMBERS);
        UUID healthy = UUID.randomUUID();
        UUID poisoned = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        List<EventMessage<?>> events = List.of(event(), event(), event());
        List<Consumer<FoldBatch>> handlers = List.of(
                batch -> admit(batch, new Member(healthy, "Healthy", null, 0)),
                batch -> admit(batch, new Member(poisoned, "Poison Coop", null, 0)),
                batch -> admit(batch, new Member(later, "Later", null, 0)));

        assertThatThrownBy(() -> batch(dataSource, fold, events, handlers))
                .hasStackTraceContaining("refused by the fault injected");
        assertThat(member(dataSource, healthy)).isNull();

        List<String> failures = batch(dataSource, fold, events, handlers);
        assertThat(failures).singleElement().asString().contains("refused by the fault injected");
        assertThat(member(dataSource, healthy)).isNotNull();
        assertThat(member(dataSource, poisoned)).isNull();
        assertThat(member(dataSource, later)).isNotNull();
    }

    @Test
    void a_rebuild_copies_the_same_rows_the_live_statements_write() {
        DataSource dataSource = postgres();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            members.add(new Member(
                    UUID.randomUUID(),
                    "Member " + i + (i % 7 == 0 ? " \\ with\ttab\r\nand é" : ""),
                    i % 3 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i),
                    i));
        }
        Fold live = new Fold("members", dataSource, MEMBERS);
        batch(
                dataSource,
                live,
                members.stream()
                        .<Consumer<FoldBatch>>map(member -> batch -> admit(batch, member))
                        .toList());
        List<Map<String, Object>> written = all(dataSource);
        JdbcClient.create(dataSource).sql("DELETE FROM member_view").update();

        Fold rebuild = new Fold("members", dataSource, MEMBERS);
        rebuild.startRebuild();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.executeWithoutResult(tx -> {
            members.subList(0, 20).forEach(member -> admit(rebuild.batch(), member));
            rebuild.flushRebuild();
        });
        transaction.executeWithoutResult(tx -> {
            members.subList(20, 50).forEach(member -> admit(rebuild.batch(), member));
            // A row written by an earlier batch of the rebuild, changed again: an upsert, not a copy.
            rebuild.batch().find(MEMBERS, members.getFirst().id()).orElseThrow().set("version", 0L);
            rebuild.flushRebuild();
        });

        assertThat(all(dataSource)).isEqualTo(written);
    }

    @Test
    void a_rebuild_looks_up_only_the_rows_it_let_go_from_memory() {
        DataSource stored = postgres();
        List<String> lookups = new ArrayList<>();
        DataSource dataSource = counting(stored, lookups);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            members.add(new Member(UUID.randomUUID(), "Member " + i, LocalDate.of(2020, 1, 1), i));
        }
        Fold rebuild = new Fold("members", dataSource, MEMBERS);
        rebuild.startRebuild(10);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.executeWithoutResult(tx -> {
            members.forEach(member -> admit(rebuild.batch(), member));
            rebuild.flushRebuild();
        });
        assertThat(lookups).isEmpty();

        UUID newcomer = UUID.randomUUID();
        transaction.executeWithoutResult(tx -> {
            // The oldest rows were let go to keep ten at most: found again by a lookup, with what was written.
            assertThat(rebuild.batch()
                            .find(MEMBERS, members.getFirst().id())
                            .orElseThrow()
                            .get("organisation_name"))
                    .isEqualTo("Member 0");
            assertThat(lookups).hasSize(1);
            // A row never written is not looked for: the rebuild knows every key it let go.
            assertThat(rebuild.batch().find(MEMBERS, newcomer)).isEmpty();
            admit(rebuild.batch(), new Member(newcomer, "Newcomer", null, 0));
            rebuild.batch().find(MEMBERS, members.get(1).id()).orElseThrow().set("version", 99L);
            rebuild.flushRebuild();
        });
        assertThat(lookups).hasSize(2);
        assertThat(member(stored, newcomer).get("organisation_name")).isEqualTo("Newcomer");
        assertThat(member(stored, members.get(1).id()).get("version")).isEqualTo(99L);
        assertThat(all(stored)).hasSize(31);
    }

    /** The data source, noting every statement that reads a member's row by its key. */
    private static DataSource counting(DataSource dataSource, List<String> lookups) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(
                        FoldIT.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement")
                                    && args[0] instanceof String sql
                                    && sql.startsWith("SELECT")
                                    && sql.contains("FROM member_view WHERE")) {
                                lookups.add(sql);
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private static void admit(FoldBatch batch, Member member) {
        batch.row(MEMBERS, member.id())
                .set("organisation_name", member.name())
                .set("kind", "MUNICIPALITY")
                .set("preferred_language", "FR")
                .set("status", "ACTIVE")
                .set("origin", "IMPORT")
                .set("admitted_on", member.admittedOn())
                .set("version", member.version());
    }

    private static List<String> batch(DataSource dataSource, Fold fold, List<Consumer<FoldBatch>> handlers) {
        return batch(
                dataSource,
                fold,
                handlers.stream().<EventMessage<?>>map(handler -> event()).toList(),
                handlers);
    }

    /**
     * Applies the events as a pooled processor does: one unit of work for the batch, in a transaction; a handler's
     * failure is caught (by the dead-letter queue, in the processor) and its message answered.
     */
    private static List<String> batch(
            DataSource dataSource, Fold fold, List<EventMessage<?>> events, List<Consumer<FoldBatch>> handlers) {
        List<String> failures = new ArrayList<>();
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
            ResultMessage<?> result;
            try {
                result = unitOfWork.executeWithResult(() -> {
                    EventMessage<?> event = unitOfWork.getMessage();
                    Consumer<FoldBatch> handler = handlers.get(events.indexOf(event));
                    try {
                        fold.apply(event, () -> {
                            handler.accept(fold.batch());
                            return null;
                        });
                    } catch (Exception e) {
                        failures.add(e.getMessage());
                    }
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (result.isExceptional()) {
                throw new IllegalStateException(result.exceptionResult());
            }
        });
        return failures;
    }

    private static EventMessage<?> event() {
        return GenericEventMessage.asEventMessage("event " + UUID.randomUUID());
    }

    private static Map<String, Object> member(DataSource dataSource, UUID id) {
        return JdbcClient.create(dataSource)
                .sql("SELECT * FROM member_view WHERE member_id = :id")
                .param("id", id)
                .query((rows, n) -> {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                        row.put(rows.getMetaData().getColumnName(c).toLowerCase(Locale.ROOT), rows.getObject(c));
                    }
                    return row;
                })
                .optional()
                .orElse(null);
    }

    private static List<Map<String, Object>> all(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("SELECT * FROM member_view ORDER BY member_id")
                .query()
                .listOfRows();
    }

    private static DataSource postgres() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        DataSource dataSource = database.dataSource();
        new ReadModelSchema(dataSource).afterPropertiesSet();
        return dataSource;
    }

    private static DataSource h2() {
        DataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:fold-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ReadModelSchema(dataSource).afterPropertiesSet();
        return dataSource;
    }
}
