package dev.switchboard.ingest.email;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much mail the relay may post.
 *
 * @param emailMaxBodySize the largest raw message read (10 MB, which Spring counts as 10 MiB, unless set); a larger
 *     one is refused before it is read
 */
@ConfigurationProperties("switchboard.ingest")
record EmailProperties(DataSize emailMaxBodySize) {

    EmailProperties(@Nullable DataSize emailMaxBodySize) {
        this.emailMaxBodySize = emailMaxBodySize == null ? DataSize.ofMegabytes(10) : emailMaxBodySize;
    }
}
