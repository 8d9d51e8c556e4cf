package dev.switchboard.conversation.console;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /console/config.json}: public and read-only; holds URLs only, never a secret. */
@RestController
class ConsoleConfigController {

    private final ConsoleProperties properties;

    ConsoleConfigController(ConsoleProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/console/config.json")
    ConsoleProperties config() {
        return properties;
    }
}
