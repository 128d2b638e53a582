package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The pages shaped per role (issue #18): each demo role, and anyone without signing in, in English, French and
 * Spanish, opens every item its menu shows and finds it working: no refusal, no error, its words in the chosen
 * language, no WCAG 2.1 A/AA violation. A member representative reads its own organisation's application and its
 * history, and no other organisation's, however it asks.
 */
@SingleNodeOnPostgres(properties = {"gsef.demo-data=true", "gsef.demo-accounts=true"})
class RolePagesIT {

    /** One account per role of the demo: the Secretariat, the chair, a delegate, an auditor, an operator, a member. */
    static final List<String> ACCOUNTS =
            List.of("secretariat", "chair", "bilbao-city", "auditor", "operator", "liverpool");

    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    /** What a refusal or an error says on the pages, in any of the three languages. */
    static final List<String> REFUSALS =
            List.of("Refused: ", "Refusé : ", "Rechazado: ", "not open to your role", "pas ouverte", "no está abierta");

    @LocalServerPort
    int port;

    @Test
    void every_menu_item_a_role_sees_works_for_it_in_its_language() throws IOException {
        demoLoaded();
        for (String account : ACCOUNTS) {
            try (Browser browser = Browser.signedIn(port, account)) {
                for (String language : LANGUAGES) {
                    browser.chooseLanguage(language);
                    List<String> menu = menu(browser);
                    assertThat(menu).as(account + "'s menu").contains("/", "/notifications");
                    for (String path : menu) {
                        browser.open(path);
                        worksInItsLanguage(browser, account + " at " + path + " in " + language, language);
                    }
                }
            }
        }
    }

    @Test
    void each_role_is_offered_what_it_may_read_and_a_delegate_sees_first_what_awaits_its_seat() throws IOException {
        demoLoaded();
        Map<String, List<String>> menus = new java.util.HashMap<>();
        for (String account : ACCOUNTS) {
            try (Browser browser = Browser.signedIn(port, account)) {
                menus.put(account, menu(browser));
                if (account.equals("bilbao-city")) {
                    assertThat(browser.attribute("main section", "id"))
                            .as("a delegate's overview starts with the ballots awaiting its seat")
                            .isEqualTo("awaiting");
                }
                if (account.equals("auditor") || account.equals("operator")) {
                    assertThat(browser.text("[data-testid=workspace]")).contains("Audit trail", "Verification");
                }
                if (account.equals("liverpool")) {
                    assertThat(browser.text("[data-testid=my-applications]")).contains("Liverpool City Region");
                    browser.open("/committee");
                    assertThat(browser.text("[data-testid=not-for-role]"))
                            .as("a page the menu does not offer, reached by its address, says so plainly")
                            .contains("not open to your role");
                }
            }
        }
        assertThat(menus.get("liverpool"))
                .contains("/organisation")
                .doesNotContain("/admissions", "/committee", "/audit/trail");
        assertThat(menus.get("operator")).contains("/audit/trail").doesNotContain("/admissions", "/committee");
        assertThat(menus.get("auditor")).contains("/audit/trail", "/admissions", "/committee");
        assertThat(menus.get("bilbao-city")).contains("/admissions", "/committee", "/receipts");
        assertThat(menus.get("secretariat")).doesNotContain("/organisation", "/receipts");
    }

    @Test
    void a_member_representative_follows_its_own_application_in_the_pages() throws IOException {
        demoLoaded();
        try (Browser liverpool = Browser.signedIn(port, "liverpool")) {
            liverpool.open("/organisation");
            assertThat(liverpool.text("[data-testid=org-details]")).contains("Liverpool City Region");
            assertThat(liverpool.text("[data-testid=org-status]")).isEqualTo("Admitted");
            assertThat(liverpool.text("main table")).contains("Liverpool City Region applied for membership.");
            liverpool.chooseLanguage("es");
            assertThat(liverpool.text("[data-testid=org-status]")).isEqualTo("Admitida");
            assertThat(liverpool.text("main")).doesNotContain("Dakar", "Córdoba", "Kampala");
        }
    }

    @Test
    void anyone_lands_on_the_public_pages_and_the_sign_in_page_speaks_its_language() throws IOException {
        try (Browser anyone = Browser.anonymous(port)) {
            anyone.driver().get("http://localhost:" + port + "/");
            anyone.await(d -> d.getCurrentUrl().endsWith("/public") ? true : null);
            anyone.loaded();
            for (String language : LANGUAGES) {
                anyone.chooseLanguage(language);
                worksInItsLanguage(anyone, "anyone at /public in " + language, language);
            }
            anyone.press("#sign-in");
            anyone.await(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
            for (String language : LANGUAGES) {
                new Select(anyone.find("#language")).selectByValue(language);
                anyone.await(
                        d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")) ? true : null);
                assertThat(anyone.text("h1")).isEqualTo(word(anyone, language, "shell.signIn.title"));
                assertThat(anyone.text("label[for=password]"))
                        .isEqualTo(word(anyone, language, "shell.signIn.password"));
                assertThat(anyone.accessibilityViolations())
                        .as("the sign-in page in " + language + ": WCAG 2.1 AA (axe-core)")
                        .isEmpty();
            }
            // A wrong password, said in the language chosen, which the next page keeps.
            anyone.find("#username").sendKeys("liverpool");
            anyone.find("#password").sendKeys("not-the-password");
            anyone.press("button[type=submit]");
            anyone.await(d -> d.getCurrentUrl().endsWith("/login?error") ? true : null);
            assertThat(anyone.text("#sign-in-problem")).isEqualTo("La cuenta o la contraseña no son correctas.");
            assertThat(anyone.accessibilityViolations())
                    .as("the refused sign-in")
                    .isEmpty();
            anyone.press("#to-public");
            anyone.await(d -> d.getCurrentUrl().endsWith("/public") ? true : null);
            anyone.loaded();
            assertThat(anyone.attribute("html", "lang")).isEqualTo("es");
        }
    }

    @Test
    void a_member_representative_reads_the_history_of_its_own_application_and_of_no_other() {
        demoLoaded();
        Api liverpool = new Api(port).as("liverpool");
        Api auditor = new Api(port).as("auditor");
        String own = DemoAccounts.ORGANISATION;
        JsonNode applications = Eventually.await(
                        () -> auditor.get("/api/membership-applications"),
                        r -> r.json().size() >= 4)
                .json();
        List<String> others = new ArrayList<>();
        applications.forEach(a -> {
            if (!a.get("applicationId").asString().equals(own)) {
                others.add(a.get("applicationId").asString());
            }
        });
        assertThat(others).isNotEmpty();

        Api.Response history = liverpool.get("/api/membership-applications/" + own + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get(0).get("eventType").asString()).isEqualTo("MembershipApplicationSubmitted");
        assertThat(history.body())
                .contains("ApplicationAdmitted")
                .as("steps only: no field of any event")
                .doesNotContain("organisationName", "contact", "sealed");
        assertThat(history.body())
                .isEqualTo(auditor.get("/api/membership-applications/" + own + "/history")
                        .body());

        for (String other : others) {
            assertThat(liverpool
                            .get("/api/membership-applications/" + other + "/history")
                            .status())
                    .as("another organisation's history, asked for by its id")
                    .isEqualTo(404);
            assertThat(liverpool.get("/api/membership-applications/" + other).status())
                    .isEqualTo(404);
            assertThat(auditor.get("/api/membership-applications/" + other + "/history")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(liverpool.get("/api/membership-applications").json())
                .as("the list shows its own organisation's only")
                .singleElement()
                .satisfies(a -> assertThat(a.get("applicationId").asString()).isEqualTo(own));
        String ballot = auditor.get("/api/membership-applications/" + own)
                .json()
                .get("ballotId")
                .asString();
        assertThat(auditor.get("/api/membership-applications/" + ballot + "/history")
                        .status())
                .as("the history of something that is not an application, by this address")
                .isEqualTo(404);
        assertThat(new Api(port)
                        .as("operator")
                        .get("/api/membership-applications/" + own + "/history")
                        .status())
                .as("a role that reads no application")
                .isEqualTo(403);
        assertThat(new Api(port)
                        .get("/api/membership-applications/" + own + "/history")
                        .status())
                .isEqualTo(401);
        assertThat(liverpool
                        .get("/api/membership-applications/not-an-id/history")
                        .status())
                .as("a malformed id is bad input, not an error")
                .isEqualTo(400);
    }

    /** Waits until the demo's story is told to its end: Liverpool admitted. */
    private void demoLoaded() {
        Eventually.await(
                () -> new Api(port).as("auditor").get("/api/membership-applications/" + DemoAccounts.ORGANISATION),
                r -> r.status() == 200 && r.json().get("status").asString().equals("ADMITTED"));
    }

    /** The addresses of the menu's items the page shows. */
    @SuppressWarnings("unchecked")
    private static List<String> menu(Browser browser) {
        browser.loaded();
        return (List<String>) browser.script("return [...document.querySelectorAll('#nav a')]"
                + ".filter(a => !a.hidden && !document.getElementById('nav').hidden).map(a => a.getAttribute('href'))"
                + ".concat(['/']).filter((path, i, all) => all.indexOf(path) === i);");
    }

    private static String word(Browser browser, String language, String key) {
        return (String) browser.script("return window.GSEF_I18N[arguments[0]][arguments[1]];", language, key);
    }

    private static void worksInItsLanguage(Browser browser, String where, String language) {
        assertThat(browser.attribute("html", "lang")).as(where).isEqualTo(language);
        assertThat(browser.attribute("#live", "class"))
                .as(where + ": " + browser.text("#live"))
                .isNotEqualTo("error");
        String page = browser.text("body");
        assertThat(REFUSALS).as(where + ": no refusal in " + page).noneMatch(page::contains);
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=not-for-role]")))
                .as(where)
                .isEmpty();
        // Every word of the shell is the chosen language's (the header's, the menu's, the main heading's when it is
        // one).
        Object mismatched = browser.script("""
                const words = window.GSEF_I18N[arguments[0]];
                return [...document.querySelectorAll('[data-i18n]')]
                  .filter(node => !node.closest('[hidden]') && words[node.dataset.i18n] !== undefined
                    && node.textContent !== words[node.dataset.i18n])
                  .map(node => node.dataset.i18n + '=' + node.textContent);""", language);
        assertThat((List<?>) mismatched)
                .as(where + ": words not in " + language)
                .isEmpty();
        assertThat(browser.accessibilityViolations())
                .as(where + ": WCAG 2.1 AA (axe-core)")
                .isEmpty();
    }
}
