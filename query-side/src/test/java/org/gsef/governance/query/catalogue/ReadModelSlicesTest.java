package org.gsef.governance.query.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gsef.governance.query.QuerySideConfiguration;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every read model is a vertical slice: its tables are named in the source of its own package only (not in another
 * slice, not in a controller, a gauge or a job), and there by its projections and by one queries class, the only place
 * its SQL lives. Read from the sources, so that a table named in a string anywhere else fails here.
 */
class ReadModelSlicesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Java migrations (Flyway's V<n>__Name) change the tables by design, wherever Flyway finds them. */
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__\\w+\\.java");

    /** Table to the package of the projection that writes it. */
    private static final Map<String, String> OWNERS = new TreeMap<>();

    /** Source file (relative to {@link #SOURCES}) to its text. */
    private static final Map<Path, String> FILES = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException, ReflectiveOperationException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Folding.class));
        for (BeanDefinition found : scanner.findCandidateComponents(QuerySideConfiguration.class.getPackageName())) {
            Class<?> projection = Class.forName(found.getBeanClassName());
            ReadModel model = (ReadModel) projection.getField("READ_MODEL").get(null);
            model.tables().forEach(table -> OWNERS.put(table, projection.getPackageName()));
        }
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MIGRATION.matcher(p.getFileName().toString()).matches())
                    .toList()) {
                FILES.put(SOURCES.relativize(path), Files.readString(path));
            }
        }
    }

    @Test
    void the_read_models_are_found_with_their_sources() {
        assertThat(OWNERS).containsKeys("member_view", "milestone_view", "activity_view", "ballot_view");
        assertThat(FILES).hasSizeGreaterThan(50);
        assertThat(ReadModels.ALL.stream().flatMap(model -> model.tables().stream()))
                .as("the catalogue collects the same read models")
                .containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
    }

    @Test
    void a_read_models_tables_are_named_only_in_its_own_package() {
        List<String> outside = new ArrayList<>();
        OWNERS.forEach((table, owner) -> mentioning(table).forEach(file -> {
            if (!packageOf(file).equals(owner)) {
                outside.add(table + " (of " + owner + ") in " + file);
            }
        }));
        assertThat(outside).as("read-model tables named outside their slice").isEmpty();
    }

    @Test
    void in_its_package_only_its_projections_and_one_queries_class_name_them() {
        Map<String, TreeSet<Path>> readers = new TreeMap<>();
        OWNERS.forEach((table, owner) -> mentioning(table).stream()
                .filter(file -> packageOf(file).equals(owner))
                .filter(file -> !file.getFileName().toString().endsWith("Projection.java"))
                .forEach(file ->
                        readers.computeIfAbsent(owner, o -> new TreeSet<>()).add(file)));
        readers.values().removeIf(files -> files.size() == 1);
        assertThat(readers)
                .as("slices whose SQL is spread over several classes")
                .isEmpty();
    }

    private static List<Path> mentioning(String table) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(table) + "\\b");
        return FILES.entrySet().stream()
                .filter(file -> word.matcher(file.getValue()).find())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String packageOf(Path file) {
        return file.getParent().toString().replace('/', '.');
    }
}
