package org.gsef.governance.command.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/**
 * What the API answers to a command it accepted: the id of the resource the command created or acted on, named
 * {@code id} in every answer. A command that creates a resource is answered {@code 201 Created} with the resource's
 * address in {@code Location}; any other is answered {@code 202 Accepted}.
 */
public record Accepted(String id) {

    /** 201, with {@code Location: collection/id}. */
    public static ResponseEntity<Accepted> created(String collection, Object id) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(new Accepted(String.valueOf(id)));
    }

    /** 202, naming the resource acted on. */
    public static ResponseEntity<Accepted> accepted(Object id) {
        return ResponseEntity.accepted().body(new Accepted(String.valueOf(id)));
    }
}
