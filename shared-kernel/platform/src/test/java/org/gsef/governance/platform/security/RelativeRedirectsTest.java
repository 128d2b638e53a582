package org.gsef.governance.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

    @Test
    void keeps_the_path_and_query_of_an_address_and_drops_its_scheme_and_host() {
        assertThat(RelativeRedirects.pathOf("http://evil.example/committee?continue"))
                .isEqualTo("/committee?continue");
        assertThat(RelativeRedirects.pathOf("https://evil.example:8443/a%20b?x=1&y=%2F"))
                .isEqualTo("/a%20b?x=1&y=%2F");
        assertThat(RelativeRedirects.pathOf("/roadmap")).isEqualTo("/roadmap");
    }

    @Test
    void never_sends_the_browser_off_the_site() {
        assertThat(RelativeRedirects.pathOf("//evil.example/committee")).isEqualTo("/committee");
        assertThat(RelativeRedirects.pathOf("/\\evil.example/committee")).isEqualTo("/");
        assertThat(RelativeRedirects.pathOf("http://evil.example//elsewhere.example/x"))
                .isEqualTo("/");
        assertThat(RelativeRedirects.pathOf("http://evil.example")).isEqualTo("/");
        assertThat(RelativeRedirects.pathOf("javascript:alert(1)")).isEqualTo("/");
        assertThat(RelativeRedirects.pathOf("http://evil.example/ bad")).isEqualTo("/");
    }
}
