/** Live conversation events pushed to agents' UI clients over their own sockets. */
@NullMarked
package dev.switchboard.notify.push;

import org.jspecify.annotations.NullMarked;
