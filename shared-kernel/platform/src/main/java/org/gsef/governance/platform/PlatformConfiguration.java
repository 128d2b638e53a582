package org.gsef.governance.platform;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The infrastructure both sides run on: imported by each side's application and by the single-node launcher. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PlatformConfiguration.class)
@ConfigurationPropertiesScan(basePackageClasses = PlatformConfiguration.class)
public class PlatformConfiguration {}
