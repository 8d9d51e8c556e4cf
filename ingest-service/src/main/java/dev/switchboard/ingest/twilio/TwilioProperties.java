package dev.switchboard.ingest.twilio;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How Twilio reaches this deployment.
 *
 * @param publicBaseUrl the scheme, host and any path prefix Twilio calls (e.g. {@code https://hooks.example.com/ingest});
 *     when unset, the URL is rebuilt from the request and its {@code X-Forwarded-*} headers
 * @param twilioMaxBodySize the largest webhook body read (256 KiB unless set); Twilio's forms are a few KiB
 */
@ConfigurationProperties("switchboard.ingest")
record TwilioProperties(@Nullable URI publicBaseUrl, DataSize twilioMaxBodySize) {

    TwilioProperties(@Nullable URI publicBaseUrl, @Nullable DataSize twilioMaxBodySize) {
        this.publicBaseUrl = publicBaseUrl;
        this.twilioMaxBodySize = twilioMaxBodySize == null ? DataSize.ofKilobytes(256) : twilioMaxBodySize;
    }
}
