package dev.switchboard.notify.push;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Decides what a connecting client gets before going live: a new client starts at the topic's end; a returning one
 * gets what it missed (read by {@link BacklogReader}), unless its cursor is unknown, older than retention, or too
 * far behind, in which case it must reload by REST. Either way its stream then stands at the end captured now.
 */
@Component
class Backlog {

    private static final String UNRECOGNISED = "position not recognised";

    private final TopicOffsets offsets;
    private final KafkaProperties kafka;
    private final ResumeProperties limits;
    private final Audience.Teams teams;

    Backlog(TopicOffsets offsets, KafkaProperties kafka, ResumeProperties limits, ConversationTeams teams) {
        this.offsets = offsets;
        this.kafka = kafka;
        this.limits = limits;
        this.teams = teams;
    }

    /** A new client: nothing to replay, its stream starts at the current end. */
    CatchUp fresh() {
        Cursor now = cursorBefore(offsets.next());
        return new CatchUp.Replay(List.of(), now, now, false);
    }

    /** A client that could not show us a cursor of ours. */
    CatchUp unrecognised() {
        return new CatchUp.Resync(UNRECOGNISED, cursorBefore(offsets.next()));
    }

    CatchUp since(Cursor from, Viewer viewer) {
        long deadline = System.nanoTime() + limits.maxWait().toNanos();
        Map<TopicPartition, Long> end = offsets.next();
        Cursor endCursor = cursorBefore(end);
        Optional<String> unfillable = unfillable(from, offsets.first(), end);
        if (unfillable.isPresent()) {
            return new CatchUp.Resync(unfillable.get(), endCursor);
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        end.keySet().forEach(partition -> next.put(partition, from.lastOffset(partition.partition()) + 1));
        Cursor resumed = cursorBefore(next);
        return new BacklogReader(kafka, viewer, teams).read(next, end, deadline)
                .<CatchUp>map(events -> new CatchUp.Replay(events, resumed, endCursor, true))
                .orElseGet(() -> new CatchUp.Resync("catching up took longer than " + limits.maxWait(), endCursor));
    }

    /** Why the records after {@code from} cannot be read back, if they cannot. */
    private Optional<String> unfillable(Cursor from, Map<TopicPartition, Long> first, Map<TopicPartition, Long> end) {
        if (from.lastOffsets().keySet().stream()
                .anyMatch(partition -> !end.containsKey(new TopicPartition(TopicOffsets.TOPIC, partition)))) {
            return Optional.of(UNRECOGNISED);
        }
        long missed = 0;
        for (var partition : end.keySet()) {
            long next = from.lastOffset(partition.partition()) + 1;
            if (next > end.get(partition)) {
                return Optional.of(UNRECOGNISED);
            }
            if (next < first.get(partition)) {
                return Optional.of("position older than the topic's retention");
            }
            missed += end.get(partition) - next;
        }
        return missed > limits.maxBacklog()
                ? Optional.of("more than " + limits.maxBacklog() + " events missed") : Optional.empty();
    }

    /** The cursor just before the given next offsets: at the end, the last record of every partition. */
    private static Cursor cursorBefore(Map<TopicPartition, Long> next) {
        Map<Integer, Long> last = new HashMap<>();
        next.forEach((partition, offset) -> last.put(partition.partition(), offset - 1));
        return Cursor.of(last);
    }
}
