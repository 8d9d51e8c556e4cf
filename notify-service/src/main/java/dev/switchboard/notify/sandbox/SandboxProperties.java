package dev.switchboard.notify.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local sandbox's SMTP sink (profile {@code local} only).
 *
 * @param smtpServer whether notify starts the sink in-process
 * @param smtpPort the loopback port it listens on; the demo email inbox sends there
 */
@ConfigurationProperties("switchboard.notify.sandbox")
record SandboxProperties(@DefaultValue("true") boolean smtpServer, @DefaultValue("3025") int smtpPort) {
}
