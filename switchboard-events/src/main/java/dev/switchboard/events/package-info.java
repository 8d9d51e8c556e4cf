/** The event contracts every Switchboard service speaks: what travels on each Kafka topic, keyed how. */
@NullMarked
package dev.switchboard.events;

import org.jspecify.annotations.NullMarked;
