package dev.switchboard.notify.push;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How far a client has read {@code conversation-events}: the last offset it has seen (or had examined for it) on
 * every partition. Opaque to clients (base64url of {@code p:o,p:o}), so it can change shape without breaking them.
 */
record Cursor(SortedMap<Integer, Long> lastOffsets) {

    /** Offset "nothing yet" on a partition. */
    static final long NONE = -1;

    Cursor {
        lastOffsets = Collections.unmodifiableSortedMap(new TreeMap<>(lastOffsets));
    }

    static Cursor of(Map<Integer, Long> lastOffsets) {
        return new Cursor(new TreeMap<>(lastOffsets));
    }

    /** The cursor a client sent back, or empty when it is not one of ours (then the client must reload). */
    static Optional<Cursor> decode(@Nullable String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 4096) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            SortedMap<Integer, Long> offsets = new TreeMap<>();
            for (String entry : text.split(",")) {
                String[] parts = entry.split(":", 2);
                int partition = Integer.parseInt(parts[0]);
                long offset = Long.parseLong(parts[1]);
                if (partition < 0 || offset < NONE || offsets.put(partition, offset) != null) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Cursor(offsets));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    String encode() {
        String text = lastOffsets.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(Collectors.joining(","));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    long lastOffset(int partition) {
        return lastOffsets.getOrDefault(partition, NONE);
    }

    /** Whether the record at {@code position} is at or before this cursor: already sent, or examined and not ours. */
    boolean covers(Position position) {
        return position.offset() <= lastOffset(position.partition());
    }

    Cursor advancedTo(Position position) {
        SortedMap<Integer, Long> advanced = new TreeMap<>(lastOffsets);
        advanced.merge(position.partition(), position.offset(), Math::max);
        return new Cursor(advanced);
    }
}
