package dev.switchboard.conversation.auth;

import dev.switchboard.conversation.agent.Agent;
import dev.switchboard.conversation.agent.AgentRepository;
import dev.switchboard.conversation.web.Problems;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password. An unknown user and a wrong password answer alike, and an unknown user still
 * costs one hash comparison, so neither the answer nor its timing tells which usernames exist. Local profile only.
 */
@Component
@Profile("local")
class PasswordLogin {

    private final AgentRepository agents;
    private final PasswordEncoder passwords;
    private final String decoyHash;

    PasswordLogin(AgentRepository agents, PasswordEncoder passwords) {
        this.agents = agents;
        this.passwords = passwords;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
    }

    Agent authenticate(String username, String password) {
        Optional<Agent> agent = agents.find(username);
        boolean matches = passwords.matches(password, agent.map(Agent::passwordHash).orElse(decoyHash));
        if (agent.isEmpty() || !matches) {
            throw Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
                    "The username or password is wrong.");
        }
        return agent.get();
    }
}
