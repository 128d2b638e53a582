package org.gsef.governance.kernel.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of a message's schema, stored with every event of that type. A message without it is at its first
 * revision. Changing an event's fields means a new revision here and an upcaster from the previous one (in
 * {@code shared-kernel/platform}'s {@code events} package), never an edit in place: the store keeps every revision it ever had.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaRevision {

    String value();
}
