/** conversation-service: conversations, messages and contacts in MongoDB, and the agents' REST API. */
@NullMarked
package dev.switchboard.conversation;

import org.jspecify.annotations.NullMarked;
