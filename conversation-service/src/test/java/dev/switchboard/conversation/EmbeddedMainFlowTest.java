package dev.switchboard.conversation;

/** The main flow against the embedded KRaft broker and the in-memory Mongo-wire server. */
class EmbeddedMainFlowTest extends SwitchboardIntegrationTest implements MainFlowContract {

    @Override
    public KafkaProbe kafka() {
        return kafka;
    }

    @Override
    public AgentApi api() {
        return api;
    }
}
