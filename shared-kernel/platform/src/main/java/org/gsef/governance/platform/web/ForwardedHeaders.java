package org.gsef.governance.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} from the reverse proxies listed in
 * {@code gsef.web.trusted-proxies} (addresses or CIDR ranges, comma-separated), and from nobody else: Tomcat's
 * {@link RemoteIpValve} (added by {@code server.forward-headers-strategy=native}) is told to trust exactly these, in
 * place of Spring Boot's default of every private and loopback address. With none listed (the default), a request's
 * scheme, host and client address are those of its own connection, whatever headers it sends. Behind a trusted proxy,
 * the client address (used by the sign-in throttle, the server-sent-event caps and the logs) is the one the proxy
 * saw, and a request the proxy received over HTTPS is secure here too: its session cookie is {@code Secure}, and it
 * gets {@code Strict-Transport-Security}.
 */
@Component
public class ForwardedHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(ForwardedHeaders.class);

    private final String trusted;

    public ForwardedHeaders(@Value("${gsef.web.trusted-proxies:}") List<String> proxies) {
        this.trusted = ranges(proxies);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        boolean found = false;
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(trusted);
                remoteIp.setTrustedProxies(null);
                found = true;
            }
        }
        if (!found && !trusted.isEmpty()) {
            log.warn(
                    "gsef.web.trusted-proxies lists {} but server.forward-headers-strategy is not native: forwarded"
                            + " headers are ignored",
                    trusted);
        }
        if (found && !trusted.isEmpty()) {
            log.info("Forwarded headers are believed from {} only", trusted);
        }
    }

    /**
     * The proxies as CIDR ranges, comma-separated, as the valve takes them: a single address becomes a range of one
     * ({@code /32}, {@code /128}). A malformed entry stops the start, naming it.
     */
    static String ranges(List<String> proxies) {
        List<String> ranges = new ArrayList<>();
        for (String proxy : proxies) {
            String entry = proxy.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String range = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
            try {
                NetMaskSet.parse(range);
            } catch (IllegalArgumentException malformed) {
                throw new IllegalStateException(
                        "gsef.web.trusted-proxies: '" + entry + "' is neither an IP address nor a CIDR range",
                        malformed);
            }
            ranges.add(range);
        }
        return String.join(", ", ranges);
    }
}
