package org.gsef.governance.platform.boot;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a GSEF Governance process: one side, or both in the single-node launcher. */
public final class GsefApplication {

    private GsefApplication() {}

    /**
     * Runs the given configuration classes as one Spring Boot application.
     *
     * @param defaults properties that apply unless configuration, the environment or the command line say otherwise
     */
    public static ConfigurableApplicationContext run(Map<String, Object> defaults, String[] args, Class<?>... sources) {
        // Axon 4.12 reports to AxonIQ's servers unless told not to; the system of record of GSEF never phones home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        Map<String, Object> properties = new HashMap<>(defaults);
        return new SpringApplicationBuilder(sources).properties(properties).run(args);
    }
}
