package dev.switchboard.conversation.agent;

import dev.switchboard.events.Channel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An agent's routing profile as a supervisor sets it: the whole profile each time, so a retry is harmless.
 *
 * @param capacity weighted conversations held at once (a chat weighs 1, an email 0.5 unless weights say otherwise)
 * @param channelWeights this agent's own weights per channel, overriding the workspace's
 */
record ProfileRequest(
        @NotNull @PositiveOrZero @Max(100) Integer capacity,
        @Nullable Map<Channel, @NotNull @DecimalMin("0.1") @DecimalMax("10") Double> channelWeights,
        @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = NAME) String> teams,
        @Nullable @Size(max = 50) List<@NotNull @Pattern(regexp = NAME) String> skills) {

    /** Team and skill names as routing matches them; nothing else (no operators) reaches a query or an event. */
    static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    AgentProfile toProfile() {
        return new AgentProfile(capacity, channelWeights == null ? Map.of() : channelWeights,
                teams == null ? List.of() : teams, skills == null ? List.of() : skills);
    }
}
