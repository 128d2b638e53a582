package org.gsef.governance.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.boot.GsefApplication;
import org.gsef.governance.platform.testing.Api;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** An application started the way its main method starts it, on a free port, for tests that stop and restart it. */
final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningApplication start(Class<?> application, String name, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--server.port=0");
        return new RunningApplication(
                GsefApplication.run(Map.of("spring.application.name", name), args.toArray(String[]::new), application));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    Api api() {
        return new Api(port());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
