/** Which inboxes this deployment answers for: every inbound message belongs to exactly one configured inbox. */
@NullMarked
package dev.switchboard.ingest.inbox;

import org.jspecify.annotations.NullMarked;
