package org.gsef.governance.query.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is told what, and how.
 *
 * @param baseUrl the address the links in messages start with: where people open the pages
 * @param reminderBefore how long before a ballot closes the seats that have not voted are reminded
 * @param reminderCheck how often the reminders due are looked for
 * @param maxAge an event recorded longer ago than this tells no one (a processor replayed from the start rebuilds what
 *     it knows without telling the past again)
 * @param sendInterval how often the sender looks for e-mails to send
 * @param maxAttempts attempts at one e-mail before it is a dead letter
 * @param firstRetry the wait after the first failed attempt; it doubles after each
 * @param digestAt the hour of the day (UTC) the Secretariat's daily digest is written
 * @param smtp the organisation's mail server; none: notifications stay in the inbox and the outbox
 */
@ConfigurationProperties("gsef.notifications")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("24h") Duration reminderBefore,
        @DefaultValue("5m") Duration reminderCheck,
        @DefaultValue("2d") Duration maxAge,
        @DefaultValue("5s") Duration sendInterval,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("7") int digestAt,
        @DefaultValue Smtp smtp) {

    /**
     * @param host the SMTP server (GSEF_SMTP_HOST); empty: no e-mail is sent
     * @param tls STARTTLS required (GSEF_SMTP_TLS, true by default)
     */
    public record Smtp(
            String host,
            @DefaultValue("587") int port,
            String user,
            String password,
            @DefaultValue("governance@localhost") String from,
            @DefaultValue("true") boolean tls) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }
}
