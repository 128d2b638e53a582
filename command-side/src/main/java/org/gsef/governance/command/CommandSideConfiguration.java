package org.gsef.governance.command;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.gsef.governance.command.committee.rules.InitialStandingRules;
import org.gsef.governance.command.membership.OrganisationRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** Everything the command side contributes, whether it runs alone or inside the single-node launcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InitialStandingRules.class)
@ComponentScan(
        basePackageClasses = CommandSideConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, value = SpringBootConfiguration.class))
public class CommandSideConfiguration {

    /**
     * The organisation registry follows the events in the transaction of the command that applies them (a subscribing
     * processor), and its failure fails that command: a second claim of one organisation is refused, not logged.
     */
    @Bean
    public ConfigurerModule organisationRegistryProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(OrganisationRegistry.PROCESSOR)
                .registerListenerInvocationErrorHandler(
                        OrganisationRegistry.PROCESSOR, config -> PropagatingErrorHandler.instance()));
    }
}
