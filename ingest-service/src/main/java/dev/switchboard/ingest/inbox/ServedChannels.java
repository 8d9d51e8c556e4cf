package dev.switchboard.ingest.inbox;

import dev.switchboard.events.Channel;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The channels this ingest deployment serves ({@code switchboard.ingest.channels}, e.g. {@code sms,whatsapp}); all of
 * them by default. Each channel group can then run as its own deployment and scale alone.
 */
@ConfigurationProperties("switchboard.ingest")
final class ServedChannels {

    private final Set<Channel> channels;

    ServedChannels(@Nullable List<String> channels) {
        this.channels = parse(channels);
    }

    boolean serves(Channel channel) {
        return channels.contains(channel);
    }

    private static Set<Channel> parse(@Nullable List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(Channel.class);
        }
        EnumSet<Channel> parsed = EnumSet.noneOf(Channel.class);
        names.forEach(name -> parsed.add(Channel.valueOf(name.trim().toUpperCase(Locale.ROOT))));
        return parsed;
    }
}
