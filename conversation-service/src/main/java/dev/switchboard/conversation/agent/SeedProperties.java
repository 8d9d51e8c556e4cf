package dev.switchboard.conversation.agent;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The agents to create on a fresh local stack ({@code switchboard.seed.agents}); empty outside the local profile. */
@ConfigurationProperties("switchboard.seed")
record SeedProperties(@DefaultValue List<SeedAgent> agents) {

    /** One agent to seed, with the plain local-only password that is hashed before it is stored. */
    record SeedAgent(String username, String password, String workspaceId, String displayName, AgentRole role,
            int capacity) {
    }
}
