package dev.switchboard.conversation.conversation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a waiting conversation stands in its workspace's queue, as routing last announced it.
 *
 * @param decisionId the routing decision that said so: the same decision redelivered changes nothing
 */
public record QueuePlace(int position, int queueLength, @Nullable Long estimatedWaitSeconds, UUID decisionId) {
}
