/** Which agents and visitors this instance holds connections for, told to the services (and instances) that need it. */
@NullMarked
package dev.switchboard.notify.presence;

import org.jspecify.annotations.NullMarked;
