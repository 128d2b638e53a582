package org.gsef.governance.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The infrastructure both sides run on: imported by each side's application and by the single-node launcher. Beans
 * every feature shares, such as the clock, are declared here; the features' own configurations live beside them.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PlatformConfiguration.class)
@ConfigurationPropertiesScan(basePackageClasses = PlatformConfiguration.class)
public class PlatformConfiguration {

    /** The time of every decision, deadline and record: UTC, replaceable in tests. */
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
