package org.gsef.governance.command.seed.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsef.governance.command.seed.SeedImporter;
import org.gsef.governance.platform.identity.CurrentActor;
import org.gsef.governance.platform.web.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a seed file sent as the request body (JSON Lines). Answers with what was created and skipped, and the
 * progress lines; a bad file is refused with 400 and the line and reason of every problem, and nothing is imported.
 */
@RestController
class SeedImports {

    static final int MAX_CHARACTERS = 5_000_000;

    private final SeedImporter importer;
    private final Problems problems;

    SeedImports(SeedImporter importer, Problems problems) {
        this.importer = importer;
        this.problems = problems;
    }

    @PostMapping(
            path = "/api/imports/seed",
            consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    ResponseEntity<?> importSeed(@RequestBody String file) {
        if (file.length() > MAX_CHARACTERS) {
            throw new IllegalArgumentException("a seed file is at most " + MAX_CHARACTERS + " characters");
        }
        List<String> progress = new ArrayList<>();
        try {
            SeedImporter.Report report = importer.importSeed(
                    new StringReader(file), CurrentActor.get().orElseThrow(), progress::add);
            return ResponseEntity.ok(new Imported(report, progress));
        } catch (SeedImporter.SeedRejected rejected) {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = problems.create(
                    HttpStatus.BAD_REQUEST,
                    "seed-rejected",
                    new Object[] {
                        rejected.problems().size(),
                        rejected.problems().getFirst().line()
                    },
                    rejected.getMessage(),
                    locale);
            problem.setProperty("errors", rejected.problems());
            return ResponseEntity.badRequest().body(problem);
        }
    }

    record Imported(SeedImporter.Report report, List<String> progress) {}
}
