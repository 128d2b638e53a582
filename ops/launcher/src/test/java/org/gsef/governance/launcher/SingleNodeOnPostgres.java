package org.gsef.governance.launcher;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * An integration test of the single-node run ({@link GsefGovernance}) on a random port, over a PostgreSQL database of
 * its own: {@link OwnDatabase} creates it when the test class's context starts, points the context at it (with a data
 * folder of its own and the demo accounts), and hands it to the test as a bean ({@code @Autowired
 * PostgresTestDatabase database}); it is dropped when the JVM exits. No two test classes share a context, so none
 * sees another's data. Properties of the test's own go in {@link #properties()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = GsefGovernance.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(OwnDatabase.Factory.class)
public @interface SingleNodeOnPostgres {

    /** Properties of this test, {@code key=value}, as {@link SpringBootTest#properties()} takes them. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
