package org.gsef.governance.launcher;

import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A fresh PostgreSQL database for the context of one test class (see {@link SingleNodeOnPostgres}). The test class is
 * part of the context's cache key, through this record's equality: two classes never share a context, so each keeps
 * the clean database it relies on; a nested class shares its enclosing class's.
 */
record OwnDatabase(Class<?> testClass) implements ContextCustomizer {

    /** The bean name under which the test finds its database. */
    static final String BEAN = "postgresTestDatabase";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "database of " + testClass.getSimpleName(), new LinkedHashMap<>(database.properties())));
        context.getBeanFactory().registerSingleton(BEAN, database);
    }

    /** Makes the customizer of {@link SingleNodeOnPostgres}, keyed by the outermost test class. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
            Class<?> outermost = testClass;
            while (outermost.getEnclosingClass() != null && !Modifier.isStatic(outermost.getModifiers())) {
                outermost = outermost.getEnclosingClass();
            }
            return new OwnDatabase(outermost);
        }
    }
}
