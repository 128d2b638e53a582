package org.gsef.governance.query.catalogue.web;

import java.util.List;
import org.gsef.governance.query.catalogue.Freshness;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every read model and how fresh it is. */
@RestController
class ReadModelReads {

    private final Freshness freshness;

    ReadModelReads(Freshness freshness) {
        this.freshness = freshness;
    }

    @GetMapping("/api/read-models")
    List<Freshness.Status> all() {
        ReadAccess.signedIn();
        return freshness.all();
    }
}
