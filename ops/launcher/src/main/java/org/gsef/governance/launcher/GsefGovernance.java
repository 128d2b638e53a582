package org.gsef.governance.launcher;

import java.util.Map;
import org.gsef.governance.command.CommandSideConfiguration;
import org.gsef.governance.platform.PlatformConfiguration;
import org.gsef.governance.platform.boot.GsefApplication;
import org.gsef.governance.query.QuerySideConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The single-node run: the command side and the query side in one JVM, on one port and one database. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({PlatformConfiguration.class, CommandSideConfiguration.class, QuerySideConfiguration.class})
public class GsefGovernance {

    public static void main(String[] args) {
        GsefApplication.run(
                Map.of("spring.application.name", "gsef-governance", "server.port", "8080"),
                args,
                GsefGovernance.class);
    }
}
