package dev.switchboard.notify.delivery.meta;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.events.Attachment;
import dev.switchboard.notify.delivery.provider.ProviderCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** How both Graph APIs take a reply: one thing per message, the text first, then each file in order. */
final class GraphMessages {

    private GraphMessages() {
    }

    static List<ProviderCall> oneThingPerMessage(AgentReplied reply, Function<String, ProviderCall> text,
            Function<Attachment, ProviderCall> file) {
        List<ProviderCall> calls = new ArrayList<>();
        if (!reply.text().isBlank()) {
            calls.add(text.apply(reply.text()));
        }
        reply.attachments().forEach(attachment -> calls.add(file.apply(attachment)));
        return calls;
    }
}
