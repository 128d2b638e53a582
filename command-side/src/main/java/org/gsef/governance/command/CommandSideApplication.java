package org.gsef.governance.command;

import java.util.Map;
import org.gsef.governance.platform.PlatformConfiguration;
import org.gsef.governance.platform.boot.GsefApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The command side alone: aggregates and the command API, for a deployment that runs the sides apart. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({PlatformConfiguration.class, CommandSideConfiguration.class})
public class CommandSideApplication {

    public static void main(String[] args) {
        GsefApplication.run(
                Map.of("spring.application.name", "gsef-command-side", "server.port", "8081"),
                args,
                CommandSideApplication.class);
    }
}
