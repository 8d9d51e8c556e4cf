package dev.switchboard.ingest.webchat.widget;

import dev.switchboard.events.Channel;
import dev.switchboard.ingest.inbox.Inboxes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /webchat/{inboxId}/config}: public and read-only, it tells the widget where replies arrive. */
@RestController
class WidgetConfigController {

    private final Inboxes inboxes;
    private final WidgetProperties properties;

    WidgetConfigController(Inboxes inboxes, WidgetProperties properties) {
        this.inboxes = inboxes;
        this.properties = properties;
    }

    @GetMapping("/webchat/{inboxId}/config")
    WidgetConfig config(@PathVariable String inboxId) {
        inboxes.require(inboxId, Channel.WEBCHAT);
        String base = properties.notifyUrl();
        if (base == null || base.isBlank()) {
            return new WidgetConfig(inboxId, null);
        }
        String socketBase = base.replaceFirst("^http", "ws").replaceAll("/+$", "");
        return new WidgetConfig(inboxId, socketBase + "/ws/webchat/" + inboxId);
    }
}
