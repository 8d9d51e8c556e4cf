/** The delivery log: one MongoDB record per reply, claimed atomically so that no reply is ever sent twice. */
@NullMarked
package dev.switchboard.notify.delivery.log;

import org.jspecify.annotations.NullMarked;
