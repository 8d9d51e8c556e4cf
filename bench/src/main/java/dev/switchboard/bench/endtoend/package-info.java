/** Routing measured end to end: requests produced to the real broker, decided by the real topology, consumed back. */
@NullMarked
package dev.switchboard.bench.endtoend;

import org.jspecify.annotations.NullMarked;
