package org.gsef.governance.command.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the seed file on start (the embedded run does, so a newcomer sees a living 2019). A second start finds
 * everything imported and changes nothing. The import is recorded as done by {@code system:seed-loader} on the
 * Secretariat's behalf, with the file named as its source.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "gsef.seed.load-on-start", havingValue = "true")
class SeedLoader implements ApplicationRunner {

    static final Actor LOADER = Actor.of("system:seed-loader", Set.of(Role.SECRETARIAT));

    private final SeedImporter importer;
    private final Resource seed;

    SeedLoader(SeedImporter importer, @Value("${gsef.seed.file:classpath:seed/gsef-2019.jsonl}") Resource seed) {
        this.importer = importer;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (var reader = new InputStreamReader(seed.getInputStream(), StandardCharsets.UTF_8)) {
            importer.importSeed(reader, LOADER, line -> {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed file " + seed, e);
        }
    }
}
