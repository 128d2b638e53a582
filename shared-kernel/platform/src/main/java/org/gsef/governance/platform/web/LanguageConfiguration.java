package org.gsef.governance.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Answers in the official language the caller prefers (Accept-Language), English otherwise. */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration {

    @Bean
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        List<Locale> official = Arrays.stream(OfficialLanguage.values())
                .map(OfficialLanguage::locale)
                .toList();
        resolver.setSupportedLocales(official);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
