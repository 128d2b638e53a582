package org.gsef.governance.platform.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo mode: the profile {@code demo} ({@code application-demo.yml}, which {@code ops/run} turns on) sets
 * {@code gsef.demo.accounts=true}, loads the demo data and listens on loopback only. Demo accounts share a published
 * password, so a process that has them and listens on another address (every interface, when {@code server.address}
 * is unset) refuses to start unless {@value #ALLOW_NON_LOOPBACK}{@code =true} says that is meant.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DemoMode.ACCOUNTS)
public class DemoMode {

    /** Whether the demo accounts exist; only the {@code demo} profile sets it. */
    public static final String ACCOUNTS = "gsef.demo.accounts";

    /** The override that lets a process with demo accounts listen on a non-loopback address. */
    public static final String ALLOW_NON_LOOPBACK = "gsef.demo.allow-non-loopback";

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    @Bean
    DemoAccounts demoAccounts(Environment environment) {
        boolean allowed = environment.getProperty(ALLOW_NON_LOOPBACK, Boolean.class, false);
        refuseNonLoopback(environment, "server", allowed);
        // The actuator on a port of its own listens where management.server.address says, every interface if unset
        // (Spring Boot refuses that address without a port of its own, so the demo profile cannot set it).
        String managementPort = environment.getProperty("management.server.port", "");
        if (!managementPort.isBlank()
                && !managementPort.equals(environment.getProperty("server.port", ""))
                && !managementPort.equals("-1")) {
            refuseNonLoopback(environment, "management.server", allowed);
        }
        return new DemoAccounts();
    }

    private static void refuseNonLoopback(Environment environment, String server, boolean allowed) {
        String property = server + ".address";
        String address = environment.getProperty(property, "");
        if (isLoopback(address)) {
            return;
        }
        String where = address.isBlank() ? "every network interface (" + property + " is unset)" : address;
        if (!allowed) {
            throw new IllegalStateException("Demo accounts, whose password is published, would be served on " + where
                    + ". Demo mode listens on loopback only: set " + property + "=127.0.0.1 (for server.address, the"
                    + " demo profile's default), or leave demo mode (no profile demo, no " + ACCOUNTS + "), or set "
                    + ALLOW_NON_LOOPBACK + "=true if everyone who can reach " + where + " may sign in as anyone");
        }
        log.warn("Demo accounts with a published password are served on {} ({}=true)", where, ALLOW_NON_LOOPBACK);
    }

    /** Whether {@code address} (a {@code server.address} value; blank is every interface) is a loopback address. */
    public static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            for (InetAddress resolved : InetAddress.getAllByName(address.strip())) {
                if (!resolved.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
