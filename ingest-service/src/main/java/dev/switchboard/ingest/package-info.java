/** ingest-service. */
@NullMarked
package dev.switchboard.ingest;

import org.jspecify.annotations.NullMarked;
