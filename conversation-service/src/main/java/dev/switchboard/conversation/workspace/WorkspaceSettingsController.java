package dev.switchboard.conversation.workspace;

import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Problems;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins read and replace their own workspace's settings; the workspace is always the one in their token. */
@RestController
@RequestMapping("/api/v1/workspace/settings")
class WorkspaceSettingsController {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceSettingsController.class);

    private final WorkspaceSettingsStore settings;
    private final Clock clock;

    WorkspaceSettingsController(WorkspaceSettingsStore settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    SettingsView read(CurrentAgent admin) {
        requireAdmin(admin);
        return SettingsView.of(settings.find(admin.workspaceId()));
    }

    @PutMapping
    SettingsView replace(CurrentAgent admin, @Valid @RequestBody SettingsRequest request) {
        requireAdmin(admin);
        WorkspaceSettings replaced = request.toSettings(admin.workspaceId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        settings.save(replaced, admin.agentId());
        log.info("Admin {} replaced the settings of workspace {}", admin.agentId(), admin.workspaceId());
        return SettingsView.of(replaced);
    }

    private static void requireAdmin(CurrentAgent agent) {
        if (!agent.isAdmin()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "admin-only", "Admins only",
                    "Only an admin may read or change the workspace's settings.");
        }
    }
}
