package dev.switchboard.ingest.webchat;

import dev.switchboard.ingest.EmbeddedBroker;

/** The web chat contract against the real embedded KRaft broker shared by this test JVM. */
class WebchatIngestIntegrationTest extends WebchatIngestContract implements EmbeddedBroker {

    @Override
    public String bootstrapServers() {
        return EmbeddedBroker.super.bootstrapServers();
    }
}
