package dev.switchboard.notify.delivery.meta;

import dev.switchboard.events.Attachment;
import java.util.Locale;

/** What kind of media an attachment is, named the way each Graph API wants it. */
enum MediaKind {
    IMAGE("image", "image"), VIDEO("video", "video"), AUDIO("audio", "audio"), FILE("file", "document");

    private final String metaType;
    private final String whatsappType;

    MediaKind(String metaType, String whatsappType) {
        this.metaType = metaType;
        this.whatsappType = whatsappType;
    }

    static MediaKind of(Attachment attachment) {
        String type = attachment.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return IMAGE;
        }
        if (type.startsWith("video/")) {
            return VIDEO;
        }
        return type.startsWith("audio/") ? AUDIO : FILE;
    }

    /** The Send API's {@code attachment.type}. */
    String metaType() {
        return metaType;
    }

    /** The Cloud API's message {@code type}. */
    String whatsappType() {
        return whatsappType;
    }
}
