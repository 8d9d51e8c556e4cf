package dev.switchboard.ingest.inbox;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.web.ProblemType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Looks inboxes up by the id a client puts in the URL, and refuses ids that are unknown, on another channel, or on a
 * channel this deployment does not serve.
 */
@Component
public class Inboxes {

    private final Map<String, Inbox> byId;

    Inboxes(InboxProperties properties, ServedChannels served) {
        this.byId = properties.inboxes().stream()
                .filter(inbox -> served.serves(inbox.channel()))
                .collect(Collectors.toUnmodifiableMap(Inbox::id, Function.identity()));
    }

    /** Whether {@code inboxId} is an inbox this deployment serves. */
    public boolean contains(String inboxId) {
        return byId.containsKey(inboxId);
    }

    public Optional<Inbox> find(String inboxId, Channel channel) {
        return find(inboxId, Set.of(channel));
    }

    /** The inbox if it is on one of {@code channels}, for adapters such as Twilio's that carry several channels. */
    public Optional<Inbox> find(String inboxId, Set<Channel> channels) {
        return Optional.ofNullable(byId.get(inboxId)).filter(inbox -> channels.contains(inbox.channel()));
    }

    /** The inbox, or a 404 problem: an inbox of another channel is as unknown here as a missing one. */
    public Inbox require(String inboxId, Channel channel) {
        return find(inboxId, channel).orElseThrow(() -> ProblemType.INBOX_NOT_FOUND.exception(
                "no " + channel.name().toLowerCase() + " inbox '" + inboxId + "'"));
    }
}
