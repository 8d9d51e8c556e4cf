package dev.switchboard.notify.sandbox;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /sandbox/outbox}: everything the local sandbox would have sent, oldest first. */
@RestController
@Profile("local")
class SandboxOutboxController {

    private final SandboxOutbox outbox;

    SandboxOutboxController(SandboxOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/sandbox/outbox")
    List<OutboxEntry> outbox() {
        return outbox.all();
    }
}
