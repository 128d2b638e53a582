package org.gsef.governance.command;

import org.gsef.governance.command.committee.rules.InitialStandingRules;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** Everything the command side contributes, whether it runs alone or inside the single-node launcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InitialStandingRules.class)
@ComponentScan(
        basePackageClasses = CommandSideConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, value = SpringBootConfiguration.class))
public class CommandSideConfiguration {}
