package dev.switchboard.bench.events;

import dev.switchboard.events.AssignmentReason;
import dev.switchboard.events.Attachment;
import dev.switchboard.events.Channel;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.ConversationRouted;
import dev.switchboard.events.EventCodec;
import dev.switchboard.events.MessageReceived;
import dev.switchboard.events.RoutingCandidate;
import dev.switchboard.events.RoutingStrategy;
import dev.switchboard.events.Sender;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the JSON codec costs per record on the two busiest paths: an inbound message (ingest encodes it,
 * conversation-service decodes it) and a routing decision explained by its five best candidates (routing encodes it,
 * conversation-service decodes it). Decoding goes by the {@code ce_type} header, as every consumer does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class EventCodecBenchmark {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final String SOURCE = "/switchboard/bench";

    private final MessageReceived received = messageReceived();
    private final ConversationRouted routed = conversationRouted();
    private final byte[] receivedJson = EventCodec.encode(received);
    private final byte[] routedJson = EventCodec.encode(routed);
    private final Map<String, byte[]> receivedHeaders = CloudEventHeaders.of(received, SOURCE);
    private final Map<String, byte[]> routedHeaders = CloudEventHeaders.of(routed, SOURCE);

    @Benchmark
    public byte[] encodeMessageReceived() {
        return EventCodec.encode(received);
    }

    @Benchmark
    public SwitchboardEvent decodeMessageReceived() {
        return EventCodec.decode(receivedHeaders, receivedJson);
    }

    @Benchmark
    public byte[] encodeConversationRouted() {
        return EventCodec.encode(routed);
    }

    @Benchmark
    public SwitchboardEvent decodeConversationRouted() {
        return EventCodec.decode(routedHeaders, routedJson);
    }

    /** A WhatsApp message with a photo, as ingest-service publishes it. */
    private static MessageReceived messageReceived() {
        String thread = MessageReceived.threadOf("acme", "acme-whatsapp", "+447700900456");
        return new MessageReceived(UUID.fromString("0b8e5c1e-52a4-4d0c-9a7e-3f6f1d2c4b5a"), AT, "acme",
                "acme-whatsapp", Channel.WHATSAPP, "msg-6f0d9b1c2e3a4f5b", "wamid.HBgMNDQ3NzAwOTAwNDU2FQIAEhggQTk",
                thread, new Sender("+447700900456", "Priya Shah"),
                "The kettle I ordered arrived with a cracked lid, photo attached. Can I get a replacement?",
                List.of(new Attachment("https://media.example.com/acme/7f3a9c/photo.jpg", "image/jpeg", "photo.jpg",
                        184_322L)),
                null, AT.minusMillis(850), Map.of("phoneNumberId", "106540352242922", "waId", "447700900456"));
    }

    /** An automatic assignment, explained by the five least-loaded eligible agents. */
    private static ConversationRouted conversationRouted() {
        List<RoutingCandidate> candidates = IntStream.range(0, 5)
                .mapToObj(n -> new RoutingCandidate("agent-%04d".formatted(100 + n), 2.0 + n * 0.5, 6)).toList();
        return new ConversationRouted(UUID.fromString("5d1c9e4b-0f3a-4b7e-8c2d-6a9f1e3b5c7d"), AT, "acme",
                "c-7b2e4f10-9d3c-4a8e-b6f1-2c5d7e9a0b13", "agent-0100", 3.0, 6, null, AssignmentReason.AUTO,
                RoutingStrategy.LEAST_LOADED, candidates, false,
                UUID.fromString("a3e1f5c7-2b4d-4e6f-8a0c-1d3e5f7a9b2c"));
    }
}
