package org.gsef.governance.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class MessageBundleTest {

    @Test
    void english_french_and_spanish_say_the_same_things() throws IOException {
        Properties english = load("problems.properties");
        assertThat(english).isNotEmpty();
        for (String other : new String[] {"problems_fr.properties", "problems_es.properties"}) {
            assertThat(load(other).keySet()).as(other).containsExactlyInAnyOrderElementsOf(english.keySet());
        }
    }

    static Problems problems() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        return new Problems(messages);
    }

    @Test
    void every_refusal_has_its_own_title_and_detail_in_english_french_and_spanish() throws IOException {
        Properties english = load("problems.properties");
        for (Refusal refusal : Refusal.values()) {
            String code = ProblemDetailsAdvice.problemCode(refusal);
            assertThat(english).as(code).containsKey("problem." + code + ".detail");
            String title = refusal.category() == Refusal.Category.FORBIDDEN
                    ? "problem.forbidden.title"
                    : "problem." + code + ".title";
            assertThat(english).as(code).containsKey(title);
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.of("es")}) {
                ProblemDetail problem = problems()
                        .create(
                                ProblemDetailsAdvice.status(refusal.category()),
                                code,
                                new Object[] {"X", "Y"},
                                null,
                                language);
                assertThat(problem.getDetail())
                        .as(code + " in " + language)
                        .isNotBlank()
                        .doesNotContain("''");
                assertThat(problem.getTitle()).as(code + " in " + language).isNotEqualTo(code);
            }
        }
    }

    @Test
    void a_status_named_in_a_refusal_is_said_in_the_callers_language() {
        ProblemDetail withdrawn = problems()
                .create(
                        HttpStatus.CONFLICT,
                        "rule.application-status",
                        new Object[] {ApplicationStatus.ADMITTED},
                        null,
                        Locale.FRENCH);
        assertThat(withdrawn.getDetail()).contains("admise").doesNotContain("ADMITTED");
    }

    @Test
    void a_specific_refusal_keeps_the_general_title_and_gets_its_own_detail() {
        Problems problems = problems();

        ProblemDetail recused = problems.create(HttpStatus.FORBIDDEN, "forbidden.recused", Locale.FRENCH);
        assertThat(recused.getTitle()).isEqualTo("Non autorisé");
        assertThat(recused.getDetail()).startsWith("Ce siège est récusé");
        assertThat(recused.getType().toString()).isEqualTo("urn:gsef:problem:forbidden.recused");

        ProblemDetail stage = problems.create(
                HttpStatus.CONFLICT,
                "rule.application-status",
                new Object[] {ApplicationStatus.WITHDRAWN},
                null,
                Locale.of("es"));
        assertThat(stage.getDetail()).isEqualTo("La solicitud está retirada; ese paso no es posible en esta etapa.");
        assertThat(problems.create(HttpStatus.CONFLICT, "rule.proxy-chain", Locale.FRENCH)
                        .getDetail())
                .contains("n'en détient aucune")
                .doesNotContain("''");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
