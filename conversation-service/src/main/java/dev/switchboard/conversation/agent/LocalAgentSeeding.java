package dev.switchboard.conversation.agent;

import dev.switchboard.events.Presence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Gives the local stack its demo agents so one can sign in at once; insert-if-absent, so restarts change nothing. */
@Component
@Profile("local")
class LocalAgentSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LocalAgentSeeding.class);

    private final SeedProperties seed;
    private final AgentRepository agents;
    private final PasswordEncoder passwords;

    LocalAgentSeeding(SeedProperties seed, AgentRepository agents, PasswordEncoder passwords) {
        this.seed = seed;
        this.agents = agents;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeedProperties.SeedAgent agent : seed.agents()) {
            if (agents.find(agent.username()).isEmpty()) {
                agents.insertIfAbsent(new Agent(agent.username(), agent.workspaceId(), agent.displayName(),
                        agent.role(), agent.capacity(), passwords.encode(agent.password()), Presence.OFFLINE));
            }
        }
        log.info("Seeded {} local agents (existing ones kept)", seed.agents().size());
    }
}
