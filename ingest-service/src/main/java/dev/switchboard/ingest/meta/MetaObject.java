package dev.switchboard.ingest.meta;

import dev.switchboard.events.Channel;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code object} of a Meta notification, which says which product sent it, and so which channel's inbox may take
 * it and what the asset in {@code entry[].id} is called in our metadata.
 */
enum MetaObject {

    PAGE("page", Channel.MESSENGER, "pageId"),
    INSTAGRAM("instagram", Channel.INSTAGRAM, "instagramAccountId"),
    WHATSAPP_BUSINESS_ACCOUNT("whatsapp_business_account", Channel.WHATSAPP, "businessAccountId");

    private final String wireName;
    private final Channel channel;
    private final String assetKey;

    MetaObject(String wireName, Channel channel, String assetKey) {
        this.wireName = wireName;
        this.channel = channel;
        this.assetKey = assetKey;
    }

    static Optional<MetaObject> named(String wireName) {
        return Arrays.stream(values()).filter(object -> object.wireName.equals(wireName)).findFirst();
    }

    /** The channels Meta carries: a Meta inbox is on one of these. */
    static Set<Channel> channels() {
        return Arrays.stream(values()).map(object -> object.channel).collect(Collectors.toUnmodifiableSet());
    }

    static MetaObject of(Channel channel) {
        return Arrays.stream(values()).filter(object -> object.channel == channel).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Meta does not carry " + channel));
    }

    String wireName() {
        return wireName;
    }

    /** The {@code providerMetadata} key of the asset in {@code entry[].id}. */
    String assetKey() {
        return assetKey;
    }
}
