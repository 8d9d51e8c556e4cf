/** Email via a mail relay: raw RFC 822 posted with the inbox's secret, parsed, de-quoted, on Kafka before the 200. */
@NullMarked
package dev.switchboard.ingest.email;

import org.jspecify.annotations.NullMarked;
