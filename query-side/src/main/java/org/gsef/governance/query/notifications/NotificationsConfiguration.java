package org.gsef.governance.query.notifications;

import java.util.Properties;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The notifications: their processor (one segment, so it decides in the order events were recorded), their tables
 * (Spring Data JPA, on the event-store schema), and the organisation's mail server when one is configured.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@EntityScan(basePackageClasses = OutboxEntry.class)
@EnableJpaRepositories(basePackageClasses = OutboxEntries.class)
public class NotificationsConfiguration {

    /** One segment; an event it fails to decide on is recorded and skipped ({@link UndecidedEvents}). */
    @Bean
    public ConfigurerModule notificationProcessing(UndecidedEvents undecided) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        NotificationProcessor.PROCESSOR,
                        Configuration::eventStore,
                        (config, builder) -> builder.initialSegmentCount(1).maxClaimedSegments(1))
                // A handler's failure reaches the interceptor (Axon's default would log it and keep what the
                // handler half wrote), which rolls the event back, records it and goes on.
                .registerListenerInvocationErrorHandler(
                        NotificationProcessor.PROCESSOR, config -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(NotificationProcessor.PROCESSOR, config -> undecided.interceptor()));
    }

    /** The organisation's SMTP server, from GSEF_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM and _TLS. */
    @Bean
    @ConditionalOnExpression("'${gsef.notifications.smtp.host:}' != ''")
    JavaMailSender mailSender(NotificationProperties properties) {
        NotificationProperties.Smtp smtp = properties.smtp();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding("UTF-8");
        Properties mail = sender.getJavaMailProperties();
        if (smtp.user() != null && !smtp.user().isBlank()) {
            sender.setUsername(smtp.user());
            sender.setPassword(smtp.password());
            mail.put("mail.smtp.auth", "true");
        }
        mail.put("mail.smtp.starttls.enable", Boolean.toString(smtp.tls()));
        mail.put("mail.smtp.starttls.required", Boolean.toString(smtp.tls()));
        mail.put("mail.smtp.connectiontimeout", "10000");
        mail.put("mail.smtp.timeout", "10000");
        mail.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
