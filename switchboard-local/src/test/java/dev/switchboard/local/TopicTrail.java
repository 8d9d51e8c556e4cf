package dev.switchboard.local;

import dev.switchboard.embedded.EventTopics;
import dev.switchboard.events.SwitchboardEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The decoded trail of every topic, as the end-to-end test inspects it. */
final class TopicTrail {

    /** One decoded record. */
    record Entry(String topic, String key, String ceType, SwitchboardEvent event) {
    }

    private TopicTrail() {
    }

    /** Reads all topics from the beginning until {@code done} holds for what was read, or the timeout passes. */
    static List<Entry> readUntil(String bootstrapServers, Predicate<List<Entry>> done, Duration timeout) {
        List<Entry> entries = new ArrayList<>();
        EventTopics.read(bootstrapServers, List.of(),
                e -> entries.add(new Entry(e.topic(), e.key(), e.ceType(), e.event())),
                () -> done.test(entries), timeout);
        return entries;
    }
}
