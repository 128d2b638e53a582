package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The documents panel in real headless Chromium: an applicant opens its application's documents on /organisation,
 * uploads a file with its progress shown, then a new version in each language, sees every version listed (the earlier
 * ones kept), downloads the latest; axe-core finds no WCAG 2.1 A/AA violation in English, French or Spanish.
 */
@SingleNodeOnPostgres
class DocumentPagesIT {

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    /** What each language says. */
    record Words(String summary, String recorded, String version, String earlier, String downloaded) {}

    static final Map<String, Words> WORDS = Map.of(
            "en", new Words("Documents", "is on record.", "Version", "Earlier versions", "downloaded."),
            "fr", new Words("Documents", "est enregistré.", "Version", "Versions antérieures", "téléchargé."),
            "es", new Words("Documentos", "está registrado.", "Versión", "Versiones anteriores", "descargado."));

    @Test
    void an_applicant_uploads_versions_with_progress_lists_them_and_downloads_in_three_languages() throws Exception {
        Api.Response submitted = new Api(port)
                .as("liverpool")
                .post(Applications.PATH, Applications.submission("Liverpool City Region", "GB", "Liverpool"));
        assertThat(submitted.status()).as(submitted.toString()).isIn(201, 409);
        String application = DemoAccounts.ORGANISATION;

        try (Browser liverpool = Browser.signedIn(port, "liverpool")) {
            int version = 0;
            String document = null;
            for (String language : List.of("en", "fr", "es")) {
                Words words = WORDS.get(language);
                liverpool.chooseLanguage(language);
                liverpool.open("/organisation");
                String panel = "div[data-documents-of='" + application + "']";
                assertThat(liverpool.text(panel + " h3")).startsWith(words.summary());
                liverpool.find(panel + " .documents form");

                version++;
                Path file = file(language, version);
                String form = document == null
                        ? panel + " form[data-upload$='-new']"
                        : panel + " li[data-document='" + document + "'] form[data-upload]";
                liverpool.find(form + " input[type=file]").sendKeys(file.toString());
                liverpool.find(form + " button[type=submit]").click();
                String name = file.getFileName().toString();
                String item = liverpool.await(d -> d.findElements(By.cssSelector(panel + " li[data-document]")).stream()
                        .filter(line -> line.getText().contains(name))
                        .map(line -> line.getAttribute("data-document"))
                        .findFirst()
                        .orElse(null));
                document = item;
                String line = panel + " li[data-document='" + document + "']";
                assertThat(liverpool.text(panel + " [data-testid=upload-status]"))
                        .endsWith(words.recorded());
                assertThat(liverpool.text(line + " > .document-version"))
                        .as("the new version on top, its name and type")
                        .contains(words.version() + " " + version, name, "application/pdf");
                if (version > 1) {
                    assertThat(liverpool.text(line + " details summary"))
                            .as("the earlier versions kept")
                            .contains(words.earlier(), "(" + (version - 1) + ")");
                }
                liverpool.click(d ->
                        d.findElements(By.cssSelector(line + " > .document-version button[data-download]")).stream()
                                .findFirst()
                                .orElse(null));
                liverpool.await(d -> d.findElement(By.id("live")).getText().contains(words.downloaded()) ? true : null);
                liverpool.screenshot("documents-" + language);
                assertThat(liverpool.accessibilityViolations())
                        .as("/organisation with the documents panel, in " + language + ": WCAG 2.1 AA (axe-core)")
                        .isEmpty();
            }
            String statutes = document;
            JsonNode versions = new Api(port)
                    .as("auditor")
                    .get("/api/documents/" + statutes)
                    .json()
                    .get("versions");
            assertThat(versions.size()).as("three versions on record").isEqualTo(3);
        }
    }

    @Test
    void the_upload_shows_its_progress_until_it_is_recorded() throws Exception {
        Api.Response submitted = new Api(port)
                .as("liverpool")
                .post(Applications.PATH, Applications.submission("Liverpool City Region", "GB", "Liverpool"));
        assertThat(submitted.status()).isIn(201, 409);
        String panel = "div[data-documents-of='" + DemoAccounts.ORGANISATION + "']";
        try (Browser liverpool = Browser.signedIn(port, "liverpool")) {
            liverpool.chooseLanguage("en");
            liverpool.open("/organisation");
            String form = panel + " form[data-upload$='-new']";
            liverpool.find(form);
            // Records every percentage the page shows while the file is sent.
            liverpool.script("""
                    window.seenProgress = [];
                    const bar = document.querySelector(arguments[0] + ' progress');
                    new MutationObserver(() => window.seenProgress.push(bar.value)).observe(bar, {attributes: true});
                    """, panel);
            byte[] large = Arrays.copyOf(Documents.PDF, 8 * 1024 * 1024);
            Path file = Files.write(folder.resolve("annual-report.pdf"), large);
            liverpool.find(form + " input[type=file]").sendKeys(file.toString());
            liverpool.find(form + " button[type=submit]").click();
            liverpool.await(d -> d.findElement(By.cssSelector(panel + " [data-testid=upload-status]"))
                            .getText()
                            .contains("is on record")
                    ? true
                    : null);
            assertThat(liverpool.find(panel + " progress").getAttribute("value"))
                    .isEqualTo("100");
            List<?> seen = (List<?>) liverpool.script("return window.seenProgress;");
            assertThat(seen)
                    .as("the progress bar moved while the file was sent")
                    .isNotEmpty();
            assertThat(String.valueOf(seen.getLast())).isEqualTo("100");
            liverpool.await(d -> d.findElement(By.cssSelector(panel + " .documents"))
                            .getText()
                            .contains("annual-report.pdf")
                    ? true
                    : null);
            assertThat(liverpool.text(panel + " .document-list")).contains("annual-report.pdf", "8 MB");
        }
    }

    private Path file(String language, int version) throws Exception {
        byte[] content = (new String(Documents.PDF, java.nio.charset.StandardCharsets.US_ASCII) + "% statutes, version "
                        + version + " (" + language + ")\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return Files.write(folder.resolve("statutes-" + language + "-v" + version + ".pdf"), content);
    }

    /**
     * A meeting's detail page carries its documents: the Secretariat, which attaches to it, is offered the upload; a
     * delegate reads the meeting's documents and is offered none.
     */
    @Test
    void a_meeting_shows_its_documents_with_the_upload_for_the_secretariat_only() throws Exception {
        Api secretariat = new Api(port).as("secretariat");
        Api.Response scheduled = secretariat.post("/api/meetings", """
                {"title": "Meeting with documents", "startsOn": "2099-03-10", "endsOn": "2099-03-10",
                 "format": "ONLINE", "location": "Online", "agenda": []}""");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        String meeting = scheduled.json().get("id").asString();
        Eventually.await(() -> secretariat.get("/api/meetings/" + meeting), r -> r.status() == 200);
        String panel = "div[data-documents-of='" + meeting + "'] .documents";
        try (Browser browser = Browser.signedIn(port, "secretariat")) {
            browser.open("/meetings/" + meeting);
            browser.find(panel + " form");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        try (Browser delegate = Browser.signedIn(port, "ripess")) {
            delegate.open("/meetings/" + meeting);
            delegate.find(panel);
            assertThat(delegate.driver().findElements(By.cssSelector(panel + " form")))
                    .as("a delegate reads a meeting's documents and attaches none")
                    .isEmpty();
        }
    }
}
