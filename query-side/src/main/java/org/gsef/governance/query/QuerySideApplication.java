package org.gsef.governance.query;

import java.util.Map;
import org.gsef.governance.platform.PlatformConfiguration;
import org.gsef.governance.platform.boot.GsefApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The query side alone: projections, read models and the query API, for a deployment that runs the sides apart. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({PlatformConfiguration.class, QuerySideConfiguration.class})
public class QuerySideApplication {

    public static void main(String[] args) {
        GsefApplication.run(
                Map.of("spring.application.name", "gsef-query-side", "server.port", "8082"),
                args,
                QuerySideApplication.class);
    }
}
