package dev.switchboard.ingest.meta;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much of a Meta webhook ingest reads.
 *
 * @param metaMaxBodySize the largest body read (3 MiB unless set); Meta batches many entries into one POST, but each
 *     carries ids, text and media references only, never media bytes
 */
@ConfigurationProperties("switchboard.ingest")
record MetaProperties(DataSize metaMaxBodySize) {

    static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofMegabytes(3);

    MetaProperties(@Nullable DataSize metaMaxBodySize) {
        this.metaMaxBodySize = metaMaxBodySize == null ? DEFAULT_MAX_BODY_SIZE : metaMaxBodySize;
    }
}
