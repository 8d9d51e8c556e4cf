package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.web.Patterns;
import dev.switchboard.events.Priority;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code PATCH /api/v1/conversations/{id}} may change; a field left out stays as it is.
 *
 * @param team a team name, or {@value #NO_TEAM} to take the conversation out of any team
 * @param labels the whole new set of labels (lower-case slugs), replacing the old one
 */
record TriageRequest(
        @Nullable @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
        String priority,
        @Nullable @Pattern(regexp = Patterns.NAME) String team,
        @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = Patterns.SLUG) String> labels) {

    static final String NO_TEAM = "none";

    boolean isEmpty() {
        return priority == null && team == null && labels == null;
    }

    Priority priorityOr(Priority current) {
        return priority == null ? current : Priority.valueOf(priority);
    }

    @Nullable String teamOr(@Nullable String current) {
        if (team == null) {
            return current;
        }
        return NO_TEAM.equals(team) ? null : team;
    }

    /** The labels asked for, each once, in the order given. */
    List<String> labelsOr(List<String> current) {
        return labels == null ? current : labels.stream().filter(Objects::nonNull).distinct().toList();
    }
}
