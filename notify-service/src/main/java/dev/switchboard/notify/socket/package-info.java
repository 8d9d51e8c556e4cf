/** What agent and visitor sockets share: token handshakes, bounded sends and the per-instance registry. */
@NullMarked
package dev.switchboard.notify.socket;

import org.jspecify.annotations.NullMarked;
