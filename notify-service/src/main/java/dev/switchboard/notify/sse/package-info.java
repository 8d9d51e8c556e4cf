/** Live conversation events for agents' clients that prefer plain HTTP: Server-Sent Events, resumable by event id. */
@NullMarked
package dev.switchboard.notify.sse;

import org.jspecify.annotations.NullMarked;
