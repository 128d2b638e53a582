package org.gsef.governance.platform.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;

/** How an {@link Actor} travels in message metadata: plain strings, readable in the event store and the audit. */
public final class ActorMetaData {

    public static final String USER_ID = "actorId";
    public static final String ROLES = "actorRoles";
    public static final String SEAT = "actorSeat";
    public static final String ORGANISATION = "actorOrganisation";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String COMMAND_NAME = "commandName";
    public static final String COMMAND_ID = "commandId";
    /** The file an import came from, on every command and event of the import. */
    public static final String IMPORT_SOURCE = "importSource";

    /** The keys every command passes on to the events it causes. */
    public static final List<String> PROPAGATED = List.of(USER_ID, ROLES, SEAT, ORGANISATION, IMPORT_SOURCE);

    private ActorMetaData() {}

    public static MetaData of(Actor actor) {
        Map<String, String> values = new HashMap<>();
        values.put(USER_ID, actor.userId());
        values.put(ROLES, actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        actor.seatCode().ifPresent(seat -> values.put(SEAT, seat));
        actor.organisationId().ifPresent(organisation -> values.put(ORGANISATION, organisation));
        return MetaData.from(values);
    }

    /** The actor the metadata names, or null when it names none. */
    public static Actor read(Map<String, ?> metaData) {
        Object userId = metaData.get(USER_ID);
        if (userId == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object names = metaData.get(ROLES);
        if (names != null && !names.toString().isBlank()) {
            Arrays.stream(names.toString().split(","))
                    .map(Role::parseAny)
                    .flatMap(Optional::stream)
                    .forEach(roles::add);
        }
        return new Actor(userId.toString(), roles, text(metaData.get(SEAT)), text(metaData.get(ORGANISATION)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
