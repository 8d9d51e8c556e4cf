package dev.switchboard.conversation.conversation;

import dev.switchboard.conversation.web.Patterns;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /api/v1/conversations}, each checked against a plain pattern before it reaches a query.
 *
 * @param status OPEN (the default), SNOOZED or RESOLVED
 * @param assignee {@code me}, {@code none} (waiting for an agent) or an agent id (supervisors only)
 * @param limit page size, 25 by default, at most 100
 * @param cursor the {@code next} of the previous page, with the same filters
 */
record ConversationQuery(
        @Nullable @Pattern(regexp = "OPEN|SNOOZED|RESOLVED", message = "must be OPEN, SNOOZED or RESOLVED")
        String status,
        @Nullable @Pattern(regexp = Patterns.NAME) String assignee,
        @Nullable @Pattern(regexp = Patterns.NAME) String team,
        @Nullable @Pattern(regexp = Patterns.NAME) String inbox,
        @Nullable @Pattern(regexp = "WEBCHAT|SMS|WHATSAPP|MESSENGER|INSTAGRAM|EMAIL",
                message = "must be WEBCHAT, SMS, WHATSAPP, MESSENGER, INSTAGRAM or EMAIL") String channel,
        @Nullable @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
        String priority,
        @Nullable @Pattern(regexp = Patterns.SLUG) String label,
        @Nullable @Min(1) @Max(100) Integer limit,
        @Nullable @Pattern(regexp = Patterns.CURSOR) String cursor) {

    static final String ME = "me";
    static final String NONE = "none";
    static final int DEFAULT_LIMIT = 25;

    int pageSize() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
