package org.gsef.governance.platform.monitoring;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/** Reads the position in the event stream out of a token as the token store keeps it. */
public final class TokenPositions {

    private TokenPositions() {}

    /** The position the token has reached; null for no token, or one that has no position yet. */
    public static Long position(Serializer serializer, byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking.position().isPresent() ? tracking.position().getAsLong() : null;
    }
}
