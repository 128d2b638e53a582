package org.gsef.governance.platform.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses a path with an encoded slash or backslash ({@code %2F}, {@code %5C}) itself, with a bare 400 the
 * API's clients cannot read. It passes such paths on instead, so that Spring Security's firewall refuses them like
 * every other suspicious address: with a 400 problem in the caller's language.
 */
@Configuration(proxyBeanMethods = false)
public class EncodedSlashes {

    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        };
    }
}
