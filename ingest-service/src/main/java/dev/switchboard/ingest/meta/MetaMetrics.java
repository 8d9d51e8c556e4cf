package dev.switchboard.ingest.meta;

import dev.switchboard.ingest.inbox.Inbox;
import dev.switchboard.ingest.meta.MetaWebhook.Ignored;
import dev.switchboard.ingest.meta.MetaWebhook.InboundMessage;
import dev.switchboard.ingest.meta.MetaWebhook.Receipt;
import dev.switchboard.ingest.metrics.IngestMetrics;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Counts what became of each Meta request and of each item in it, under provider {@code meta}. */
@Component
class MetaMetrics {

    static final String PROVIDER = "meta";

    private final IngestMetrics metrics;

    MetaMetrics(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    /** Counts a batch once Kafka has its events: each message, each receipt by status, each ignored item by kind. */
    void accepted(Inbox inbox, List<MetaWebhook> webhooks) {
        for (MetaWebhook webhook : webhooks) {
            if (webhook instanceof InboundMessage) {
                metrics.accepted(PROVIDER, inbox.channel());
            } else if (webhook instanceof Receipt receipt) {
                metrics.receipt(PROVIDER, inbox.channel(), receipt.status().name());
            } else if (webhook instanceof Ignored ignored) {
                metrics.ignored(PROVIDER, inbox.channel(), ignored.kind().tag());
            }
        }
    }

    /** Counts a refusal under the inbox's channel, {@code unknown} before it is known; returns it, to throw. */
    ErrorResponseException rejected(Optional<Inbox> inbox, ErrorResponseException problem) {
        metrics.rejected(PROVIDER, inbox.map(found -> IngestMetrics.tag(found.channel()))
                .orElse(IngestMetrics.UNKNOWN_CHANNEL), problem);
        return problem;
    }
}
