package dev.switchboard.notify.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** What the sandbox providers accepted, newest last, the last {@value #KEPT} of them, with the sink's mail. */
@Component
@Profile("local")
class SandboxOutbox {

    static final int KEPT = 200;

    private final Deque<OutboxEntry> entries = new ArrayDeque<>();
    private final SandboxMail mail;

    SandboxOutbox(SandboxMail mail) {
        this.mail = mail;
    }

    synchronized void record(OutboxEntry entry) {
        entries.addLast(entry);
        while (entries.size() > KEPT) {
            entries.removeFirst();
        }
    }

    List<OutboxEntry> all() {
        List<OutboxEntry> all;
        synchronized (this) {
            all = new ArrayList<>(entries);
        }
        all.addAll(mail.received());
        all.sort(Comparator.comparing(OutboxEntry::at));
        return all;
    }

    /** An id shaped like the provider's, e.g. {@code SM} and 32 hex digits for Twilio. */
    static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }
}
