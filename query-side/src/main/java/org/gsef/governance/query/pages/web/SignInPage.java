package org.gsef.governance.query.pages.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page, in place of Spring Security's own: the form carries its CSRF token (so it is written here, not
 * served as a file), says why the last attempt failed ({@code ?error}: a wrong account or password; {@code
 * ?error=throttled}: too many failures, see the security configuration's failure handler) or that the reader signed
 * out ({@code ?logout}), and leads to the public dashboard. Its words are English here and put in the reader's
 * language by {@code assets/sign-in.js} from the pages' own {@code i18n.js}. {@code GET /logout} is its counterpart, a
 * form to sign out (Spring Security writes neither page once the sign-in page is the project's own).
 */
@Controller
class SignInPage {

    private final String template = read("pages/sign-in.html");
    private final String signOut = read("pages/sign-out.html");

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(
            CsrfToken csrf,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        String page = template.replace("{{csrf}}", HtmlUtils.htmlEscape(csrf.getToken()))
                .replace("{{message}}", message(error, logout));
        return html(page);
    }

    /** Asks a signed-in reader to confirm signing out: the form carries its CSRF token, like the sign-in form. */
    @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signOut(CsrfToken csrf) {
        return html(signOut.replace("{{csrf}}", HtmlUtils.htmlEscape(csrf.getToken())));
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }

    private static String message(String error, String logout) {
        if (error != null) {
            return "throttled".equals(error)
                    ? "<p class=\"problem\" role=\"alert\" id=\"sign-in-problem\" data-i18n=\"shell.signIn.throttled\">"
                            + "Too many failed sign-ins: wait a few minutes, then try again.</p>"
                    : "<p class=\"problem\" role=\"alert\" id=\"sign-in-problem\" data-i18n=\"shell.signIn.failed\">"
                            + "The account or the password is wrong.</p>";
        }
        if (logout != null) {
            return "<p role=\"status\" id=\"signed-out\" data-i18n=\"shell.signIn.signedOut\">You are signed out.</p>";
        }
        return "";
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
