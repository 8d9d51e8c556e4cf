package dev.switchboard.conversation.agent;

import dev.switchboard.events.Presence;

/** The agent's presence as stored, with the capacity routing will use. */
record StatusView(String agentId, Presence status, int capacity) {
}
